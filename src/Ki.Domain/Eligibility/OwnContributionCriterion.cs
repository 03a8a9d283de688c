using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Eigenanteil: the applicant's own contribution is at least a share of the eligible costs (Teilfinanzierung, VV zu
/// § 44 LHO Nr. 2.2).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-OWN-CONTRIBUTION</c>. The share is a fraction in [0, 1] with at most six decimals (0.1 for 10 %).
/// The comparison is exact: own contribution ≥ share × eligible costs, without rounding. Costs or an own contribution
/// that the application does not state make the criterion unknown, naming the fact (<c>eligibleCosts</c>,
/// <c>ownContribution</c>); they are never read as 0.00. Immutable; safe to share
/// across threads.
/// </remarks>
public sealed class OwnContributionCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("own-contribution", EligibilityCodes.OwnContribution, new("Eigenanteil", "Own contribution"), LegalReferences.OwnContribution);

    /// <summary>The denominator of <see cref="MinimumShare"/> in the exact comparison (six decimals).</summary>
    internal const long ShareScale = 1_000_000;

    /// <summary>Creates the criterion.</summary>
    /// <param name="minimumShare">The smallest own share of the eligible costs, such as 0.1 for 10 %.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumShare"/> is outside [0, 1] or has more than six decimals.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public OwnContributionCriterion(decimal minimumShare, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Preconditions.CheckRange(minimumShare is >= 0m and <= 1m, minimumShare, "The own share must lie between 0 and 1.", "Der Eigenanteil muss zwischen 0 und 1 liegen.");
        Preconditions.CheckRange(decimal.Truncate(minimumShare * ShareScale) == minimumShare * ShareScale, minimumShare, "The own share may have at most six decimals.", "Der Eigenanteil darf höchstens sechs Nachkommastellen haben.");
        MinimumShare = minimumShare;
        ShareNumerator = (long)(minimumShare * ShareScale);
    }

    /// <summary>The smallest own share of the eligible costs, such as 0.1 for 10 %.</summary>
    public decimal MinimumShare { get; }

    /// <summary>The share × <see cref="ShareScale"/>, exact (six decimals at most), worked out once.</summary>
    private long ShareNumerator { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) =>
        context.Application.EligibleCosts is not { } costs ? Missing(context, FactNames.EligibleCosts)
        : context.Application.OwnContribution is not { } own ? Missing(context, FactNames.OwnContribution)
        : Decided(Meets(own.Cents, costs.Cents, ShareNumerator));

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        LocalizedText requiredStart = _requiredStart ??= new LocalizedText(
            "mindestens " + Texts.PercentDe(MinimumShare) + " der zuwendungsfähigen Ausgaben (",
            "at least " + Texts.PercentEn(MinimumShare) + " of the eligible costs (");
        if (result.Application.EligibleCosts is not { } costs || result.Application.OwnContribution is not { } own)
        {
            return (new LocalizedText("nicht angegeben", "not stated"), new LocalizedText(
                "mindestens " + Texts.PercentDe(MinimumShare) + " der zuwendungsfähigen Ausgaben",
                "at least " + Texts.PercentEn(MinimumShare) + " of the eligible costs"));
        }

        Euro needed = costs.Multiply(MinimumShare, RoundingMode.Ceiling);
        return (new LocalizedText(string.Concat(Texts.De(own), " von ", Texts.De(costs)), string.Concat(Texts.En(own), " of ", Texts.En(costs))),
            new LocalizedText(string.Concat(requiredStart.German, Texts.De(needed), ")"), string.Concat(requiredStart.English, Texts.En(needed), ")")));
    }

    /// <inheritdoc />
    /// <summary>The start of the required text, which depends only on the share (<c>mindestens 10 % der ...</c>).</summary>
    private LocalizedText? _requiredStart;

    /// <summary>Whether own × scale ≥ costs × numerator, exactly.</summary>
    internal static bool Meets(long ownCents, long costCents, long numerator)
    {
        // Below 9 × 10^12 cents both products fit in a long (numerator ≤ scale = 10^6); above, compare in 128 bits.
        const ulong small = 9_000_000_000_000;
        return (ulong)ownCents < small && (ulong)costCents < small
            ? ownCents * ShareScale >= costCents * numerator
            : (Int128)ownCents * ShareScale >= (Int128)costCents * numerator;
    }
}
