using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// A pass over the rules that notes missing facts and whose results keep it: the <see cref="EvaluationInput"/> the
/// criteria judge, and the facts found missing, each once, in the order they were first noted.
/// </summary>
/// <remarks>
/// Made for the passes that explain (a decision's results, its missing facts), never for finding an outcome alone. A
/// context that results keep never changes after the pass that made them: the pass notes the missing facts before the
/// results are handed out.
/// </remarks>
internal sealed class EvaluationContext
{
    /// <summary>The facts found missing, each once, in the order they were first noted; null while none is.</summary>
    private List<string>? _missing;

    /// <summary>Creates a context for a pass over the rules.</summary>
    /// <param name="application">The application.</param>
    /// <param name="version">The funding line version whose rules apply.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <param name="territory">What the gazetteer says about the applicant; null for nothing.</param>
    /// <param name="firstRecipient">The first recipient, for a final recipient's request.</param>
    public EvaluationContext(Application application, FundingLineVersion version, LocalDate asOf, Territory? territory = null, Applicant? firstRecipient = null)
    {
        Input = new EvaluationInput(application, version, asOf, territory ?? Territory.None, firstRecipient, this);
    }

    /// <summary>What the criteria judge, noting missing facts here.</summary>
    public readonly EvaluationInput Input;

    /// <summary>The application.</summary>
    public Application Application => Input.Application;

    /// <summary>The funding line version whose rules apply.</summary>
    public FundingLineVersion Version => Input.Version;

    /// <summary>The date of the decision.</summary>
    public LocalDate AsOf => Input.AsOf;

    /// <summary>What the gazetteer says about a territorial applicant.</summary>
    public Territory Territory => Input.Territory;

    /// <summary>The first recipient that passes its award on, when a final recipient's request is evaluated.</summary>
    public Applicant? FirstRecipient => Input.FirstRecipient;

    /// <summary>The facts found missing, each once, in the order the criteria were recorded (depth first).</summary>
    public ImmutableArray<string> MissingFacts => _missing is null or { Count: 0 } ? [] : [.. _missing];

    /// <summary>Notes a missing fact and returns its number for a <see cref="Verdict"/>.</summary>
    /// <param name="fact">The fact's name.</param>
    /// <returns>The number that <see cref="MissingFact"/> resolves: 1 and up.</returns>
    public int NoteMissing(string fact)
    {
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
