using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Calculates a grant (Zuwendung) for a funding line by its financing type, exact to the cent, and explains it.
/// </summary>
/// <remarks>
/// <para>The rules, in order (VV zu § 44 LHO Nr. 2.2):</para>
/// <list type="number">
/// <item>Eligible costs are the request's costs plus any flat eligible cost per unit (8,800 EUR per post).</item>
/// <item>Anteilfinanzierung: rate × eligible costs, rounded to the cent with <see cref="Rounding"/>.
/// Fehlbedarfsfinanzierung: eligible costs − own contribution − third-party funds.
/// Festbetragsfinanzierung: Σ units × amount per unit (each count limited to the line's most units for the applicant
/// kind), or the fixed amount; never more than the eligible costs. Vollfinanzierung: the eligible costs.</item>
/// <item>The cap (Höchstbetrag) lowers the grant if it is higher.</item>
/// <item>Nothing left to fund, or a grant below the minimum grant (Bagatellgrenze), means no grant, with a code.</item>
/// <item>A figure the financing type needs that the request does not state (eligible costs; for deficit financing also
/// the own contribution and the third-party funds) is never read as 0.00: the result is
/// <see cref="GrantCodes.FactMissing"/>, naming the missing figures.</item>
/// </list>
/// <para>
/// "No grant" and "not in force" are answers, not exceptions. Exceptions are for programmer errors only: a negative
/// figure, an unknown unit, or a version that breaks its own rules (a share rate outside (0, 1]). The date defaults to
/// today in Germany by the injected <see cref="IClock"/>. Immutable; safe to share across threads.
/// </para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using Ki.Domain.Money;
/// using Ki.Domain.Programmes;
/// using NodaTime;
///
/// var calculator = new GrantCalculator(SystemClock.Instance, RoundingMode.Commercial);
/// ProgrammeCatalogue.Default.TryFindLine("komm-an-3", out FundingLine? line);
///
/// // KOMM-AN part III: 90 % of 12,000 EUR eligible costs.
/// GrantResult grant = calculator.Calculate(line!, new GrantRequest(Euro.FromEuros(12_000)) { On = new LocalDate(2020, 5, 1) });
/// Console.WriteLine(grant.Code);      // KI-GRANT-OK
/// Console.WriteLine(grant.Grant);     // 10800.00
/// ]]></code>
/// </example>
public sealed class GrantCalculator
{
    private readonly IClock _clock;

    /// <summary>Creates a calculator.</summary>
    /// <param name="clock">The clock that says what "today" is when a request has no date.</param>
    /// <param name="rounding">How fractions of a cent are rounded (administrations round commercially).</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public GrantCalculator(IClock clock, RoundingMode rounding)
    {
        _clock = Preconditions.CheckNotNull(clock);
        Rounding = rounding.Validate(nameof(rounding));
    }

    /// <summary>How fractions of a cent are rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Calculates the grant under the version of the line in force on the request's date.</summary>
    /// <param name="line">The funding line.</param>
    /// <param name="request">The application's figures.</param>
    /// <returns>The grant and its explanation, or "no grant" / "not in force" with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure of the request is negative.</exception>
    /// <exception cref="ArgumentException">The request names a unit the version does not have, or the version breaks its own rules.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public GrantResult Calculate(FundingLine line, GrantRequest request)
    {
        Preconditions.CheckNotNull(line);
        Preconditions.CheckNotNull(request);
        LocalDate on = request.On ?? GermanTime.Today(_clock);
        VersionLookup lookup = line.FindVersion(on);
        if (lookup.Version is not { } version)
        {
            return new GrantResult(line.Id, on, null, GrantOutcome.NoGrant, Euro.Zero, lookup.Code, lookup.Message, "-", [], Rounding);
        }

        return Calculate(line.Id, version, request, on);
    }

    /// <summary>
    /// Calculates the grant under a given version, whatever its validity; the result's date is the request's date or,
    /// without one, the version's first day.
    /// </summary>
    /// <param name="lineId">The funding line's identifier, for the result.</param>
    /// <param name="version">The version whose rules apply.</param>
    /// <param name="request">The application's figures.</param>
    /// <returns>The grant and its explanation, or "no grant" with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/>, <paramref name="version"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure of the request is negative.</exception>
    /// <exception cref="ArgumentException">The request names a unit the version does not have, or the version breaks its own rules.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public GrantResult Calculate(string lineId, FundingLineVersion version, GrantRequest request)
    {
        Preconditions.CheckNotNull(request);
        return Calculate(lineId, version, request, request.On ?? version.Validity.Start);
    }

    private GrantResult Calculate(string lineId, FundingLineVersion version, GrantRequest request, LocalDate on)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckNotNull(version);
        Preconditions.CheckArgumentRange(request.EligibleCosts is not { IsNegative: true }, request.EligibleCosts, "Eligible costs must not be negative.");
        Preconditions.CheckArgumentRange(request.OwnContribution is not { IsNegative: true }, request.OwnContribution, "The own contribution must not be negative.");
        Preconditions.CheckArgumentRange(request.ThirdPartyFunds is not { IsNegative: true }, request.ThirdPartyFunds, "Third-party funds must not be negative.");
        foreach (KeyValuePair<string, decimal> unit in request.Units)
        {
            Preconditions.CheckArgument(version.FindUnit(unit.Key) is not null, nameof(request),
                $"Funding line {lineId} has no unit '{unit.Key}'; its units are: {string.Join(", ", version.UnitAmounts.Select(u => u.Id))}.");
            Preconditions.CheckArgumentRange(unit.Value >= 0, unit.Value, $"The count of unit '{unit.Key}' must not be negative.");
        }

        var run = new Run(this, lineId, version, request, on);
        return run.Execute();
    }

    private sealed class Run(GrantCalculator calculator, string lineId, FundingLineVersion version, GrantRequest request, LocalDate on)
    {
        private readonly ImmutableArray<GrantStep>.Builder _steps = ImmutableArray.CreateBuilder<GrantStep>();
        private string _formula = "-";

        public GrantResult Execute()
        {
            bool byKey = version.Financing.Value == FinancingType.FixedAmount && version.FixedAmount is null
                && !version.UnitAmounts.Any(u => u.Role == UnitAmountRole.GrantPerUnit);
            if (!byKey && Missing() is { Length: > 0 } missing)
            {
                return NoGrant(GrantCodes.FactMissing, new LocalizedText(
                    $"Die Zuwendung kann nicht berechnet werden: es fehlen Angaben ({missing}). Nicht angegeben ist nicht 0,00 €.",
                    $"The grant cannot be calculated: facts are missing ({missing}). Not stated is not 0.00 EUR."));
            }

            // A line whose grants follow from a key needs no costs; an unstated figure is never read as 0.00 otherwise.
            Euro costs = byKey && request.EligibleCosts is null ? Euro.Zero : EligibleCosts();
            Euro? raw = version.Financing.Value switch
            {
                FinancingType.Share => Share(costs),
                FinancingType.Deficit => Deficit(costs),
                FinancingType.FixedAmount => Fixed(costs),
                FinancingType.Full => Full(costs),
                _ => throw new ArgumentException($"Funding line {lineId} has the undefined financing type {(int)version.Financing.Value}."),
            };

            if (raw is not { } amount)
            {
                return NoGrant(GrantCodes.DeterminedByDistributionKey, new LocalizedText(
                    $"Die Zuwendungen der Förderlinie {lineId} ergeben sich aus einem Verteilschlüssel oder Bescheid, nicht aus den Angaben eines Antrags.",
                    $"The grants of funding line {lineId} follow from a distribution key or a decision, not from one application's figures."));
            }

            Euro grant = ApplyCap(amount);
            if (!grant.IsPositive)
            {
                return NoGrant(GrantCodes.NothingToFund, new LocalizedText(
                    "Nach der Berechnung bleibt nichts zu fördern.", "After the calculation there is nothing left to fund."));
            }

            if (version.MinimumGrant is { } minimum)
            {
                bool below = grant < minimum.Value;
                Step("minimum-grant", minimum.Value, minimum.Source,
                    $"Bagatellgrenze {Texts.De(minimum.Value)}: {(below ? "unterschritten" : "erreicht")}.",
                    $"Minimum grant {Texts.En(minimum.Value)}: {(below ? "not reached" : "reached")}.");
                if (below)
                {
                    return NoGrant(GrantCodes.BelowMinimum, new LocalizedText(
                        $"Die Zuwendung von {Texts.De(grant)} läge unter der Bagatellgrenze von {Texts.De(minimum.Value)}; es wird keine Zuwendung gewährt.",
                        $"The grant of {Texts.En(grant)} would be below the minimum grant of {Texts.En(minimum.Value)}, so no grant is made."));
                }
            }

            Step("grant", grant, default, $"Zuwendung: {Texts.De(grant)}.", $"Grant: {Texts.En(grant)}.");
            return new GrantResult(lineId, on, version, GrantOutcome.Granted, grant, GrantCodes.Granted,
                new LocalizedText($"Zuwendung von {Texts.De(grant)}.", $"A grant of {Texts.En(grant)}."), _formula, _steps.ToImmutable(), calculator.Rounding);
        }

        /// <summary>The facts this financing type needs that the request does not state, named as in the request file.</summary>
        private string Missing()
        {
            List<string> missing = [];
            if (request.EligibleCosts is null)
            {
                missing.Add("eligibleCosts");
            }

            if (version.Financing.Value == FinancingType.Deficit)
            {
                if (request.OwnContribution is null)
                {
                    missing.Add("ownContribution");
                }

                if (request.ThirdPartyFunds is null)
                {
                    missing.Add("thirdPartyFunds");
                }
            }

            return string.Join(", ", missing);
        }

        private Euro EligibleCosts()
        {
            Euro costs = request.EligibleCosts!.Value;
            Step("eligible-costs", costs, default, $"Zuwendungsfähige Ausgaben: {Texts.De(costs)}.", $"Eligible costs: {Texts.En(costs)}.");
            foreach (UnitAmount unit in version.UnitAmounts.Where(u => u.Role == UnitAmountRole.FlatEligibleCostPerUnit))
            {
                if (request.Units.TryGetValue(unit.Id, out decimal count) && count > 0)
                {
                    Euro flat = unit.Amount.Value.Multiply(count, calculator.Rounding);
                    costs += flat;
                    Step("flat-costs", flat, unit.Amount.Source,
                        $"Pauschale {unit.Name.German}: {Texts.NumberDe(count)} × {Texts.De(unit.Amount.Value)} = {Texts.De(flat)}; zuwendungsfähig zusammen {Texts.De(costs)}.",
                        $"Flat rate {unit.Name.English}: {Texts.NumberEn(count)} × {Texts.En(unit.Amount.Value)} = {Texts.En(flat)}; eligible costs now {Texts.En(costs)}.");
                }
            }

            return costs;
        }

        private Euro Share(Euro costs)
        {
            if (version.Rate is not { } rate || rate.Value <= 0m || rate.Value > 1m)
            {
                throw new ArgumentException($"Funding line {lineId} uses share financing but has no rate in (0, 1].");
            }

            _formula = "grant = min(rate × eligible costs, cap)";
            Euro share = costs.Multiply(rate.Value, calculator.Rounding);
            Step("rate", share, rate.Source,
                $"Anteilfinanzierung: {Texts.PercentDe(rate.Value)} × {Texts.De(costs)} = {Texts.De(share)} ({Texts.RoundingDe(calculator.Rounding)}).",
                $"Share financing: {Texts.PercentEn(rate.Value)} × {Texts.En(costs)} = {Texts.En(share)} ({Texts.RoundingEn(calculator.Rounding)}).");
            return share;
        }

        private Euro Deficit(Euro costs)
        {
            _formula = "grant = min(eligible costs − own contribution − third-party funds, cap)";
            Euro own = request.OwnContribution!.Value;
            Euro third = request.ThirdPartyFunds!.Value;
            Euro gap = costs - own - third;
            Euro deficit = Euro.Max(gap, Euro.Zero);
            Step("deficit", deficit, version.Financing.Source,
                $"Fehlbedarfsfinanzierung: {Texts.De(costs)} − Eigenanteil {Texts.De(own)} − Drittmittel {Texts.De(third)} = {Texts.De(gap)}.",
                $"Deficit financing: {Texts.En(costs)} − own contribution {Texts.En(own)} − third-party funds {Texts.En(third)} = {Texts.En(gap)}.");
            return deficit;
        }

        private Euro? Fixed(Euro costs)
        {
            UnitAmount[] perUnit = [.. version.UnitAmounts.Where(u => u.Role == UnitAmountRole.GrantPerUnit)];
            Euro amount;
            if (perUnit.Length > 0)
            {
                _formula = "grant = min(Σ min(units, most units) × amount per unit, eligible costs, cap)";
                amount = Euro.Zero;
                foreach (UnitAmount unit in perUnit)
                {
                    amount += UnitPart(unit);
                }
            }
            else if (version.FixedAmount is { } fixedAmount)
            {
                _formula = "grant = min(fixed amount, eligible costs, cap)";
                amount = fixedAmount.Value;
                Step("fixed-amount", amount, fixedAmount.Source, $"Festbetrag: {Texts.De(amount)}.", $"Fixed amount: {Texts.En(amount)}.");
            }
            else
            {
                return null;
            }

            if (amount > costs)
            {
                Step("cost-limit", costs, default,
                    $"Der Festbetrag von {Texts.De(amount)} übersteigt die zuwendungsfähigen Ausgaben; begrenzt auf {Texts.De(costs)}.",
                    $"The fixed amount of {Texts.En(amount)} exceeds the eligible costs; limited to {Texts.En(costs)}.");
                amount = costs;
            }

            return amount;
        }

        private Euro UnitPart(UnitAmount unit)
        {
            decimal requested = request.Units.TryGetValue(unit.Id, out decimal n) ? n : 0m;
            decimal counted = requested;
            if (unit.MaxUnitsFor(request.ApplicantKind) is { } max && requested > max.Value)
            {
                counted = max.Value;
                string whoDe = request.ApplicantKind is { } kind ? $"für {Texts.KindDe(kind)}" : "(Antragsart unbekannt: größte Grenze)";
                string whoEn = request.ApplicantKind is { } kindEn ? $"for {Texts.KindEn(kindEn)}" : "(applicant kind not given: the largest limit)";
                Step("unit-limit", null, max.Source,
                    $"{unit.Name.German}: {Texts.NumberDe(requested)} beantragt, höchstens {Texts.NumberDe(max.Value)} {whoDe}.",
                    $"{unit.Name.English}: {Texts.NumberEn(requested)} requested, at most {Texts.NumberEn(max.Value)} {whoEn}.");
            }

            Euro part = unit.Amount.Value.Multiply(counted, calculator.Rounding);
            if (counted > 0)
            {
                Step("unit", part, unit.Amount.Source,
                    $"{unit.Name.German}: {Texts.NumberDe(counted)} × {Texts.De(unit.Amount.Value)} = {Texts.De(part)}.",
                    $"{unit.Name.English}: {Texts.NumberEn(counted)} × {Texts.En(unit.Amount.Value)} = {Texts.En(part)}.");
            }

            return part;
        }

        private Euro Full(Euro costs)
        {
            _formula = "grant = min(eligible costs, cap)";
            Step("full", costs, version.Financing.Source,
                $"Vollfinanzierung: die zuwendungsfähigen Ausgaben von {Texts.De(costs)}.",
                $"Full financing: the eligible costs of {Texts.En(costs)}.");
            return costs;
        }

        private Euro ApplyCap(Euro amount)
        {
            if (version.Cap is not { } cap)
            {
                return amount;
            }

            if (amount > cap.Value)
            {
                Step("cap-applied", cap.Value, cap.Source,
                    $"Höchstbetrag {Texts.De(cap.Value)} angewandt (berechnet {Texts.De(amount)}).",
                    $"Cap of {Texts.En(cap.Value)} applied (calculated {Texts.En(amount)}).");
                return cap.Value;
            }

            Step("cap", cap.Value, cap.Source, $"Höchstbetrag {Texts.De(cap.Value)}: nicht erreicht.", $"Cap of {Texts.En(cap.Value)}: not reached.");
            return amount;
        }

        private GrantResult NoGrant(string code, LocalizedText reason)
        {
            // When facts are missing the grant is not determined, so the step states no amount (not 0.00 EUR).
            if (string.Equals(code, GrantCodes.FactMissing, StringComparison.Ordinal))
            {
                Step("grant", null, default, $"Zuwendung nicht bestimmt ({code}).", $"Grant not determined ({code}).");
            }
            else
            {
                Step("grant", Euro.Zero, default, $"Keine Zuwendung ({code}).", $"No grant ({code}).");
            }

            GrantOutcome outcome = string.Equals(code, GrantCodes.FactMissing, StringComparison.Ordinal) ? GrantOutcome.Undetermined : GrantOutcome.NoGrant;
            return new GrantResult(lineId, on, version, outcome, Euro.Zero, code, reason, _formula, _steps.ToImmutable(), calculator.Rounding);
        }

        private void Step(string name, Euro? amount, SourceReference source, string german, string english) =>
            _steps.Add(new GrantStep(name, new LocalizedText(german, english), amount, source));
    }
}
