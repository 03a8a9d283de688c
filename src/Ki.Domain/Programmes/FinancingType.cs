namespace Ki.Domain.Programmes;

/// <summary>
/// Finanzierungsart: how a grant relates to the eligible costs (VV zu § 44 LHO Nr. 2.2).
/// </summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(FinancingType)</c> is not a type.</remarks>
public enum FinancingType
{
    /// <summary>Anteilfinanzierung: the grant is a share (rate) of the eligible costs, capped at a maximum.</summary>
    Share = 1,

    /// <summary>Fehlbedarfsfinanzierung: the grant covers the eligible costs less own contribution and third-party funds, capped.</summary>
    Deficit = 2,

    /// <summary>Festbetragsfinanzierung: a fixed amount, possibly a multiple of a unit amount (per post), never above the eligible costs.</summary>
    FixedAmount = 3,

    /// <summary>Vollfinanzierung: the grant covers all eligible costs (an exception in grant law).</summary>
    Full = 4,
}
