using System.Collections.Immutable;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

using T = Ki.Domain.Settlement.SettlementTexts;

namespace Ki.Domain.Settlement;

/// <summary>
/// Settles a proof of use (Verwendungsnachweis): recognises the costs item by item, reduces the grant by financing
/// type (ANBest-P Nr. 2), and works out the overpayment to repay; every step explained with its legal reference.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Items (ANBest-P Nr. 1.2): an item's actual amount is recognised up to its plan plus the tolerance (20 % in
/// the model text), the tolerance rounded down to the cent; the part above is not recognised. Excess within the
/// tolerance that other items' savings do not offset is shown; it stays recognised (the measure really spent it),
/// but it cannot raise the grant, which never exceeds the award.</item>
/// <item>Threshold: if the terms set one and neither the recognised costs nor the other funds changed by more than
/// it, no reduction is made (federal ANBest-P Nr. 2.2 knows 500 EUR; for NRW not verified, so it is a parameter).</item>
/// <item>Reduction (ANBest-P Nr. 2.1) when the costs fall or the funds rise. Anteilfinanzierung, in proportion: the
/// grant keeps its share of what is left after the rise in funds, award × (recognised costs − rise in funds) /
/// planned costs. Fehlbedarfs- and Vollfinanzierung, by the full amount: the grant falls by as much as the gap
/// (costs − other funds) fell, award − (planned gap − actual gap); costs and funds that rise together leave the gap
/// and the grant unchanged (VG Hannover, 6 A 3946/01, 25.06.2003). Festbetragsfinanzierung: unchanged; per unit,
/// the units provided (at most those awarded) × the amount per unit. A fall in funds or a rise in costs never raises
/// the grant.</item>
/// <item>The grant never exceeds the recognised costs (a grant never exceeds the eligible costs) nor the award; a
/// proportion is rounded once, with <see cref="Rounding"/>.</item>
/// <item>Overpayment: paid out − final grant, if positive (to be repaid, § 49a Abs. 1 VwVfG NRW); a shortfall is
/// not a claim.</item>
/// </list>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FinalGrantCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="rounding">How a fraction of a cent is rounded (administrations round commercially).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public FinalGrantCalculator(RoundingMode rounding) => Rounding = rounding.Validate(nameof(rounding));

    /// <summary>A calculator that rounds commercially.</summary>
    public static FinalGrantCalculator Default { get; } = new(RoundingMode.Commercial);

    /// <summary>How a fraction of a cent is rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Settles a proof of use.</summary>
    /// <param name="proof">The proof of use.</param>
    /// <returns>The final grant, the overpayment and the explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proof"/> is null.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public FinalGrantResult Calculate(ProofOfUse proof)
    {
        Preconditions.CheckNotNull(proof);
        return new Run(this, proof).Execute();
    }

    private sealed class Run(FinalGrantCalculator calculator, ProofOfUse proof)
    {
        private readonly ImmutableArray<GrantStep>.Builder _steps = ImmutableArray.CreateBuilder<GrantStep>();

        private static SourceReference Reduction => SettlementTerms.ReductionSource;

        public FinalGrantResult Execute()
        {
            ImmutableArray<CostItemResult> items = Items();
            Euro planned = proof.PlannedCosts;
            Euro recognised = Euro.Sum(items.Select(i => i.Recognised));
            Euro fundsPlanned = proof.PlannedFunds;
            Euro fundsActual = proof.ActualFunds;
            Step("costs", recognised, default,
                $"Zuwendungsfähige Ausgaben: geplant {T.De(planned)}, anerkannt {T.De(recognised)} (Änderung {T.SignedDe(recognised - planned)}).",
                $"Eligible costs: planned {T.En(planned)}, recognised {T.En(recognised)} (change {T.SignedEn(recognised - planned)}).");
            Funds(fundsPlanned, fundsActual);

            bool belowThreshold = proof.Financing != FinancingType.FixedAmount && BelowThreshold(recognised - planned, fundsActual - fundsPlanned);
            (Euro grant, string formula) = belowThreshold
                ? (proof.Awarded, "final = min(award, recognised costs)")
                : proof.Financing switch
                {
                    FinancingType.Share => Share(planned, recognised, fundsPlanned, fundsActual),
                    FinancingType.Deficit or FinancingType.Full => Deficit(planned, recognised, fundsPlanned, fundsActual),
                    _ => Fixed(),
                };

            bool costLimited = grant > recognised;
            if (costLimited)
            {
                Step("cost-limit", recognised, Reduction,
                    $"Die Zuwendung von {T.De(grant)} übersteigt die anerkannten zuwendungsfähigen Ausgaben von {T.De(recognised)} und wird darauf begrenzt (eine Zuwendung übersteigt nie die zuwendungsfähigen Ausgaben).",
                    $"The grant of {T.En(grant)} exceeds the recognised eligible costs of {T.En(recognised)} and is limited to them (a grant never exceeds the eligible costs).");
                grant = recognised;
            }

            string code = grant < proof.Awarded ? SettlementCodes.Reduced
                : belowThreshold && (recognised != planned || fundsActual != fundsPlanned) ? SettlementCodes.BelowThreshold
                : SettlementCodes.Unchanged;
            Step("final-grant", grant, default,
                $"Endgültige Zuwendung: {T.De(grant)} (bewilligt {T.De(proof.Awarded)}, Minderung {T.De(proof.Awarded - grant)}).",
                $"Final grant: {T.En(grant)} (awarded {T.En(proof.Awarded)}, reduction {T.En(proof.Awarded - grant)}).");
            Euro overpaid = proof.PaidOut - grant;
            if (overpaid.IsPositive)
            {
                Step("overpayment", overpaid, SettlementTerms.RepaymentSource,
                    $"Ausgezahlt {T.De(proof.PaidOut)} − endgültige Zuwendung {T.De(grant)} = {T.De(overpaid)}, zu erstatten (§ 49a Abs. 1 VwVfG NRW).",
                    $"Paid out {T.En(proof.PaidOut)} − final grant {T.En(grant)} = {T.En(overpaid)}, to be repaid (§ 49a(1) VwVfG NRW).");
            }
            else
            {
                Step("overpayment", Euro.Zero, default,
                    $"Ausgezahlt {T.De(proof.PaidOut)}, nicht mehr als die endgültige Zuwendung: nichts zu erstatten (ein Fehlbetrag ist kein Anspruch auf Nachzahlung).",
                    $"Paid out {T.En(proof.PaidOut)}, not more than the final grant: nothing to repay (a shortfall is not a claim).");
            }

            LocalizedText reason = code switch
            {
                SettlementCodes.Unchanged => new LocalizedText(
                    $"Die Zuwendung bleibt bei {T.De(grant)}.", $"The grant stays at {T.En(grant)}."),
                SettlementCodes.BelowThreshold => new LocalizedText(
                    $"Ausgaben und Deckungsmittel ändern sich nicht über die Bagatellgrenze hinaus; die Zuwendung bleibt bei {T.De(grant)}.",
                    $"Costs and funds changed by no more than the no-reduction threshold; the grant stays at {T.En(grant)}."),
                _ => new LocalizedText(
                    $"Die Zuwendung ermäßigt sich von {T.De(proof.Awarded)} auf {T.De(grant)} (ANBest-P Nr. 2).",
                    $"The grant falls from {T.En(proof.Awarded)} to {T.En(grant)} (ANBest-P No. 2)."),
            };
            return new FinalGrantResult(proof, items, recognised, grant, code, reason, formula, _steps.ToImmutable(), calculator.Rounding);
        }

        private ImmutableArray<CostItemResult> Items()
        {
            Figure<decimal> tolerance = proof.Terms.ItemTolerance;
            string pctDe = Texts.PercentDe(tolerance.Value);
            string pctEn = Texts.PercentEn(tolerance.Value);
            var results = ImmutableArray.CreateBuilder<CostItemResult>(proof.Items.Length);
            Euro excessWithin = Euro.Zero;
            Euro savings = Euro.Zero;
            foreach (CostItem item in proof.Items)
            {
                Euro limit = item.Planned + item.Planned.Multiply(tolerance.Value, RoundingMode.Floor);
                CostItemResult result;
                if (item.Actual <= item.Planned)
                {
                    savings += item.Planned - item.Actual;
                    result = new CostItemResult(item, item.Actual, SettlementCodes.ItemAsPlanned, new LocalizedText(
                        $"{item.Name}: geplant {T.De(item.Planned)}, ausgegeben {T.De(item.Actual)}, anerkannt {T.De(item.Actual)}.",
                        $"{item.Name}: planned {T.En(item.Planned)}, spent {T.En(item.Actual)}, recognised {T.En(item.Actual)}."));
                }
                else if (item.Actual <= limit)
                {
                    excessWithin += item.Actual - item.Planned;
                    result = new CostItemResult(item, item.Actual, SettlementCodes.ItemWithinTolerance, new LocalizedText(
                        $"{item.Name}: geplant {T.De(item.Planned)}, ausgegeben {T.De(item.Actual)}: Überschreitung um nicht mehr als {pctDe} (ANBest-P Nr. 1.2), anerkannt {T.De(item.Actual)}.",
                        $"{item.Name}: planned {T.En(item.Planned)}, spent {T.En(item.Actual)}: over the plan by no more than {pctEn} (ANBest-P No. 1.2), recognised {T.En(item.Actual)}."));
                }
                else
                {
                    excessWithin += limit - item.Planned;
                    result = new CostItemResult(item, limit, SettlementCodes.ItemOverTolerance, new LocalizedText(
                        $"{item.Name}: geplant {T.De(item.Planned)}, ausgegeben {T.De(item.Actual)}: mehr als {pctDe} über dem Ansatz (ANBest-P Nr. 1.2); anerkannt {T.De(limit)}, nicht anerkannt {T.De(item.Actual - limit)}.",
                        $"{item.Name}: planned {T.En(item.Planned)}, spent {T.En(item.Actual)}: more than {pctEn} over the plan (ANBest-P No. 1.2); recognised {T.En(limit)}, not recognised {T.En(item.Actual - limit)}."));
                }

                Step("item", result.Recognised, result.Code == SettlementCodes.ItemAsPlanned ? default : tolerance.Source, result.Text.German, result.Text.English);
                results.Add(result);
            }

            if (excessWithin.IsPositive)
            {
                Euro notOffset = Euro.Max(excessWithin - savings, Euro.Zero);
                Step("tolerance-offset", notOffset, tolerance.Source,
                    $"Überschreitungen innerhalb der Toleranz {T.De(excessWithin)}, Einsparungen bei anderen Ansätzen {T.De(savings)}: nicht ausgeglichen {T.De(notOffset)}. Der Finanzierungsplan ist im Gesamtergebnis verbindlich; die Zuwendung steigt dadurch nicht.",
                    $"Excess within the tolerance {T.En(excessWithin)}, savings on other items {T.En(savings)}: not offset {T.En(notOffset)}. The financing plan is binding in total; this cannot raise the grant.");
            }

            return results.ToImmutable();
        }

        private void Funds(Euro planned, Euro actual)
        {
            foreach (FundsLine line in proof.Funds.Where(f => f.Planned != f.Actual))
            {
                LocalizedText kind = T.FundsKindName(line.Kind);
                string newDe = line.Planned.IsZero ? ", neu hinzugetreten" : string.Empty;
                string newEn = line.Planned.IsZero ? ", new since the Bescheid" : string.Empty;
                Step("funds-line", line.Actual, default,
                    $"{line.Name} ({kind.German}{newDe}): geplant {T.De(line.Planned)}, tatsächlich {T.De(line.Actual)}.",
                    $"{line.Name} ({kind.English}{newEn}): planned {T.En(line.Planned)}, actual {T.En(line.Actual)}.");
            }

            Step("funds", actual, default,
                $"Deckungsmittel außer der Zuwendung: geplant {T.De(planned)}, tatsächlich {T.De(actual)} (Änderung {T.SignedDe(actual - planned)}).",
                $"Funds besides the grant: planned {T.En(planned)}, actual {T.En(actual)} (change {T.SignedEn(actual - planned)}).");
        }

        private bool BelowThreshold(Euro costsChange, Euro fundsChange)
        {
            if (proof.Terms.NoReductionThreshold is not { } threshold)
            {
                return false;
            }

            bool below = costsChange.Abs() <= threshold.Value && fundsChange.Abs() <= threshold.Value;
            Step("threshold", threshold.Value, threshold.Source,
                below
                    ? $"Ausgaben (Änderung {T.SignedDe(costsChange)}) und Deckungsmittel (Änderung {T.SignedDe(fundsChange)}) ändern sich um nicht mehr als {T.De(threshold.Value)}: keine Ermäßigung nach ANBest-P Nr. 2."
                    : $"Ausgaben (Änderung {T.SignedDe(costsChange)}) oder Deckungsmittel (Änderung {T.SignedDe(fundsChange)}) ändern sich um mehr als {T.De(threshold.Value)}: Ermäßigung nach ANBest-P Nr. 2 zu prüfen.",
                below
                    ? $"Costs (change {T.SignedEn(costsChange)}) and funds (change {T.SignedEn(fundsChange)}) changed by no more than {T.En(threshold.Value)}: no reduction under ANBest-P No. 2."
                    : $"Costs (change {T.SignedEn(costsChange)}) or funds (change {T.SignedEn(fundsChange)}) changed by more than {T.En(threshold.Value)}: the reduction under ANBest-P No. 2 applies.");
            return below;
        }

        private (Euro Grant, string Formula) Share(Euro planned, Euro recognised, Euro fundsPlanned, Euro fundsActual)
        {
            Euro fundsRise = Euro.Max(fundsActual - fundsPlanned, Euro.Zero);
            Euro basis = Euro.Max(recognised - fundsRise, Euro.Zero);
            Euro proportional = CentFraction.Of(new BigInteger(proof.Awarded.Cents) * basis.Cents, planned.Cents).Round(calculator.Rounding);
            Euro grant = Euro.Min(proportional, proof.Awarded);
            string capDe = proportional > proof.Awarded ? $"; höchstens die Bewilligung, {T.De(proof.Awarded)}" : string.Empty;
            string capEn = proportional > proof.Awarded ? $"; at most the award, {T.En(proof.Awarded)}" : string.Empty;
            Step("share", grant, Reduction,
                $"Anteilfinanzierung (ANBest-P Nr. 2.1.1): Ermäßigung anteilig; {T.De(proof.Awarded)} × ({T.De(recognised)} − Mehrung der Deckungsmittel {T.De(fundsRise)}) / {T.De(planned)} = {T.De(proportional)}{capDe}.",
                $"Share financing (ANBest-P No. 2.1.1): reduced in proportion; {T.En(proof.Awarded)} × ({T.En(recognised)} − rise in funds {T.En(fundsRise)}) / {T.En(planned)} = {T.En(proportional)}{capEn}.");
            return (grant, "final = min(award × (recognised costs − rise in funds) / planned costs, award, recognised costs)");
        }

        private (Euro Grant, string Formula) Deficit(Euro planned, Euro recognised, Euro fundsPlanned, Euro fundsActual)
        {
            Euro plannedGap = planned - fundsPlanned;
            Euro actualGap = recognised - fundsActual;
            Euro fall = Euro.Max(plannedGap - actualGap, Euro.Zero);
            Euro grant = Euro.Max(proof.Awarded - fall, Euro.Zero);
            bool full = proof.Financing == FinancingType.Full;
            string zeroDe = fall > proof.Awarded ? "; die Minderung übersteigt die Bewilligung, die Zuwendung entfällt" : string.Empty;
            string zeroEn = fall > proof.Awarded ? "; the fall exceeds the award, so no grant remains" : string.Empty;
            Step(full ? "full" : "deficit", grant, Reduction,
                $"{(full ? "Vollfinanzierung" : "Fehlbedarfsfinanzierung")} (ANBest-P Nr. 2.1.2): Ermäßigung um den vollen Betrag; Fehlbedarf geplant {T.De(plannedGap)} ({T.De(planned)} − {T.De(fundsPlanned)}), tatsächlich {T.De(actualGap)} ({T.De(recognised)} − {T.De(fundsActual)}); {T.De(proof.Awarded)} − {T.De(fall)} = {T.De(grant)}{zeroDe}.",
                $"{(full ? "Full financing" : "Deficit financing")} (ANBest-P No. 2.1.2): reduced by the full amount; gap planned {T.En(plannedGap)} ({T.En(planned)} − {T.En(fundsPlanned)}), actual {T.En(actualGap)} ({T.En(recognised)} − {T.En(fundsActual)}); {T.En(proof.Awarded)} − {T.En(fall)} = {T.En(grant)}{zeroEn}.");
            return (grant, "final = min(award − max(planned gap − actual gap, 0), recognised costs), at least 0; gap = costs − other funds");
        }

        private (Euro Grant, string Formula) Fixed()
        {
            if (proof.FixedUnits.IsEmpty)
            {
                Step("fixed-amount", proof.Awarded, Reduction,
                    $"Festbetragsfinanzierung: die Zuwendung bleibt bei {T.De(proof.Awarded)}, solange die zuwendungsfähigen Ausgaben nicht darunter fallen.",
                    $"Fixed-amount financing: the grant stays at {T.En(proof.Awarded)} unless the eligible costs fall below it.");
                return (proof.Awarded, "final = min(fixed amount, recognised costs)");
            }

            CentFraction exact = CentFraction.Zero;
            foreach (FixedUnitUse unit in proof.FixedUnits)
            {
                decimal counted = Math.Min(unit.ActualUnits, unit.AwardedUnits);
                (BigInteger numerator, BigInteger denominator) = InterestCalculator.Rational(counted);
                CentFraction part = CentFraction.Of(unit.AmountPerUnit.Cents * numerator, denominator);
                exact += part;
                string shortDe = unit.ActualUnits < unit.AwardedUnits ? $", {T.NumberDe(unit.AwardedUnits - unit.ActualUnits)} nicht besetzt" : string.Empty;
                string shortEn = unit.ActualUnits < unit.AwardedUnits ? $", {T.NumberEn(unit.AwardedUnits - unit.ActualUnits)} not provided" : string.Empty;
                Step("unit", null, Reduction,
                    $"{unit.Name}: {T.NumberDe(unit.AwardedUnits)} bewilligt, {T.NumberDe(unit.ActualUnits)} besetzt{shortDe}; {T.NumberDe(counted)} × {T.De(unit.AmountPerUnit)} = {(part.Denominator.IsOne ? T.De(part.Round(calculator.Rounding)) : T.ExactDe(part))}.",
                    $"{unit.Name}: {T.NumberEn(unit.AwardedUnits)} awarded, {T.NumberEn(unit.ActualUnits)} provided{shortEn}; {T.NumberEn(counted)} × {T.En(unit.AmountPerUnit)} = {(part.Denominator.IsOne ? T.En(part.Round(calculator.Rounding)) : T.ExactEn(part))}.");
            }

            Euro earned = exact.Round(calculator.Rounding);
            Euro grant = Euro.Min(earned, proof.Awarded);
            Step("fixed-units", grant, Reduction,
                $"Festbetrag je Einheit: die besetzten Einheiten (höchstens die bewilligten) ergeben {T.De(earned)}; Zuwendung {T.De(grant)}.",
                $"Fixed amount per unit: the units provided (at most those awarded) give {T.En(earned)}; grant {T.En(grant)}.");
            return (grant, "final = min(Σ min(units provided, units awarded) × amount per unit, award, recognised costs)");
        }

        private void Step(string name, Euro? amount, SourceReference source, string german, string english) =>
            _steps.Add(new GrantStep(name, new LocalizedText(german, english), amount, source));
    }
}
