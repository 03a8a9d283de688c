using System.Collections.Immutable;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

using T = Ki.Domain.Settlement.SettlementTexts;

namespace Ki.Domain.Settlement;

/// <summary>
/// Settles a proof of use: recognises the costs item by item, reduces the grant by financing type (ANBest-P Nr. 2),
/// and works out the overpayment to repay; every step explained with its legal reference.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Items (ANBest-P Nr. 1.2): an item's actual amount is recognised up to its plan plus the tolerance (20 % in
/// the model text, if saved elsewhere); the part above is not. Excess within the tolerance that other items' savings
/// do not offset is shown, but it cannot raise the grant: the plan is binding in total and the grant never exceeds the award.</item>
/// <item>Threshold: if the line sets one and neither the recognised costs nor the funds changed by more than it, no
/// reduction is made.</item>
/// <item>Reduction (ANBest-P Nr. 2.1) when the costs fall or the funds rise: Anteilfinanzierung in proportion, the
/// grant keeping its share of what the planned parties still finance: award × (recognised costs − rise in funds) /
/// planned costs; Fehlbedarfs- and Vollfinanzierung by the full amount: award − (fall in costs + rise in funds);
/// Festbetragsfinanzierung unchanged (per unit: the units provided, at most those awarded, × the amount per unit).
/// A fall in funds or a rise in costs never raises the grant.</item>
/// <item>The grant never exceeds the recognised costs (VV Nr. 2 zu § 44 LHO) nor the award; it is rounded once.</item>
/// <item>Overpayment: paid out − final grant, if positive (to be repaid, § 49a(1) VwVfG NRW).</item>
/// </list>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FinalGrantCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="rounding">How a fraction of a cent is rounded (administrations round commercially).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public FinalGrantCalculator(RoundingMode rounding) => Rounding = rounding.Validate(nameof(rounding));

    /// <summary>How a fraction of a cent is rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Settles a proof of use.</summary>
    /// <param name="proof">The proof of use.</param>
    /// <returns>The final grant, the overpayment and the explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proof"/> is null.</exception>
    /// <exception cref="ArgumentException">The proof has units per Festbetrag but its financing type is not Festbetragsfinanzierung.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public FinalGrantResult Calculate(ProofOfUse proof)
    {
        Preconditions.CheckNotNull(proof);
        Preconditions.CheckArgument(proof.FixedUnits.IsEmpty || proof.Financing == FinancingType.FixedAmount, nameof(proof),
            "Units per Festbetrag are only meaningful with Festbetragsfinanzierung.");
        return new Run(this, proof).Execute();
    }

    private sealed class Run(FinalGrantCalculator calculator, ProofOfUse proof)
    {
        private readonly ImmutableArray<GrantStep>.Builder _steps = ImmutableArray.CreateBuilder<GrantStep>();
        private readonly SourceReference _anbest = SettlementTerms.AnbestPSource;

        public FinalGrantResult Execute()
        {
            ImmutableArray<CostItemResult> items = Items();
            Euro planned = proof.PlannedCosts;
            Euro recognised = Euro.Sum(items.Select(i => i.Recognised));
            Euro fundsPlanned = proof.PlannedFunds;
            Euro fundsActual = proof.ActualFunds;
            Euro fundsRise = Euro.Max(fundsActual - fundsPlanned, Euro.Zero);
            Euro costsFall = Euro.Max(planned - recognised, Euro.Zero);
            Step("costs", recognised, default,
                $"Zuwendungsfähige Ausgaben: geplant {T.De(planned)}, anerkannt {T.De(recognised)} (Änderung {T.De(recognised - planned)}).",
                $"Eligible costs: planned {T.En(planned)}, recognised {T.En(recognised)} (change {T.En(recognised - planned)}).");
            Funds(fundsPlanned, fundsActual);

            string code = SettlementCodes.Reduced;
            string formula;
            Euro grant;
            bool belowThreshold = proof.Financing != FinancingType.FixedAmount && BelowThreshold(recognised - planned, fundsActual - fundsPlanned);
            if (belowThreshold)
            {
                formula = "final = min(award, recognised costs)";
                grant = proof.Awarded;
                code = SettlementCodes.BelowThreshold;
            }
            else
            {
                (grant, formula) = proof.Financing switch
                {
                    FinancingType.Share => Share(planned, recognised, fundsRise),
                    FinancingType.Deficit or FinancingType.Full => Deficit(costsFall, fundsRise),
                    FinancingType.FixedAmount => Fixed(),
                    _ => throw new ArgumentException($"Financing type {(int)proof.Financing} is not defined.", nameof(proof)),
                };
            }

            if (grant > recognised)
            {
                Step("cost-limit", recognised, _anbest,
                    $"Die Zuwendung von {T.De(grant)} übersteigt die anerkannten zuwendungsfähigen Ausgaben; begrenzt auf {T.De(recognised)} (eine Zuwendung übersteigt nie die zuwendungsfähigen Ausgaben).",
                    $"The grant of {T.En(grant)} exceeds the recognised eligible costs; limited to {T.En(recognised)} (a grant never exceeds the eligible costs).");
                grant = recognised;
                code = SettlementCodes.Reduced;
            }

            if (grant < proof.Awarded && code != SettlementCodes.BelowThreshold)
            {
                code = SettlementCodes.Reduced;
            }
            else if (grant == proof.Awarded)
            {
                code = code == SettlementCodes.BelowThreshold && (recognised != planned || fundsActual != fundsPlanned) ? code : SettlementCodes.Unchanged;
            }

            Step("final-grant", grant, _anbest,
                $"Endgültige Zuwendung: {T.De(grant)} (bewilligt {T.De(proof.Awarded)}, Minderung {T.De(proof.Awarded - grant)}).",
                $"Final grant: {T.En(grant)} (awarded {T.En(proof.Awarded)}, reduction {T.En(proof.Awarded - grant)}).");
            Euro overpaid = proof.PaidOut - grant;
            if (overpaid.IsPositive)
            {
                Step("overpayment", overpaid, new SourceReference("§ 49a Abs. 1 VwVfG NRW; ANBest-P Nr. 8 (Erstattung)", Confidence.Secondary),
                    $"Ausgezahlt {T.De(proof.PaidOut)} − endgültige Zuwendung {T.De(grant)} = {T.De(overpaid)} zu erstatten ({SettlementCodes.Repayment}).",
                    $"Paid out {T.En(proof.PaidOut)} − final grant {T.En(grant)} = {T.En(overpaid)} to repay ({SettlementCodes.Repayment}).");
            }
            else
            {
                Step("overpayment", Euro.Zero, default,
                    $"Ausgezahlt {T.De(proof.PaidOut)}, nicht mehr als die endgültige Zuwendung: nichts zu erstatten.",
                    $"Paid out {T.En(proof.PaidOut)}, not more than the final grant: nothing to repay.");
            }

            LocalizedText reason = code switch
            {
                SettlementCodes.Unchanged => new LocalizedText($"Die Zuwendung bleibt bei {T.De(grant)}.", $"The grant stays at {T.En(grant)}."),
                SettlementCodes.BelowThreshold => new LocalizedText(
                    $"Die Änderungen liegen innerhalb der Bagatellgrenze; die Zuwendung bleibt bei {T.De(grant)}.",
                    $"The changes are within the no-reduction threshold; the grant stays at {T.En(grant)}."),
                _ => new LocalizedText(
                    $"Die Zuwendung ermäßigt sich von {T.De(proof.Awarded)} auf {T.De(grant)}.",
                    $"The grant falls from {T.En(proof.Awarded)} to {T.En(grant)}."),
            };
            return new FinalGrantResult(proof, items, recognised, grant, code, reason, formula, _steps.ToImmutable(), calculator.Rounding);
        }

        private ImmutableArray<CostItemResult> Items()
        {
            Figure<decimal> tolerance = proof.Terms.ItemTolerance;
            var results = ImmutableArray.CreateBuilder<CostItemResult>(proof.Items.Length);
            Euro excessWithin = Euro.Zero;
            Euro savings = Euro.Zero;
            foreach (CostItem item in proof.Items)
            {
                Euro limit = item.Planned + item.Planned.Multiply(tolerance.Value, RoundingMode.Floor);
                string pct = Texts.PercentDe(tolerance.Value);
                string pctEn = Texts.PercentEn(tolerance.Value);
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
                        $"{item.Name}: geplant {T.De(item.Planned)}, ausgegeben {T.De(item.Actual)}: Überschreitung innerhalb von {pct} (ANBest-P Nr. 1.2), anerkannt {T.De(item.Actual)}.",
                        $"{item.Name}: planned {T.En(item.Planned)}, spent {T.En(item.Actual)}: over the plan within {pctEn} (ANBest-P No. 1.2), recognised {T.En(item.Actual)}."));
                }
                else
                {
                    excessWithin += limit - item.Planned;
                    result = new CostItemResult(item, limit, SettlementCodes.ItemOverTolerance, new LocalizedText(
                        $"{item.Name}: geplant {T.De(item.Planned)}, ausgegeben {T.De(item.Actual)}: mehr als {pct} über dem Ansatz (ANBest-P Nr. 1.2); anerkannt {T.De(limit)}, nicht anerkannt {T.De(item.Actual - limit)}.",
                        $"{item.Name}: planned {T.En(item.Planned)}, spent {T.En(item.Actual)}: more than {pctEn} over the plan (ANBest-P No. 1.2); recognised {T.En(limit)}, not recognised {T.En(item.Actual - limit)}."));
                }

                Step("item", result.Recognised, result.Code == SettlementCodes.ItemAsPlanned ? default : tolerance.Source, result.Text.German, result.Text.English);
                results.Add(result);
            }

            if (excessWithin.IsPositive)
            {
                Euro notOffset = Euro.Max(excessWithin - savings, Euro.Zero);
                Step("tolerance-offset", notOffset, tolerance.Source,
                    $"Überschreitungen innerhalb der Toleranz {T.De(excessWithin)}, Einsparungen bei anderen Ansätzen {T.De(savings)}: nicht ausgeglichen {T.De(notOffset)}; der Finanzierungsplan ist im Gesamtergebnis verbindlich, die Zuwendung steigt dadurch nicht.",
                    $"Excess within the tolerance {T.En(excessWithin)}, savings on other items {T.En(savings)}: not offset {T.En(notOffset)}; the plan is binding in total, so this cannot raise the grant.");
            }

            return results.ToImmutable();
        }

        private void Funds(Euro planned, Euro actual)
        {
            foreach (FundsLine line in proof.Funds.Where(f => f.Planned != f.Actual))
            {
                string kindDe = line.Kind switch { FundsKind.Own => "Eigenmittel", FundsKind.ThirdParty => "Drittmittel", _ => "Zuwendung eines anderen Zuwendungsgebers" };
                string kindEn = line.Kind switch { FundsKind.Own => "own funds", FundsKind.ThirdParty => "third-party funds", _ => "another funder's grant" };
                string newDe = line.Planned.IsZero ? " (neu hinzugetreten)" : string.Empty;
                string newEn = line.Planned.IsZero ? " (new since the Bescheid)" : string.Empty;
                Step("funds-line", line.Actual, default,
                    $"{line.Name}, {kindDe}{newDe}: geplant {T.De(line.Planned)}, tatsächlich {T.De(line.Actual)}.",
                    $"{line.Name}, {kindEn}{newEn}: planned {T.En(line.Planned)}, actual {T.En(line.Actual)}.");
            }

            Step("funds", actual, default,
                $"Deckungsmittel ohne die Zuwendung: geplant {T.De(planned)}, tatsächlich {T.De(actual)} (Änderung {T.De(actual - planned)}).",
                $"Funds besides the grant: planned {T.En(planned)}, actual {T.En(actual)} (change {T.En(actual - planned)}).");
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
                    ? $"Ausgaben (Änderung {T.De(costsChange)}) und Deckungsmittel (Änderung {T.De(fundsChange)}) ändern sich um nicht mehr als {T.De(threshold.Value)}: keine Ermäßigung."
                    : $"Ausgaben (Änderung {T.De(costsChange)}) oder Deckungsmittel (Änderung {T.De(fundsChange)}) ändern sich um mehr als {T.De(threshold.Value)}: Ermäßigung nach ANBest-P Nr. 2.",
                below
                    ? $"Costs (change {T.En(costsChange)}) and funds (change {T.En(fundsChange)}) changed by no more than {T.En(threshold.Value)}: no reduction."
                    : $"Costs (change {T.En(costsChange)}) or funds (change {T.En(fundsChange)}) changed by more than {T.En(threshold.Value)}: reduction under ANBest-P No. 2.");
            return below;
        }

        private (Euro Grant, string Formula) Share(Euro planned, Euro recognised, Euro fundsRise)
        {
            Euro basis = Euro.Max(recognised - fundsRise, Euro.Zero);
            Euro proportional = CentFraction.Of(new BigInteger(proof.Awarded.Cents) * basis.Cents, planned.Cents).Round(calculator.Rounding);
            Euro grant = Euro.Min(proportional, proof.Awarded);
            Step("share", grant, _anbest,
                $"Anteilfinanzierung (ANBest-P Nr. 2.1.1): Ermäßigung anteilig; {T.De(proof.Awarded)} × ({T.De(recognised)} − Mehrung der Deckungsmittel {T.De(fundsRise)}) / {T.De(planned)} = {T.De(proportional)}{(proportional > proof.Awarded ? $", höchstens die Bewilligung {T.De(proof.Awarded)}" : string.Empty)}.",
                $"Share financing (ANBest-P No. 2.1.1): reduced in proportion; {T.En(proof.Awarded)} × ({T.En(recognised)} − rise in funds {T.En(fundsRise)}) / {T.En(planned)} = {T.En(proportional)}{(proportional > proof.Awarded ? $", at most the award of {T.En(proof.Awarded)}" : string.Empty)}.");
            return (grant, "final = min(award × (recognised costs − rise in funds) / planned costs, award, recognised costs)");
        }

        private (Euro Grant, string Formula) Deficit(Euro costsFall, Euro fundsRise)
        {
            Euro reduction = costsFall + fundsRise;
            Euro grant = Euro.Max(proof.Awarded - reduction, Euro.Zero);
            string typeDe = proof.Financing == FinancingType.Full ? "Vollfinanzierung" : "Fehlbedarfsfinanzierung";
            string typeEn = proof.Financing == FinancingType.Full ? "Full financing" : "Deficit financing";
            Step(proof.Financing == FinancingType.Full ? "full" : "deficit", grant, _anbest,
                $"{typeDe} (ANBest-P Nr. 2.1.2): Ermäßigung in voller Höhe; {T.De(proof.Awarded)} − (Minderausgaben {T.De(costsFall)} + Mehrung der Deckungsmittel {T.De(fundsRise)}) = {T.De(grant)}.",
                $"{typeEn} (ANBest-P No. 2.1.2): reduced by the full amount; {T.En(proof.Awarded)} − (fall in costs {T.En(costsFall)} + rise in funds {T.En(fundsRise)}) = {T.En(grant)}.");
            return (grant, "final = min(award − (fall in costs + rise in funds), recognised costs), at least 0");
        }

        private (Euro Grant, string Formula) Fixed()
        {
            if (proof.FixedUnits.IsEmpty)
            {
                Step("fixed-amount", proof.Awarded, _anbest,
                    $"Festbetragsfinanzierung: die Zuwendung bleibt bei {T.De(proof.Awarded)}, solange die zuwendungsfähigen Ausgaben nicht darunter fallen.",
                    $"Fixed-amount financing: the grant stays at {T.En(proof.Awarded)} unless the eligible costs fall below it.");
                return (proof.Awarded, "final = min(fixed amount, recognised costs)");
            }

            CentFraction exact = CentFraction.Zero;
            foreach (FixedUnitUse unit in proof.FixedUnits)
            {
                decimal counted = Math.Min(unit.ActualUnits, unit.AwardedUnits);
                (BigInteger numerator, BigInteger denominator) = InterestCalculator.Rational(counted);
                exact += CentFraction.Of(unit.AmountPerUnit.Cents * numerator, denominator);
                string code = unit.ActualUnits < unit.AwardedUnits ? $" ({SettlementCodes.UnitsNotProvided})" : string.Empty;
                Step("unit", null, _anbest,
                    $"{unit.Name}: {T.NumberDe(unit.AwardedUnits)} bewilligt, {T.NumberDe(unit.ActualUnits)} besetzt; {T.NumberDe(counted)} × {T.De(unit.AmountPerUnit)}{code}.",
                    $"{unit.Name}: {T.NumberEn(unit.AwardedUnits)} awarded, {T.NumberEn(unit.ActualUnits)} provided; {T.NumberEn(counted)} × {T.En(unit.AmountPerUnit)}{code}.");
            }

            Euro earned = exact.Round(calculator.Rounding);
            Euro grant = Euro.Min(earned, proof.Awarded);
            Step("fixed-units", grant, _anbest,
                $"Festbetrag je Einheit: die besetzten Einheiten (höchstens die bewilligten) ergeben {T.De(earned)}; Zuwendung {T.De(grant)}.",
                $"Fixed amount per unit: the units provided (at most those awarded) give {T.En(earned)}; grant {T.En(grant)}.");
            return (grant, "final = min(Σ min(units provided, units awarded) × amount per unit, award, recognised costs)");
        }

        private void Step(string name, Euro? amount, SourceReference source, string german, string english) =>
            _steps.Add(new GrantStep(name, new LocalizedText(german, english), amount, source));
    }
}
