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
/// A context a decision keeps never changes after the evaluation that made it: the evaluation notes the missing
/// facts in it while it records the verdicts, before the decision is handed out. Only a screening loop, which keeps no
/// context, points one it made for itself at the next application (<see cref="Rebind"/>) instead of making one per
/// application.
/// </remarks>
internal sealed class EvaluationContext(Application application, FundingLineVersion version, LocalDate asOf, Territory? territory = null, Applicant? firstRecipient = null)
{
    /// <summary>What the gazetteer says about a territorial applicant.</summary>
    public Territory Territory { get; private set; } = territory ?? Territory.None;

    /// <summary>Whether the applicant runs a KI: as stated, otherwise as the gazetteer says for its official key.</summary>
    public bool? RunsIntegrationCentre => Application.Applicant.RunsIntegrationCentre ?? Territory.RunsIntegrationCentre;

    /// <summary>The first recipient that passes its award on, when a final recipient's request is evaluated.</summary>
    public Applicant? FirstRecipient { get; } = firstRecipient;

    /// <summary>The application.</summary>
    public Application Application { get; private set; } = application;

    /// <summary>The funding line version whose rules apply.</summary>
    public FundingLineVersion Version { get; } = version;

    /// <summary>The date of the decision; it stands for the approval date (Bewilligung).</summary>
    public LocalDate AsOf { get; } = asOf;

    /// <summary>Points a screening loop's own context at the next application; never used on a context a decision keeps.</summary>
    /// <param name="next">The application.</param>
    /// <param name="territory">What the gazetteer says about its applicant.</param>
    public void Rebind(Application next, Territory territory)
    {
        Application = next;
        Territory = territory;
    }

    /// <summary>
    /// Whether missing facts are noted for the verdicts (<see cref="NoteMissing"/>); a screening context, which
    /// keeps only outcomes, turns it off.
    /// </summary>
    public bool NotesMissing { get; init; } = true;

    /// <summary>The facts found missing, each once, in the order they were first noted; null while none is.</summary>
    private List<string>? _missing;

    /// <summary>The facts found missing, each once, in the order the criteria were recorded (depth first).</summary>
    public ImmutableArray<string> MissingFacts => _missing is null ? [] : [.. _missing];

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
