using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// The answer of one criterion for one application: pass, fail or unknown, the actual and the required value, the
/// stable code, a message in German and English, the legal reference and, for all/any/not, the answers of the parts.
/// </summary>
/// <remarks>
/// <para>
/// The texts (<see cref="Actual"/>, <see cref="Required"/>, <see cref="Message"/>) are formatted from the decided
/// values on first access and then kept, so a screening that only needs the outcome does not pay for them; the
/// outcome never depends on them. Dates are German calendar dates, amounts exact to the cent.
/// </para>
/// <para>Equality is reference equality. Immutable (the texts are computed once, deterministically); safe to share across threads.</para>
/// </remarks>
public sealed class CriterionResult
{
    private Explanation? _explanation;

    internal CriterionResult(Criterion criterion, EvaluationContext context, Verdict verdict, ImmutableArray<CriterionResult> children = default)
    {
        Criterion = criterion;
        Context = context;
        Outcome = verdict.Outcome;
        Detail = verdict.Detail;
        MissingFacts = children.IsDefault
            ? (context.MissingFact(verdict.Missing) is { } fact ? [fact] : [])
            : NoneMissing(children) ? [] : [.. children.SelectMany(c => c.MissingFacts).Distinct(StringComparer.Ordinal)];
        Children = children.IsDefault ? [] : children;
    }

    /// <summary>The criterion that was evaluated.</summary>
    public Criterion Criterion { get; }

    /// <summary>The stable code of the criterion, such as <c>KI-ELIG-APPLICANT-KIND</c>.</summary>
    public string Code => Criterion.Code;

    /// <summary>Whether the criterion is met, not met, or not decidable.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>Whether the criterion is met.</summary>
    public bool IsPass => Outcome == CriterionOutcome.Pass;

    /// <summary>The legal reference of the criterion.</summary>
    public string LegalReference => Criterion.LegalReference;

    /// <summary>The facts that were missing; empty unless <see cref="Outcome"/> is <see cref="CriterionOutcome.Unknown"/> (or a part was).</summary>
    public ImmutableArray<string> MissingFacts { get; }

    /// <summary>The answers of the parts of an all/any/not criterion; empty for a simple criterion.</summary>
    public ImmutableArray<CriterionResult> Children { get; }

    /// <summary>The actual value, in German and English, such as <c>Wohlfahrtsverband</c>.</summary>
    public LocalizedText Actual => Explain().Actual;

    /// <summary>The required value, in German and English, such as <c>eine von: Kreis, kreisfreie Stadt</c>.</summary>
    public LocalizedText Required => Explain().Required;

    /// <summary>The whole answer as a sentence in German and English.</summary>
    public LocalizedText Message => Explain().Message;

    /// <summary>The application's figures and the version's rules the criterion looked at.</summary>
    internal EvaluationContext Context { get; }

    /// <summary>The application evaluated.</summary>
    internal Application Application => Context.Application;

    /// <summary>The detail of the verdict (<see cref="Verdict.Detail"/>).</summary>
    internal int Detail { get; }

    /// <summary>Every result of this tree, this one first, depth first.</summary>
    /// <returns>The results.</returns>
    public IEnumerable<CriterionResult> Flatten()
    {
        yield return this;
        foreach (CriterionResult child in Children)
        {
            foreach (CriterionResult descendant in child.Flatten())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Returns the code and the outcome.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Outcome}";

    private static bool NoneMissing(ImmutableArray<CriterionResult> children)
    {
        foreach (CriterionResult child in children)
        {
            if (!child.MissingFacts.IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private Explanation Explain() => _explanation ??= Criterion.Explain(this);
}
