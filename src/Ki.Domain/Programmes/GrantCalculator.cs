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

    /// <summary>
    /// One calculation. Its steps and the result's reason write their texts when first read (<see cref="DeferredText"/>):
    /// each holds its figures and a static writer, so a round of thousands of calculations formats no amount it is
    /// not asked for.
    /// </summary>
    private sealed class Run(GrantCalculator calculator, string lineId, FundingLineVersion version, GrantRequest request, LocalDate on)
    {
        private GrantStep[] _steps = new GrantStep[8];
        private int _count;
        private string _formula = "-";

        public GrantResult Execute()
        {
            bool byKey = version.Financing.Value == FinancingType.FixedAmount && version.FixedAmount is null && !HasUnit(UnitAmountRole.GrantPerUnit);
            if (!byKey && Missing() is { } missing)
            {
                return NoGrant(GrantCodes.FactMissing, DeferredText.Of(missing, static missing => new LocalizedText(
                    $"Die Zuwendung kann nicht berechnet werden: es fehlen Angaben ({missing}). Nicht angegeben ist nicht 0,00 €.",
                    $"The grant cannot be calculated: facts are missing ({missing}). Not stated is not 0.00 EUR.")));
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
                return NoGrant(GrantCodes.DeterminedByDistributionKey, DeferredText.Of(lineId, static lineId => new LocalizedText(
                    $"Die Zuwendungen der Förderlinie {lineId} ergeben sich aus einem Verteilschlüssel oder Bescheid, nicht aus den Angaben eines Antrags.",
                    $"The grants of funding line {lineId} follow from a distribution key or a decision, not from one application's figures.")));
            }

            Euro grant = ApplyCap(amount);
            if (!grant.IsPositive)
            {
                return NoGrant(GrantCodes.NothingToFund, DeferredText.Of(new LocalizedText(
                    "Nach der Berechnung bleibt nichts zu fördern.", "After the calculation there is nothing left to fund.")));
            }

            if (version.MinimumGrant is { } minimum)
            {
                bool below = grant < minimum.Value;
                Step("minimum-grant", minimum.Value, minimum.Source, (minimum.Value, below), static f => new LocalizedText(
                    $"Bagatellgrenze {Texts.De(f.Value)}: {(f.below ? "unterschritten" : "erreicht")}.",
                    $"Minimum grant {Texts.En(f.Value)}: {(f.below ? "not reached" : "reached")}."));
                if (below)
                {
                    return NoGrant(GrantCodes.BelowMinimum, DeferredText.Of((grant, minimum.Value), static f => new LocalizedText(
                        $"Die Zuwendung von {Texts.De(f.grant)} läge unter der Bagatellgrenze von {Texts.De(f.Value)}; es wird keine Zuwendung gewährt.",
                        $"The grant of {Texts.En(f.grant)} would be below the minimum grant of {Texts.En(f.Value)}, so no grant is made.")));
                }
            }

            Step("grant", grant, default, grant, static g => new LocalizedText($"Zuwendung: {Texts.De(g)}.", $"Grant: {Texts.En(g)}."));
            return new GrantResult(lineId, on, version, GrantOutcome.Granted, grant, GrantCodes.Granted,
                DeferredText.Of(grant, static g => new LocalizedText($"Zuwendung von {Texts.De(g)}.", $"A grant of {Texts.En(g)}.")),
                _formula, Steps(), calculator.Rounding);
        }

        private bool HasUnit(UnitAmountRole role)
        {
            foreach (UnitAmount unit in version.UnitAmounts)
            {
                if (unit.Role == role)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The facts this financing type needs that the request does not state, named as in the request file; null
        /// when it states them all (the usual case, which builds no list).
        /// </summary>
        private string? Missing()
        {
            bool deficit = version.Financing.Value == FinancingType.Deficit;
            bool costs = request.EligibleCosts is null;
            bool own = deficit && request.OwnContribution is null;
            bool thirdParty = deficit && request.ThirdPartyFunds is null;
            if (!(costs || own || thirdParty))
            {
                return null;
            }

            string?[] named = [costs ? "eligibleCosts" : null, own ? "ownContribution" : null, thirdParty ? "thirdPartyFunds" : null];
            return string.Join(", ", named.OfType<string>());
        }

        private Euro EligibleCosts()
        {
            Euro costs = request.EligibleCosts!.Value;
            Step("eligible-costs", costs, default, costs, static c => new LocalizedText($"Zuwendungsfähige Ausgaben: {Texts.De(c)}.", $"Eligible costs: {Texts.En(c)}."));
            foreach (UnitAmount unit in version.UnitAmounts)
            {
                if (unit.Role == UnitAmountRole.FlatEligibleCostPerUnit && request.Units.TryGetValue(unit.Id, out decimal count) && count > 0)
                {
                    Euro flat = unit.Amount.Value.Multiply(count, calculator.Rounding);
                    costs += flat;
                    Step("flat-costs", flat, unit.Amount.Source, (unit, count, flat, costs), static f => new LocalizedText(
                        $"Pauschale {f.unit.Name.German}: {Texts.NumberDe(f.count)} × {Texts.De(f.unit.Amount.Value)} = {Texts.De(f.flat)}; zuwendungsfähig zusammen {Texts.De(f.costs)}.",
                        $"Flat rate {f.unit.Name.English}: {Texts.NumberEn(f.count)} × {Texts.En(f.unit.Amount.Value)} = {Texts.En(f.flat)}; eligible costs now {Texts.En(f.costs)}."));
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
            Step("rate", share, rate.Source, (rate.Value, costs, share, calculator.Rounding), static f => new LocalizedText(
                $"Anteilfinanzierung: {Texts.PercentDe(f.Value)} × {Texts.De(f.costs)} = {Texts.De(f.share)} ({Texts.RoundingDe(f.Rounding)}).",
                $"Share financing: {Texts.PercentEn(f.Value)} × {Texts.En(f.costs)} = {Texts.En(f.share)} ({Texts.RoundingEn(f.Rounding)})."));
            return share;
        }

        private Euro Deficit(Euro costs)
        {
            _formula = "grant = min(eligible costs − own contribution − third-party funds, cap)";
            Euro own = request.OwnContribution!.Value;
            Euro third = request.ThirdPartyFunds!.Value;
            Euro gap = costs - own - third;
            Euro deficit = Euro.Max(gap, Euro.Zero);
            Step("deficit", deficit, version.Financing.Source, (costs, own, third, gap), static f => new LocalizedText(
                $"Fehlbedarfsfinanzierung: {Texts.De(f.costs)} − Eigenanteil {Texts.De(f.own)} − Drittmittel {Texts.De(f.third)} = {Texts.De(f.gap)}.",
                $"Deficit financing: {Texts.En(f.costs)} − own contribution {Texts.En(f.own)} − third-party funds {Texts.En(f.third)} = {Texts.En(f.gap)}."));
            return deficit;
        }

        private Euro? Fixed(Euro costs)
        {
            Euro amount;
            if (HasUnit(UnitAmountRole.GrantPerUnit))
            {
                _formula = "grant = min(Σ min(units, most units) × amount per unit, eligible costs, cap)";
                amount = Euro.Zero;
                foreach (UnitAmount unit in version.UnitAmounts)
                {
                    if (unit.Role == UnitAmountRole.GrantPerUnit)
                    {
                        amount += UnitPart(unit);
                    }
                }
            }
            else if (version.FixedAmount is { } fixedAmount)
            {
                _formula = "grant = min(fixed amount, eligible costs, cap)";
                amount = fixedAmount.Value;
                Step("fixed-amount", amount, fixedAmount.Source, amount, static a => new LocalizedText($"Festbetrag: {Texts.De(a)}.", $"Fixed amount: {Texts.En(a)}."));
            }
            else
            {
                return null;
            }

            if (amount > costs)
            {
                Step("cost-limit", costs, default, (amount, costs), static f => new LocalizedText(
                    $"Der Festbetrag von {Texts.De(f.amount)} übersteigt die zuwendungsfähigen Ausgaben; begrenzt auf {Texts.De(f.costs)}.",
                    $"The fixed amount of {Texts.En(f.amount)} exceeds the eligible costs; limited to {Texts.En(f.costs)}."));
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
                Step("unit-limit", null, max.Source, (unit, requested, max.Value, request.ApplicantKind), static f => new LocalizedText(
                    $"{f.unit.Name.German}: {Texts.NumberDe(f.requested)} beantragt, höchstens {Texts.NumberDe(f.Value)} {(f.ApplicantKind is { } kind ? $"für {Texts.KindDe(kind)}" : "(Antragsart unbekannt: größte Grenze)")}.",
                    $"{f.unit.Name.English}: {Texts.NumberEn(f.requested)} requested, at most {Texts.NumberEn(f.Value)} {(f.ApplicantKind is { } kindEn ? $"for {Texts.KindEn(kindEn)}" : "(applicant kind not given: the largest limit)")}."));
            }

            Euro part = unit.Amount.Value.Multiply(counted, calculator.Rounding);
            if (counted > 0)
            {
                Step("unit", part, unit.Amount.Source, (unit, counted, part), static f => new LocalizedText(
                    $"{f.unit.Name.German}: {Texts.NumberDe(f.counted)} × {Texts.De(f.unit.Amount.Value)} = {Texts.De(f.part)}.",
                    $"{f.unit.Name.English}: {Texts.NumberEn(f.counted)} × {Texts.En(f.unit.Amount.Value)} = {Texts.En(f.part)}."));
            }

            return part;
        }

        private Euro Full(Euro costs)
        {
            _formula = "grant = min(eligible costs, cap)";
            Step("full", costs, version.Financing.Source, costs, static c => new LocalizedText(
                $"Vollfinanzierung: die zuwendungsfähigen Ausgaben von {Texts.De(c)}.",
                $"Full financing: the eligible costs of {Texts.En(c)}."));
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
                Step("cap-applied", cap.Value, cap.Source, (cap.Value, amount), static f => new LocalizedText(
                    $"Höchstbetrag {Texts.De(f.Value)} angewandt (berechnet {Texts.De(f.amount)}).",
                    $"Cap of {Texts.En(f.Value)} applied (calculated {Texts.En(f.amount)})."));
                return cap.Value;
            }

            Step("cap", cap.Value, cap.Source, cap.Value, static c => new LocalizedText($"Höchstbetrag {Texts.De(c)}: nicht erreicht.", $"Cap of {Texts.En(c)}: not reached."));
            return amount;
        }

        private GrantResult NoGrant(string code, DeferredText reason)
        {
            // When facts are missing the grant is not determined, so the step states no amount (not 0.00 EUR).
            bool undetermined = string.Equals(code, GrantCodes.FactMissing, StringComparison.Ordinal);
            if (undetermined)
            {
                Step("grant", null, default, code, static c => new LocalizedText($"Zuwendung nicht bestimmt ({c}).", $"Grant not determined ({c})."));
            }
            else
            {
                Step("grant", Euro.Zero, default, code, static c => new LocalizedText($"Keine Zuwendung ({c}).", $"No grant ({c})."));
            }

            GrantOutcome outcome = undetermined ? GrantOutcome.Undetermined : GrantOutcome.NoGrant;
            return new GrantResult(lineId, on, version, outcome, Euro.Zero, code, reason, _formula, Steps(), calculator.Rounding);
        }

        private void Step<T>(string name, Euro? amount, SourceReference source, T figures, Func<T, LocalizedText> write)
        {
            if (_count == _steps.Length)
            {
                Array.Resize(ref _steps, _count * 2);
            }

            _steps[_count++] = new GrantStep(name, DeferredText.Of(figures, write), amount, source);
        }

        private ImmutableArray<GrantStep> Steps() => ImmutableArray.Create(_steps, 0, _count);
    }
}
