using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// What a criterion looks at when it judges one application: the application, the funding line version, the as-of
/// date, what the gazetteer says about the applicant and, for a final recipient's request, the first recipient; and
/// where missing facts are noted, if anywhere.
/// </summary>
/// <remarks>
/// A struct on the caller's stack, passed by reference: the evaluator and screening make one per application, which
/// costs neither an allocation nor a thread-static lookup nor a write into a shared object (issue 16). A pass that
/// keeps its results or notes missing facts runs in an <see cref="EvaluationContext"/>, which holds one of these.
/// </remarks>
internal readonly struct EvaluationInput(Application application, FundingLineVersion version, LocalDate asOf, Territory territory, Applicant? firstRecipient, EvaluationContext? noting)
{
    private readonly EvaluationContext? _noting = noting;

    /// <summary>The application.</summary>
    public Application Application { get; } = application;

    /// <summary>The funding line version whose rules apply.</summary>
    public FundingLineVersion Version { get; } = version;

    /// <summary>The date of the decision; it stands for the approval date (Bewilligung).</summary>
    public LocalDate AsOf { get; } = asOf;

    /// <summary>What the gazetteer says about a territorial applicant.</summary>
    public Territory Territory { get; } = territory;

    /// <summary>The first recipient that passes its award on, when a final recipient's request is evaluated.</summary>
    public Applicant? FirstRecipient { get; } = firstRecipient;

    /// <summary>Whether the applicant runs a KI: as stated, otherwise as the gazetteer says for its official key.</summary>
    public bool? RunsIntegrationCentre => Application.Applicant.RunsIntegrationCentre ?? Territory.RunsIntegrationCentre;

    /// <summary>
    /// Whether missing facts are noted (<see cref="NoteMissing"/>): in a context's pass, so that the decision names
    /// every one; not when only the outcome is wanted, which lets all and any stop at the part that settles them.
    /// </summary>
    public bool NotesMissing => _noting is not null;

    /// <summary>Notes a missing fact and returns its number for a <see cref="Verdict"/>: 1 and up, or 0 when not noting.</summary>
    /// <param name="fact">The fact's name.</param>
    /// <returns>The number that <see cref="EvaluationContext.MissingFact"/> resolves.</returns>
    public int NoteMissing(string fact) => _noting?.NoteMissing(fact) ?? 0;
}
