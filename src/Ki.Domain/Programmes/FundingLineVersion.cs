using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Places;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// The rules of a funding line (Förderlinie, Programmteil, Baustein) for one period of validity: financing type,
/// rate, cap, minimum grant, unit amounts, applicants, authority, deadline and periods, each figure with its source.
/// </summary>
/// <remarks>
/// <para>
/// Units: amounts in <see cref="Euro"/>, rates as fractions (0.9 for 90 %), unit counts as decimals. The version
/// itself does no rounding; the grant calculator rounds with an explicit <see cref="RoundingMode"/>.
/// </para>
/// <para>
/// A version is built with an object initializer and not changed afterwards. The initializer does not check the
/// rules between figures (rate in (0, 1], minimum ≤ cap, ordered periods); <see cref="FundingLineVersionValidator"/>
/// does, so that a wrong catalogue entry can be reported rather than rejected half-built. A validity that ends on
/// <see cref="LocalDate.MaxIsoValue"/> means "until further notice" (<see cref="IsOpenEnded"/>).
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FundingLineVersion
{
    private readonly DateInterval _validity;

    /// <summary>Creates a version valid for a period with a financing type; set the other figures with an initializer.</summary>
    /// <param name="validity">The dates on which the version is in force, both ends included.</param>
    /// <param name="financing">The financing type with its source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="validity"/> is null.</exception>
    public FundingLineVersion(DateInterval validity, Figure<FinancingType> financing)
    {
        _validity = Preconditions.CheckNotNull(validity);
        Financing = financing;
    }

    /// <summary>The dates on which the version is in force, both ends included.</summary>
    public DateInterval Validity => _validity;

    /// <summary>Whether the version is in force until further notice (its validity ends on <see cref="LocalDate.MaxIsoValue"/>).</summary>
    public bool IsOpenEnded => _validity.End == LocalDate.MaxIsoValue;

    /// <summary>The source of <see cref="Validity"/>: the text that sets when the version starts and ends.</summary>
    public SourceReference ValiditySource { get; init; }

    /// <summary>The legal basis of this version, where it differs from the programme's (a newer directive).</summary>
    public LegalBasis? Basis { get; init; }

    /// <summary>Finanzierungsart: the financing type with its source.</summary>
    public Figure<FinancingType> Financing { get; }

    /// <summary>Fördervolumen: the budget of the line per fiscal year, where known.</summary>
    public Figure<Euro>? Budget { get; init; }

    /// <summary>Fördersatz: the rate for <see cref="FinancingType.Share"/>, as a fraction in (0, 1].</summary>
    public Figure<decimal>? Rate { get; init; }

    /// <summary>Höchstbetrag: the largest grant, where the line sets one.</summary>
    public Figure<Euro>? Cap { get; init; }

    /// <summary>Bagatellgrenze: the smallest grant the line makes; below it there is no grant.</summary>
    public Figure<Euro>? MinimumGrant { get; init; }

    /// <summary>Festbetrag: the fixed amount for <see cref="FinancingType.FixedAmount"/> when it is not per unit.</summary>
    public Figure<Euro>? FixedAmount { get; init; }

    /// <summary>Amounts per unit (per post, per person and quarter) with their limits.</summary>
    public ImmutableArray<UnitAmount> UnitAmounts { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Zuwendungsempfänger: the kinds of body that may apply; empty means the source names none.</summary>
    public ImmutableArray<ApplicantKind> ApplicantKinds
    {
        get;
        init
        {
            field = value.OrEmpty();
            ApplicantKindBits = ApplicantKindMask.Of(field);
        }
    } = [];

    /// <summary>
    /// <see cref="ApplicantKinds"/> as a mask (<see cref="ApplicantKindMask"/>), worked out once when they are set, for
    /// the applicant-kind criterion that defers to the version.
    /// </summary>
    internal long ApplicantKindBits { get; private init; }

    /// <summary>Whether only a Kreis or kreisfreie Stadt that runs a Kommunales Integrationszentrum may apply.</summary>
    public bool RequiresIntegrationCentre { get; init; }

    /// <summary>Weiterleitung: whether the recipient may pass the grant on to third parties (Nr. 12 VVG).</summary>
    public bool PassThroughAllowed { get; init; }

    /// <summary>Vorzeitiger Maßnahmebeginn: whether a measure may start before approval (otherwise VV Nr. 1.3 forbids it).</summary>
    public bool EarlyStartAllowed { get; init; }

    /// <summary>
    /// The provision that makes a request above the <see cref="Cap"/> inadmissible (the request is refused, not
    /// capped); <see langword="null"/>, the usual case, means a request above the cap is capped at the cap in
    /// eligibility, grant calculation and award alike.
    /// </summary>
    public SourceReference? AboveCapInadmissible { get; init; }

    /// <summary>Bewilligungsbehörde: the Bezirksregierung that approves, by its key (059 is Arnsberg).</summary>
    public Figure<RegionKey>? ApprovalAuthority { get; init; }

    /// <summary>Antragsfrist: the yearly application deadline, where the line sets one.</summary>
    public ApplicationDeadline? Deadline { get; init; }

    /// <summary>The source of <see cref="Deadline"/>.</summary>
    public SourceReference DeadlineSource { get; init; }

    /// <summary>Bewilligungszeitraum: when granted money may be called, in each fiscal year.</summary>
    public AnnualPeriod? ApprovalPeriod { get; init; }

    /// <summary>Durchführungszeitraum: when the measure runs, in each fiscal year.</summary>
    public AnnualPeriod? DeliveryPeriod { get; init; }

    /// <summary>The source of <see cref="ApprovalPeriod"/> and <see cref="DeliveryPeriod"/>.</summary>
    public SourceReference PeriodSource { get; init; }

    /// <summary>Verteilschlüssel: the key by which the budget is split, for lines whose grants follow from a key.</summary>
    public DistributionKey? DistributionKey { get; init; }

    /// <summary>Notes in English: how figures combine, what is not known.</summary>
    public ImmutableArray<string> Notes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Finds a unit amount by its identifier.</summary>
    /// <param name="id">The identifier, such as <c>specialist-post</c>.</param>
    /// <returns>The unit amount, or <see langword="null"/> when the version has none with that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public UnitAmount? FindUnit(string id)
    {
        Preconditions.CheckNotNull(id);
        foreach (UnitAmount unit in UnitAmounts)
        {
            if (string.Equals(unit.Id, id, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>Every figure of the version with its source, in a fixed order, for listings and audits.</summary>
    /// <returns>The figures.</returns>
    public IEnumerable<CatalogueFigure> Figures()
    {
        var invariant = CultureInfo.InvariantCulture;
        if (Basis is { } basis)
        {
            yield return new CatalogueFigure("legal basis", basis.Title, basis.Source);
        }

        yield return new CatalogueFigure("validity", ValidityText(), ValiditySource);
        yield return new CatalogueFigure("financing type", Financing.Value.ToString(), Financing.Source);
        if (Budget is { } budget)
        {
            yield return new CatalogueFigure("budget", budget.Value.ToString(invariant), budget.Source);
        }

        if (Rate is { } rate)
        {
            yield return new CatalogueFigure("rate", rate.Value.ToString(invariant), rate.Source);
        }

        if (Cap is { } cap)
        {
            yield return new CatalogueFigure("cap", cap.Value.ToString(invariant), cap.Source);
        }

        if (MinimumGrant is { } minimum)
        {
            yield return new CatalogueFigure("minimum grant", minimum.Value.ToString(invariant), minimum.Source);
        }

        if (FixedAmount is { } fixedAmount)
        {
            yield return new CatalogueFigure("fixed amount", fixedAmount.Value.ToString(invariant), fixedAmount.Source);
        }

        foreach (UnitAmount unit in UnitAmounts)
        {
            yield return new CatalogueFigure($"unit {unit.Id}", unit.Amount.Value.ToString(invariant), unit.Amount.Source);
            if (unit.MaxUnits is { } max)
            {
                yield return new CatalogueFigure($"max units {unit.Id}", max.Value.ToString(invariant), max.Source);
            }

            foreach (KeyValuePair<ApplicantKind, Figure<decimal>> limit in unit.MaxUnitsByKind.OrderBy(p => p.Key))
            {
                yield return new CatalogueFigure($"max units {unit.Id} {limit.Key}", limit.Value.Value.ToString(invariant), limit.Value.Source);
            }
        }

        if (ApprovalAuthority is { } authority)
        {
            yield return new CatalogueFigure("approval authority", authority.Value.Code, authority.Source);
        }

        if (Deadline is { } deadline)
        {
            yield return new CatalogueFigure("application deadline", deadline.ToString(), DeadlineSource);
        }

        if (ApprovalPeriod is { } approval)
        {
            yield return new CatalogueFigure("approval period", approval.ToString(), PeriodSource);
        }

        if (DeliveryPeriod is { } delivery)
        {
            yield return new CatalogueFigure("delivery period", delivery.ToString(), PeriodSource);
        }

        if (DistributionKey is { } key)
        {
            foreach (DistributionIndicator indicator in key.Indicators)
            {
                yield return new CatalogueFigure($"key weight {indicator.Name.English}", indicator.Weight.Value.ToString(invariant), indicator.Weight.Source);
                if (indicator.Total is { } total)
                {
                    yield return new CatalogueFigure($"key total {indicator.Name.English}", total.Value.ToString(invariant), total.Source);
                }
            }

            if (key.Floor is { } floor)
            {
                yield return new CatalogueFigure("key floor", floor.Value.ToString(invariant), floor.Source);
            }

            if (key.Method is { } method)
            {
                yield return new CatalogueFigure("key method", method, key.MethodSource);
            }
        }
    }

    /// <summary>The figures of this version that are marked uncertain ([U]).</summary>
    /// <returns>The uncertain figures, in the order of <see cref="Figures"/>.</returns>
    public IEnumerable<CatalogueFigure> UncertainFigures() => Figures().Where(f => f.Source.IsUncertain);

    /// <summary>Returns the validity and the financing type.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ValidityText()} {Financing.Value}";

    private string ValidityText() =>
        $"{Validity.Start.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)}..{(IsOpenEnded ? "open" : Validity.End.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture))}";
}
