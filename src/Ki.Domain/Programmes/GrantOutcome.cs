namespace Ki.Domain.Programmes;

/// <summary>Whether a grant calculation ends in a grant.</summary>
/// <remarks>There is deliberately no member with the value 0.</remarks>
public enum GrantOutcome
{
    /// <summary>A grant is made; <see cref="GrantResult.Grant"/> is positive.</summary>
    Granted = 1,

    /// <summary>No grant is made; <see cref="GrantResult.Code"/> and <see cref="GrantResult.Reason"/> say why.</summary>
    NoGrant = 2,

    /// <summary>
    /// The grant cannot be calculated because a figure it needs is not stated (<see cref="GrantCodes.FactMissing"/>);
    /// <see cref="GrantResult.Grant"/> is zero and means nothing: not stated is not 0.00 EUR.
    /// </summary>
    Undetermined = 3,
}
