using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Zuwendungsempfänger: the applicant is of one of the given kinds; with no kinds given, of one of the kinds the
/// funding line version names (<see cref="FundingLineVersion.ApplicantKinds"/>).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-APPLICANT-KIND</c>. When neither the rule nor the version names a kind, every kind passes (the
/// source sets no restriction). Immutable; safe to share across threads.
/// </remarks>
public sealed class ApplicantKindCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("applicant-kind", EligibilityCodes.ApplicantKind, new("Art des Antragstellers", "Applicant kind"), LegalReferences.ApplicantKind);

    /// <summary>Creates the criterion.</summary>
    /// <param name="kinds">The kinds that may apply; empty means the kinds of the funding line version.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public ApplicantKindCriterion(IEnumerable<ApplicantKind> kinds, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Kinds = CheckKinds(kinds);
        _mask = ApplicantKindMask.Of(Kinds);
    }

    /// <summary>The kinds that may apply, in order; empty means the kinds of the funding line version.</summary>
    public ImmutableArray<ApplicantKind> Kinds { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => JudgeByTest(in context, Column);

    // The fact the criterion's tests read.
    private const FactColumn Column = FactColumn.KindBit;

    /// <inheritdoc />
    internal override FactTest MakeTest(FundingLineVersion version, FiscalYear year) =>
        MaskFor(version) is var mask && mask != 0 ? FactTest.AnyBit(Column, mask) : FactTest.Always;

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        ApplicantKind kind = result.Application.Applicant.Kind;
        long mask = MaskFor(result.Context.Version);
        LocalizedText actual = new(Texts.KindDe(kind), Texts.KindEn(kind));
        if (mask == 0)
        {
            return (actual, new LocalizedText("jede Art (die Förderlinie nennt keine)", "any kind (the line names none)"));
        }

        if (_required is not { } cached || cached.Mask != mask)
        {
            ApplicantKind[] allowed = [.. Enum.GetValues<ApplicantKind>().Where(k => (mask & ApplicantKindMask.Bit(k)) != 0)];
            cached = new RequiredCache(mask, new LocalizedText(
                "eine von: " + string.Join(", ", allowed.Select(Texts.KindDe)),
                "one of: " + string.Join(", ", allowed.Select(Texts.KindEn))));
            _required = cached;
        }

        return (actual, cached.Text);
    }

    private RequiredCache? _required;


    /// <summary>The required text for one mask of kinds (the last one asked for; masks differ only between versions).</summary>
    private sealed class RequiredCache(long mask, LocalizedText text)
    {
        public long Mask { get; } = mask;

        public LocalizedText Text { get; } = text;
    }

    /// <summary>The kinds of a rule (<see cref="ApplicantKindCriterion"/>, <see cref="DirectApplicationCriterion"/>): distinct, in order, each defined.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    internal static ImmutableArray<ApplicantKind> CheckKinds(IEnumerable<ApplicantKind> kinds)
    {
        Preconditions.CheckNotNull(kinds);
        ApplicantKind[] all = [.. kinds.Distinct().Order()];
        foreach (ApplicantKind kind in all)
        {
            Preconditions.CheckRange(kind is >= ApplicantKind.Kreis and <= ApplicantKind.VolunteerInitiative, kind, "The applicant kind is not defined.", "Die Antragstellerart ist nicht definiert.");
        }

        return [.. all];
    }

    /// <summary>The kinds a rule names, or with none named, the kinds the funding line version names.</summary>
    internal static ImmutableArray<ApplicantKind> KindsFor(ImmutableArray<ApplicantKind> kinds, FundingLineVersion version) =>
        kinds.IsEmpty ? version.ApplicantKinds : kinds;

    /// <summary>The bits of the rule's own kinds, worked out once; with none named, the version's kinds are used.</summary>
    private readonly long _mask;

    private long MaskFor(FundingLineVersion version) => Kinds.IsEmpty ? version.ApplicantKindBits : _mask;
}
