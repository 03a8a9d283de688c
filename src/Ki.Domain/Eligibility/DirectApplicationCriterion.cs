using System.Collections.Immutable;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Antragsweg zum Zuwendungsgeber: only bodies of the given kinds (with no kinds given, of the kinds the funding line
/// version names) apply to the granting body directly; everyone else applies through the first recipient, which
/// passes the grant on (Weiterleitung, Nr. 12 VVG).
/// </summary>
/// <remarks>
/// <para>
/// Code <c>KI-ELIG-ROUTE</c>: a club, initiative or town that applies to the Land directly fails for its route, not for
/// its kind, because it may well receive the money, through the KI. When neither the rule nor the version names a
/// kind, everyone passes.
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class DirectApplicationCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("direct-application", EligibilityCodes.Route, new("Antragsweg", "Route of the application"), LegalReferences.Route);
    private LocalizedText? _required;

    /// <summary>Creates the criterion.</summary>
    /// <param name="kinds">The kinds that apply directly; empty means the kinds of the funding line version.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public DirectApplicationCriterion(IEnumerable<ApplicantKind> kinds, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Kinds = ApplicantKindCriterion.CheckKinds(kinds);
    }

    /// <summary>The kinds that apply directly, in order; empty means the kinds of the funding line version.</summary>
    public ImmutableArray<ApplicantKind> Kinds { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context)
    {
        ImmutableArray<ApplicantKind> kinds = ApplicantKindCriterion.KindsFor(Kinds, context.Version);
        return Decided(kinds.IsEmpty || kinds.Contains(context.Application.Applicant.Kind));
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        ApplicantKind kind = result.Application.Applicant.Kind;
        LocalizedText actual = new(Texts.KindDe(kind) + ", Antrag direkt beim Zuwendungsgeber", Texts.KindEn(kind) + ", applying to the granting body directly");
        ImmutableArray<ApplicantKind> kinds = ApplicantKindCriterion.KindsFor(Kinds, result.Context.Version);
        if (!Kinds.IsEmpty && _required is { } cached)
        {
            return (actual, cached);
        }

        LocalizedText required = kinds.IsEmpty
            ? new LocalizedText("jeder darf direkt beantragen", "anyone may apply directly")
            : new LocalizedText(
                "direkt beantragen nur: " + string.Join(", ", kinds.Select(Texts.KindDe)) + "; alle anderen über das KI (Weiterleitung)",
                "only " + string.Join(", ", kinds.Select(Texts.KindEn)) + " apply directly; everyone else through the KI (pass-through)");
        if (!Kinds.IsEmpty)
        {
            _required = required;
        }

        return (actual, required);
    }
}
