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

    /// <summary>The final grant equals the awarded grant (<c>KI-SETTLE-UNCHANGED</c>).</summary>
    public const string Unchanged = "KI-SETTLE-UNCHANGED";

    /// <summary>The final grant is below the awarded grant (ANBest-P Nr. 2, or limited to the recognised costs) (<c>KI-SETTLE-REDUCED</c>).</summary>
    public const string Reduced = "KI-SETTLE-REDUCED";

    /// <summary>Costs and funds changed, but by no more than the no-reduction threshold, so no reduction under ANBest-P Nr. 2 is made (<c>KI-SETTLE-BELOW-THRESHOLD</c>).</summary>
    public const string BelowThreshold = "KI-SETTLE-BELOW-THRESHOLD";

    /// <summary>A cost item is at or below its plan; its actual amount is recognised (<c>KI-SETTLE-ITEM-AS-PLANNED</c>).</summary>
    public const string ItemAsPlanned = "KI-SETTLE-ITEM-AS-PLANNED";

    /// <summary>A cost item exceeds its plan within the tolerance (ANBest-P Nr. 1.2: up to 20 % if saved elsewhere); its actual amount is recognised (<c>KI-SETTLE-ITEM-WITHIN-TOLERANCE</c>).</summary>
    public const string ItemWithinTolerance = "KI-SETTLE-ITEM-WITHIN-TOLERANCE";

    /// <summary>A cost item exceeds its plan by more than the tolerance; the part above is not recognised (<c>KI-SETTLE-ITEM-OVER-TOLERANCE</c>).</summary>
    public const string ItemOverTolerance = "KI-SETTLE-ITEM-OVER-TOLERANCE";

    /// <summary>The call-off asks for no more than the payments due within two months after payout need (<c>KI-CALLOFF-ALLOWED</c>).</summary>
    public const string CallOffAllowed = "KI-CALLOFF-ALLOWED";

    /// <summary>The call-off asks for more than the payments due within two months after payout need (ANBest-I Nr. 1.5 NRW, ANBest-P Nr. 1.4) (<c>KI-CALLOFF-TOO-EARLY</c>).</summary>
    public const string CallOffTooEarly = "KI-CALLOFF-TOO-EARLY";

    /// <summary>A payment falls due within two months after payout; its grant share may be called off (<c>KI-CALLOFF-DUE</c>).</summary>
    public const string PaymentDue = "KI-CALLOFF-DUE";

    /// <summary>A payment falls due later than two months after payout; its grant share may not be called off yet (<c>KI-CALLOFF-NOT-DUE</c>).</summary>
    public const string PaymentNotDue = "KI-CALLOFF-NOT-DUE";

    /// <summary>With Fehlbedarfsfinanzierung a payment is paid from own and other funds, which are used up first (<c>KI-CALLOFF-OWN-FUNDS-FIRST</c>).</summary>
    public const string OwnFundsFirst = "KI-CALLOFF-OWN-FUNDS-FIRST";

    /// <summary>More was paid out than the final grant; the difference is to be repaid (§ 49a Abs. 1 VwVfG NRW) (<c>KI-SETTLE-REPAYMENT</c>).</summary>
    public const string Repayment = "KI-SETTLE-REPAYMENT";

    /// <summary>Not more was paid out than the final grant; nothing is to be repaid, and a shortfall is not a claim (<c>KI-SETTLE-NOTHING-TO-REPAY</c>).</summary>
    public const string NothingToRepay = "KI-SETTLE-NOTHING-TO-REPAY";

    /// <summary>The repayments made add up to more than the overpayment; no interest is calculated until the figures are settled (<c>KI-SETTLE-REPAID-TOO-MUCH</c>).</summary>
    public const string RepaidTooMuch = "KI-SETTLE-REPAID-TOO-MUCH";
}
