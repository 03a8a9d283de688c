using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

using T = Ki.Domain.Settlement.SettlementTexts;

namespace Ki.Domain.Settlement;

/// <summary>
/// Settles a case end to end: the final grant after the proof of use, the overpayment, the interest on it from the
/// day the grant became ineffective (§ 49a Abs. 3 VwVfG NRW), and the Zwischenzinsen on payouts not used within two
/// months (§ 49a Abs. 4 VwVfG NRW).
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>The final grant and the overpayment come from the <see cref="FinalGrant"/> calculator.</item>
/// <item>With an overpayment and the dates of the claim, the interest runs on the overpayment from the day after the
/// grant became ineffective to the as-of day; each repayment stops interest on its amount after its day. Repayments
/// that add up to more than the overpayment are reported (<see cref="SettlementCodes.RepaidTooMuch"/>) and no
/// interest is calculated: the figures contradict each other, and guessing which is wrong is not the library's call.</item>
/// <item>Each payout used later than two months after payout may earn Zwischenzinsen for the time from payout to use;
/// charging them is at the authority's discretion ("können", § 49a Abs. 4 VwVfG NRW), so they are shown, not added
/// to the claim.</item>
/// </list>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class SettlementCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="finalGrant">The final grant calculator.</param>
    /// <param name="interest">The interest calculator (base rate table, day count, rounding).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SettlementCalculator(FinalGrantCalculator finalGrant, InterestCalculator interest)
    {
        FinalGrant = Preconditions.CheckNotNull(finalGrant);
        Interest = Preconditions.CheckNotNull(interest);
    }

    /// <summary>A calculator with commercial rounding, the embedded base rate table and actual/365.</summary>
    public static SettlementCalculator Default { get; } = new(FinalGrantCalculator.Default, InterestCalculator.Default);

    /// <summary>The final grant calculator.</summary>
    public FinalGrantCalculator FinalGrant { get; }

    /// <summary>The interest calculator.</summary>
    public InterestCalculator Interest { get; }

    /// <summary>Settles a case.</summary>
    /// <param name="settlement">The case.</param>
    /// <returns>The final grant, the claim, and the interest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settlement"/> is null.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public SettlementResult Settle(SettlementCase settlement)
    {
        Preconditions.CheckNotNull(settlement);
        FinalGrantResult grant = FinalGrant.Calculate(settlement.Proof);
        Euro overpayment = grant.Overpayment;
        Euro repaid = settlement.Repayment is { } paid ? Euro.Sum(paid.Payments.Select(p => p.Amount)) : Euro.Zero;
        InterestResult? interest = null;
        string code;
        LocalizedText reason;
        if (repaid > overpayment)
        {
            code = SettlementCodes.RepaidTooMuch;
            reason = new LocalizedText(
                $"Die Rückzahlungen von {T.De(repaid)} übersteigen den Erstattungsbetrag von {T.De(overpayment)} um {T.De(repaid - overpayment)}; keine Zinsberechnung, bis die Beträge geklärt sind.",
                $"The repayments of {T.En(repaid)} exceed the overpayment of {T.En(overpayment)} by {T.En(repaid - overpayment)}; no interest is calculated until the figures are settled.");
        }
        else if (!overpayment.IsPositive)
        {
            code = SettlementCodes.NothingToRepay;
            reason = new LocalizedText("Es ist nichts zu erstatten.", "Nothing is to be repaid.");
        }
        else
        {
            code = SettlementCodes.Repayment;
            if (settlement.Repayment is { } claim)
            {
                interest = Interest.Calculate(InterestRule.RepaymentNrw, overpayment, claim.IneffectiveFrom, claim.AsOf, claim.Payments);
                string interestDe = interest.Interest is { } i ? T.De(i) : "unbekannt";
                string interestEn = interest.Interest is { } j ? T.En(j) : "unknown";
                reason = new LocalizedText(
                    $"Zu erstatten: {T.De(overpayment)} (§ 49a Abs. 1 VwVfG NRW), davon zurückgezahlt {T.De(repaid)}, offen {T.De(overpayment - repaid)}; Zinsen nach § 49a Abs. 3 VwVfG NRW vom {T.DateDe(claim.IneffectiveFrom.PlusDays(1))} bis {T.DateDe(claim.AsOf)}: {interestDe}.",
                    $"To be repaid: {T.En(overpayment)} (§ 49a(1) VwVfG NRW), repaid {T.En(repaid)}, outstanding {T.En(overpayment - repaid)}; interest under § 49a(3) VwVfG NRW from {T.DateEn(claim.IneffectiveFrom.PlusDays(1))} to {T.DateEn(claim.AsOf)}: {interestEn}.");
            }
            else
            {
                reason = new LocalizedText(
                    $"Zu erstatten: {T.De(overpayment)} (§ 49a Abs. 1 VwVfG NRW); ohne den Tag der Unwirksamkeit keine Zinsberechnung.",
                    $"To be repaid: {T.En(overpayment)} (§ 49a(1) VwVfG NRW); without the day the grant became ineffective no interest is calculated.");
            }
        }

        ImmutableArray<InterestResult> interim = [.. settlement.Payouts.Where(p => p.IsLate)
            .Select(p => Interest.Calculate(InterestRule.InterimNrw, p.Amount, p.PaidOn, p.UsedOn))];
        return new SettlementResult(settlement, grant, code, reason, repaid, interest, interim);
    }
}
