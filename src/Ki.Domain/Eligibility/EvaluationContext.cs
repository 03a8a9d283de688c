using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// What one evaluation looks at: the application, the funding line version, the as-of date, what the gazetteer says
/// about the applicant and, for a final recipient's request, the first recipient.
/// </summary>
/// <remarks>
/// A context a decision keeps (for its results, made when first asked for) never changes after the pass that made
/// them: the pass notes the missing facts in it before the results are handed out. The evaluator's own pass, which
/// keeps only the outcome and the missing facts, and a screening loop, which keeps nothing, use a context of their
/// thread (<see cref="Scratch(Application, FundingLineVersion, LocalDate)"/>) pointed at each application in turn instead of making one per application.
/// </remarks>
internal sealed class EvaluationContext(Application application, FundingLineVersion version, LocalDate asOf, Territory? territory = null, Applicant? firstRecipient = null)
{
    /// <summary>What the gazetteer says about a territorial applicant.</summary>
    public Territory Territory { get; private set; } = territory ?? Territory.None;

    /// <summary>Whether the applicant runs a KI: as stated, otherwise as the gazetteer says for its official key.</summary>
    public bool? RunsIntegrationCentre => Application.Applicant.RunsIntegrationCentre ?? Territory.RunsIntegrationCentre;

    /// <summary>The first recipient that passes its award on, when a final recipient's request is evaluated.</summary>
    public Applicant? FirstRecipient { get; private set; } = firstRecipient;

    /// <summary>The application.</summary>
    public Application Application { get; private set; } = application;

    /// <summary>The funding line version whose rules apply.</summary>
    public FundingLineVersion Version { get; private set; } = version;

    /// <summary>The date of the decision; it stands for the approval date (Bewilligung).</summary>
    public LocalDate AsOf { get; private set; } = asOf;

    [ThreadStatic]
    private static EvaluationContext? t_scratch;

    /// <summary>
    /// This thread's context, pointed at an evaluation and with no missing facts noted: for a pass whose context no
    /// result keeps. The criteria never evaluate anything themselves, so one pass never runs inside another.
    /// </summary>
    /// <param name="application">The application.</param>
    /// <param name="version">The funding line version whose rules apply.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <param name="territory">What the gazetteer says about the applicant.</param>
    /// <param name="firstRecipient">The first recipient, for a final recipient's request.</param>
    /// <param name="notesMissing">Whether the pass notes missing facts (screening does not).</param>
    /// <returns>The context.</returns>
    public static EvaluationContext Scratch(Application application, FundingLineVersion version, LocalDate asOf, Territory territory, Applicant? firstRecipient, bool notesMissing) =>
        Scratch(application, version, asOf).PointAt(application, version, asOf, territory, firstRecipient, notesMissing);

    /// <summary>This thread's context as it is, for a loop that points it at each application in turn (<see cref="PointAt"/>).</summary>
    /// <param name="application">An application, should the thread have no context yet.</param>
    /// <param name="version">A funding line version, likewise.</param>
    /// <param name="asOf">A date, likewise.</param>
    /// <returns>The context.</returns>
    public static EvaluationContext Scratch(Application application, FundingLineVersion version, LocalDate asOf) =>
        t_scratch ??= new EvaluationContext(application, version, asOf);

    /// <summary>Points this thread's context at an evaluation, with no missing facts noted.</summary>
    /// <param name="application">The application.</param>
    /// <param name="version">The funding line version whose rules apply.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <param name="territory">What the gazetteer says about the applicant.</param>
    /// <param name="firstRecipient">The first recipient, for a final recipient's request.</param>
    /// <param name="notesMissing">Whether the pass notes missing facts (screening does not).</param>
    /// <returns>This context.</returns>
    public EvaluationContext PointAt(Application application, FundingLineVersion version, LocalDate asOf, Territory territory, Applicant? firstRecipient, bool notesMissing)
    {
        Application = application;
        AsOf = asOf;
        NotesMissing = notesMissing;
        _missing?.Clear();

        // A reference stored into a long-lived object costs a write barrier; a loop over one line's applications
        // passes the same version, and mostly the same territory and first recipient, so those are stored only when
        // they change.
        if (!ReferenceEquals(Version, version))
        {
            Version = version;
        }

        if (!ReferenceEquals(Territory, territory))
        {
            Territory = territory;
        }

        if (!ReferenceEquals(FirstRecipient, firstRecipient))
        {
            FirstRecipient = firstRecipient;
        }

        return this;
    }

    /// <summary>
    /// Whether missing facts are noted for the verdicts (<see cref="NoteMissing"/>); a screening context, which
    /// keeps only outcomes, turns it off.
    /// </summary>
    public bool NotesMissing { get; private set; } = true;

    /// <summary>The facts found missing, each once, in the order they were first noted; null while none is.</summary>
    private List<string>? _missing;

    /// <summary>The facts found missing, each once, in the order the criteria were recorded (depth first).</summary>
    public ImmutableArray<string> MissingFacts => _missing is null or { Count: 0 } ? [] : [.. _missing];

    /// <summary>Notes a missing fact and returns its number for a <see cref="Verdict"/>: 1 and up, or 0 when not noting.</summary>
    /// <param name="fact">The fact's name.</param>
    /// <returns>The number that <see cref="MissingFact"/> resolves.</returns>
    public int NoteMissing(string fact)
    {
        if (!NotesMissing)
        {
            return 0;
        }

        _missing ??= [];
        int index = _missing.IndexOf(fact);
        if (index < 0)
        {
            _missing.Add(fact);
            index = _missing.Count - 1;
        }

        return index + 1;
    }

    /// <summary>The fact a verdict's number stands for, or null for 0.</summary>
    /// <param name="number">The number from <see cref="Verdict.Missing"/>.</param>
    /// <returns>The fact's name, or null.</returns>
    public string? MissingFact(int number) => number == 0 ? null : _missing![number - 1];
}
