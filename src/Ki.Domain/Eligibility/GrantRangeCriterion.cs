using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Zuwendungshöhe: the requested grant reaches the minimum grant (Bagatellgrenze, VV zu § 44 LHO Nr. 1.1); a request
/// above the cap (Höchstbetrag) is capped, not refused, and the result names the cap. The rule's own limits win; a
/// limit the rule leaves open is the funding line version's (<see cref="FundingLineVersion.MinimumGrant"/>,
/// <see cref="FundingLineVersion.Cap"/>).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-GRANT-RANGE</c>. Amounts are exact to the cent. With no limit at all every amount passes. Only a
/// line that marks requests above the cap inadmissible (<see cref="FundingLineVersion.AboveCapInadmissible"/>, with
/// the provision that says so) fails a request above it; otherwise eligibility, grant calculation and award all
/// cap it the same way.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class GrantRangeCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("grant-range", EligibilityCodes.GrantRange, new("Höhe der beantragten Zuwendung", "Requested grant"), LegalReferences.GrantRange);

    /// <summary>Creates the criterion.</summary>
    /// <param name="minimum">The smallest grant; <see langword="null"/> means the version's minimum grant.</param>
    /// <param name="maximum">The largest grant; <see langword="null"/> means the version's cap.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative.</exception>
    /// <exception cref="ArgumentException">The minimum exceeds the maximum, or <paramref name="legalReference"/> is blank.</exception>
    public GrantRangeCriterion(Euro? minimum = null, Euro? maximum = null, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Preconditions.CheckRange(minimum is not { IsNegative: true }, minimum, "The minimum grant must not be negative.", "Die Mindestzuwendung darf nicht negativ sein.");
        Preconditions.CheckRange(maximum is not { IsNegative: true }, maximum, "The maximum grant must not be negative.", "Die Höchstzuwendung darf nicht negativ sein.");
        Preconditions.CheckArgument(minimum is null || maximum is null || minimum.Value <= maximum.Value, nameof(minimum), $"The minimum {minimum} exceeds the maximum {maximum}.", $"Der Mindestbetrag {minimum} übersteigt den Höchstbetrag {maximum}.");
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The rule's own smallest grant; <see langword="null"/> means the version's minimum grant.</summary>
    public Euro? Minimum { get; }

    /// <summary>The rule's own largest grant; <see langword="null"/> means the version's cap.</summary>
    public Euro? Maximum { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => JudgeByTest(in context, Column);

    // The fact the criterion's tests read.
    private const FactColumn Column = FactColumn.RequestedCents;

    /// <inheritdoc />
    internal override FactTest MakeTest(FundingLineVersion version, FiscalYear year)
    {
        // Above the cap a request passes (and is capped) unless the version refuses it.
        VersionLimits limits = Limits(version);
        return FactTest.Between(Column, limits.Low, limits.RefusedAbove ? limits.High : long.MaxValue);
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        Euro requested = result.Application.RequestedAmount;
        VersionLimits limits = Limits(result.Context.Version);
        LocalizedText actual = requested.Cents > limits.High && result.Outcome == CriterionOutcome.Pass
            ? new($"{Texts.De(requested)}, gekappt auf den Höchstbetrag von {Texts.De(Euro.FromCents(limits.High))}",
                $"{Texts.En(requested)}, capped at the cap of {Texts.En(Euro.FromCents(limits.High))}")
            : new(Texts.De(requested), Texts.En(requested));
        if (_required is not { } cached || cached.Low != limits.Low || cached.High != limits.High)
        {
            cached = new RequiredCache(limits.Low, limits.High, RequiredText(limits.Low, limits.High));
            _required = cached;
        }

        return (actual, cached.Text);
    }

    private RequiredCache? _required;

    private static LocalizedText RequiredText(long lowCents, long highCents)
    {
        bool hasLow = lowCents != long.MinValue;
        bool hasHigh = highCents != long.MaxValue;
        Euro low = Euro.FromCents(lowCents);
        Euro high = Euro.FromCents(highCents);
        return (hasLow, hasHigh) switch
        {
            (true, true) => new($"{Texts.De(low)} bis {Texts.De(high)}", $"{Texts.En(low)} to {Texts.En(high)}"),
            (true, false) => new($"mindestens {Texts.De(low)}", $"at least {Texts.En(low)}"),
            (false, true) => new($"höchstens {Texts.De(high)}", $"at most {Texts.En(high)}"),
            _ => new("keine Grenze (die Förderlinie setzt keine)", "no limit (the line sets none)"),
        };
    }

    /// <summary>The required text for the last limits seen; replaced, never changed, so a race only formats twice.</summary>
    private sealed class RequiredCache(long low, long high, LocalizedText text)
    {
        public long Low { get; } = low;

        public long High { get; } = high;

        public LocalizedText Text { get; } = text;
    }

    private VersionLimits Limits(FundingLineVersion version)
    {
        // A rule set is evaluated against one version at a time, so the limits of the last version are kept (an
        // immutable pair, swapped whole: safe across threads).
        if (_limits is { } cached && ReferenceEquals(cached.Version, version))
        {
            return cached;
        }

        var limits = new VersionLimits(version,
            (Minimum ?? version.MinimumGrant?.Value)?.Cents ?? long.MinValue,
            (Maximum ?? version.Cap?.Value)?.Cents ?? long.MaxValue,
            version.AboveCapInadmissible is not null);
        _limits = limits;
        return limits;
    }

    private VersionLimits? _limits;

    /// <summary>The limits that apply under one version.</summary>
    private sealed class VersionLimits(FundingLineVersion version, long low, long high, bool refusedAbove)
    {
        public FundingLineVersion Version { get; } = version;

        public long Low { get; } = low;

        public long High { get; } = high;

        public bool RefusedAbove { get; } = refusedAbove;
    }
}
