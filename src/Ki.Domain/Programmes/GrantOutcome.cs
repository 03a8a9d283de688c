namespace Ki.Domain.Programmes;

/// <summary>Whether a grant calculation ends in a grant.</summary>
/// <remarks>There is deliberately no member with the value 0.</remarks>
public enum GrantOutcome
{
    /// <summary>A grant is made; <see cref="GrantResult.Grant"/> is positive.</summary>
    Granted = 1,

    /// <summary>No grant is made; <see cref="GrantResult.Code"/> and <see cref="GrantResult.Reason"/> say why.</summary>
    NoGrant = 2,
}
