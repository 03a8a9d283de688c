using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Settlement;

/// <summary>
/// A settled case: the final grant, the overpayment and what of it is still outstanding, the interest on it, and the
/// Zwischenzinsen that may be charged on payouts used late.
/// </summary>
/// <remarks>
/// <see cref="RepaymentInterest"/> is <see langword="null"/> when nothing is to be repaid, when the case gives no
/// dates for the claim, or when the repayments exceed the overpayment (<see cref="Code"/> says which). The interest is
/// not added to <see cref="Outstanding"/>: it is a claim of its own, and may be waived (§ 49a Abs. 3 Satz 2 VwVfG NRW).
/// Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class SettlementResult
{
    internal SettlementResult(SettlementCase settlement, FinalGrantResult finalGrant, string code, LocalizedText reason, Euro repaid,
        InterestResult? repaymentInterest, ImmutableArray<InterestResult> lateUseInterest)
    {
        Case = settlement;
        FinalGrant = finalGrant;
        Code = code;
        Reason = reason;
        Repaid = repaid;
        RepaymentInterest = repaymentInterest;
        LateUseInterest = lateUseInterest;
    }

    /// <summary>The case that was settled.</summary>
    public SettlementCase Case { get; }

    /// <summary>The final grant after the proof of use, with its explanation.</summary>
    public FinalGrantResult FinalGrant { get; }

    /// <summary>The stable code of the claim: <see cref="SettlementCodes.Repayment"/>, <see cref="SettlementCodes.NothingToRepay"/> or <see cref="SettlementCodes.RepaidTooMuch"/>.</summary>
    public string Code { get; }

    /// <summary>The claim in words, German and English, with its legal reference.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Erstattungsbetrag: the grant paid out above the final grant.</summary>
    public Euro Overpayment => FinalGrant.Overpayment;

    /// <summary>The repayments made so far.</summary>
    public Euro Repaid { get; }

    /// <summary>The overpayment not yet repaid; negative when more was repaid than owed.</summary>
    public Euro Outstanding => Overpayment - Repaid;

    /// <summary>The § 49a Abs. 3 VwVfG NRW interest on the overpayment, or <see langword="null"/> (see the remarks).</summary>
    public InterestResult? RepaymentInterest { get; }

    /// <summary>The § 49a Abs. 4 VwVfG NRW Zwischenzinsen, one per payout used later than two months after payout, from payout to use.</summary>
    public ImmutableArray<InterestResult> LateUseInterest { get; }

    /// <summary>Returns the case, the final grant and the overpayment.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FinalGrant}; {Code}";
}
