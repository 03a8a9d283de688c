using System.Collections.Immutable;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>Alle: every part is met. Fails when a part fails; otherwise unknown when a part is unknown.</summary>
/// <remarks>
/// Code <c>KI-ELIG-ALL</c>. Every part is evaluated, also after a failure, so the result lists every failing part.
/// An empty combination passes. Immutable; safe to share across threads.
/// </remarks>
public sealed class AllCriterion : Criterion
{
    private static readonly LocalizedText TitleText = new("Alle Bedingungen", "All conditions");

    /// <summary>Creates the combination.</summary>
    /// <param name="parts">The parts.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public AllCriterion(IEnumerable<Criterion> parts, string? legalReference = null)
        : base(legalReference, LegalReferences.Combination)
    {
        Parts = Combination.CheckParts(parts);
    }

    /// <summary>The parts.</summary>
    public ImmutableArray<Criterion> Parts { get; }

    /// <inheritdoc />
    public override string Type => "all";

    /// <inheritdoc />
    public override string Code => EligibilityCodes.All;

    /// <inheritdoc />
    internal override LocalizedText Title => TitleText;

    /// <inheritdoc />
    internal override CriterionResult Evaluate(EvaluationContext context)
    {
        ImmutableArray<CriterionResult> results = Combination.EvaluateAll(Parts, context, out int passed, out int failed);
        return new CriterionResult(this, context, Combination.AllOf(passed, failed, results.Length), passed, results.Length, children: results);
    }

    /// <inheritdoc />
    internal override CriterionOutcome Decide(EvaluationContext context)
    {
        Combination.DecideAll(Parts, context, out int passed, out int failed);
        return Combination.AllOf(passed, failed, Parts.Length);
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result) =>
        (Combination.Counted(result), new LocalizedText("alle erfüllt", "all met"));
}
