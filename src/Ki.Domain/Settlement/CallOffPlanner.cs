using System.Collections.Immutable;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;
using T = Ki.Domain.Settlement.SettlementTexts;

namespace Ki.Domain.Settlement;

/// <summary>
/// Plans a call-off (Mittelabruf) under the two-month rule: the grant may be called off only as far as, and not
/// earlier than, it is needed for payments due within two months after payout.
/// </summary>
/// <remarks>
/// <para>The rules, in order (ANBest-I Nr. 1.5 NRW; ANBest-P Nr. 1.4 in the model text):</para>
/// <list type="number">
/// <item>A payment counts if it falls due no later than two months after the payout day (§ 188(2), (3) BGB: the
/// same day number two months on, or the month's last day).</item>
/// <item>Anteil-, Festbetrags- and Vollfinanzierung draw the grant in proportion to the other funds: the grant part of
/// the payments due is award / planned costs of their running total, rounded once per running total, so the parts
/// add up without drift.</item>
/// <item>Fehlbedarfsfinanzierung draws the grant only after own and other funds are used up: the grant part is the
/// running total of the payments due above the other funds.</item>
/// <item>The grant needed never exceeds the award; what was called off before is deducted; a request above the rest
/// is flagged <c>KI-CALLOFF-TOO-EARLY</c> with the rule.</item>
/// </list>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class CallOffPlanner
{
    /// <summary>The two-month rule's source: the NRW ANBest-I Nr. 1.5 wording; the ANBest-P Nr. 1.4 and ANBest-G carry the same rule in the model texts.</summary>
    public static SourceReference TwoMonthRule { get; } = new(
        "Finanzministerium NRW, Haushaltsrecht Nordrhein-Westfalen, ANBest-I (Anlage 1 zu Nr. 5.1 VV zu § 44 LHO) Nr. 1.5: " +
        "https://www.yumpu.com/de/document/view/4953747/landeshaushaltsordnung-lho/138; ANBest-P Nr. 1.4 (model text)",
        Confidence.Secondary,
        "Wording read in the NRW ANBest-I Nr. 1.5; the NRW ANBest-P and ANBest-G wording was not read, the federal and other Länder models carry the same rule.");

    /// <summary>Creates a planner.</summary>
    /// <param name="rounding">How a fraction of a cent is rounded (administrations round commercially).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public CallOffPlanner(RoundingMode rounding) => Rounding = rounding.Validate(nameof(rounding));

    /// <summary>How a fraction of a cent is rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Plans a call-off.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The plan: each payment's grant share, what may be called off, and whether the request is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public CallOffResult Plan(CallOffRequest request)
    {
        Preconditions.CheckNotNull(request);
        LocalDate lastDue = request.PayoutDate.PlusMonths(2);
        bool proportional = request.Financing != FinancingType.Deficit;
        var lines = ImmutableArray.CreateBuilder<CallOffLine>(request.Payments.Length);
        Euro running = Euro.Zero;
        Euro needed = Euro.Zero;
        foreach (DuePayment payment in request.Payments)
        {
            string dueDe = T.DateDe(payment.Due);
            string dueEn = T.DateEn(payment.Due);
            if (payment.Due > lastDue)
            {
                lines.Add(new CallOffLine(payment, false, Euro.Zero, SettlementCodes.PaymentNotDue, new LocalizedText(
                    $"{payment.Id}: {T.De(payment.Amount)} fällig am {dueDe}, später als zwei Monate nach der Auszahlung ({T.DateDe(lastDue)}): noch nicht abrufbar.",
                    $"{payment.Id}: {T.En(payment.Amount)} due on {dueEn}, later than two months after payout ({T.DateEn(lastDue)}): not yet to be called off.")));
                continue;
            }

            running += payment.Amount;
            Euro cumulative = proportional
                ? Euro.Min(CentFraction.Of(new BigInteger(running.Cents) * request.Awarded.Cents, request.PlannedCosts.Cents).Round(Rounding), request.Awarded)
                : Euro.Min(Euro.Max(running - request.OtherFunds, Euro.Zero), request.Awarded);
            Euro part = cumulative - needed;
            needed = cumulative;
            if (!proportional && part.IsZero && cumulative.IsZero)
            {
                lines.Add(new CallOffLine(payment, true, Euro.Zero, SettlementCodes.OwnFundsFirst, new LocalizedText(
                    $"{payment.Id}: {T.De(payment.Amount)} fällig am {dueDe}; Fehlbedarfsfinanzierung: zuerst aus Eigen- und sonstigen Mitteln ({T.De(request.OtherFunds)}, bisher {T.De(running)} fällig).",
                    $"{payment.Id}: {T.En(payment.Amount)} due on {dueEn}; deficit financing: paid from own and other funds first ({T.En(request.OtherFunds)}, {T.En(running)} due so far).")));
                continue;
            }

            string howDe = proportional
                ? $"anteilig {T.De(request.Awarded)} / {T.De(request.PlannedCosts)} der bis dahin fälligen {T.De(running)}"
                : $"fällige {T.De(running)} über den Eigen- und sonstigen Mitteln von {T.De(request.OtherFunds)}";
            string howEn = proportional
                ? $"in proportion {T.En(request.Awarded)} / {T.En(request.PlannedCosts)} of the {T.En(running)} due so far"
                : $"the {T.En(running)} due so far above own and other funds of {T.En(request.OtherFunds)}";
            lines.Add(new CallOffLine(payment, true, part, SettlementCodes.PaymentDue, new LocalizedText(
                $"{payment.Id}: {T.De(payment.Amount)} fällig am {dueDe}: Zuwendungsanteil {T.De(part)} ({howDe}; zusammen {T.De(cumulative)}).",
                $"{payment.Id}: {T.En(payment.Amount)} due on {dueEn}: grant part {T.En(part)} ({howEn}; {T.En(cumulative)} together).")));
        }

        Euro allowed = Euro.Max(needed - request.AlreadyCalledOff, Euro.Zero);
        bool tooEarly = request.Requested is { } requested && requested > allowed;
        string code = tooEarly ? SettlementCodes.CallOffTooEarly : SettlementCodes.CallOffAllowed;
        LocalizedText reason = tooEarly
            ? new LocalizedText(
                $"Der Abruf von {T.De(request.Requested!.Value)} übersteigt den Bedarf für die bis {T.DateDe(lastDue)} fälligen Zahlungen um {T.De(request.Requested.Value - allowed)}: Mittel dürfen nur angefordert werden, soweit sie innerhalb von zwei Monaten nach der Auszahlung benötigt werden (ANBest-I Nr. 1.5, ANBest-P Nr. 1.4); abrufbar sind {T.De(allowed)}.",
                $"The call-off of {T.En(request.Requested.Value)} exceeds what payments due by {T.DateEn(lastDue)} need by {T.En(request.Requested.Value - allowed)}: money may only be called off as far as it is needed within two months after payout (ANBest-I No. 1.5, ANBest-P No. 1.4); {T.En(allowed)} may be called off.")
            : new LocalizedText(
                $"Abrufbar am {T.DateDe(request.PayoutDate)}: {T.De(allowed)} (Bedarf für die bis {T.DateDe(lastDue)} fälligen Zahlungen {T.De(needed)}, bereits abgerufen {T.De(request.AlreadyCalledOff)}).",
                $"May be called off on {T.DateEn(request.PayoutDate)}: {T.En(allowed)} (need for payments due by {T.DateEn(lastDue)} {T.En(needed)}, already called off {T.En(request.AlreadyCalledOff)}).");
        return new CallOffResult(request, lastDue, lines.ToImmutable(), needed, allowed, code, reason, TwoMonthRule, Rounding);
    }
}
