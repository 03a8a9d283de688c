namespace Ki.Domain.Settlement;

/// <summary>
/// The stable codes of the Settlement namespace: interest, call-offs, proof of use and the final grant.
/// </summary>
/// <remarks>Codes never change meaning; new ones are added. Every code is listed in <c>docs/rule-codes.md</c>.</remarks>
public static class SettlementCodes
{
    /// <summary>The interest is calculated for every day of the period (<c>KI-INT-OK</c>).</summary>
    public const string InterestCalculated = "KI-INT-OK";

    /// <summary>A day of the period has no known base rate (before the table's first day or after its last known day), so the interest is unknown (<c>KI-INT-BASE-RATE-UNKNOWN</c>).</summary>
    public const string BaseRateUnknown = "KI-INT-BASE-RATE-UNKNOWN";

    /// <summary>A day of the period lies before the first day the rule sets points for, so the interest is unknown (<c>KI-INT-POINTS-UNKNOWN</c>).</summary>
    public const string PointsUnknown = "KI-INT-POINTS-UNKNOWN";

    /// <summary>A period's base rate plus points is below zero; interest is never negative, so the period earns none (<c>KI-INT-RATE-BELOW-ZERO</c>).</summary>
    public const string RateBelowZero = "KI-INT-RATE-BELOW-ZERO";
}
