using System.Collections.Immutable;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>Mindestens eine: at least one part is met. Passes when a part passes; otherwise unknown when a part is unknown.</summary>
/// <remarks>
/// Code <c>KI-ELIG-ANY</c>. Every part is evaluated, also after a pass. An empty combination fails.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class AnyCriterion : Criterion
{
    private static readonly LocalizedText TitleText = new("Mindestens eine Bedingung", "At least one condition");

    /// <summary>Creates the combination.</summary>
    /// <param name="parts">The parts.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public AnyCriterion(IEnumerable<Criterion> parts, string? legalReference = null)
        : base(legalReference, LegalReferences.Combination)
    {
        Parts = Combination.CheckParts(parts);
        _size = Combination.SizeOf(Parts);
    }

    private readonly int _size;

    /// <summary>The parts.</summary>
    public ImmutableArray<Criterion> Parts { get; }

    /// <inheritdoc />
    public override string Type => "any";

    /// <inheritdoc />
    public override string Code => EligibilityCodes.Any;

    /// <inheritdoc />
    internal override LocalizedText Title => TitleText;

    /// <inheritdoc />
    internal override int Size => _size;

    /// <inheritdoc />
    private protected override Verdict Judge(EvaluationContext context)
    {
        Combination.DecideAll(Parts, context, out int passed, out int failed);
        return new Verdict(Combination.AnyOf(passed, failed, Parts.Length), passed, Parts.Length);
    }

    /// <inheritdoc />
    internal override CriterionOutcome Record(EvaluationContext context, Span<Verdict> verdicts)
    {
        Combination.RecordAll(Parts, context, verdicts, out int passed, out int failed);
        CriterionOutcome outcome = Combination.AnyOf(passed, failed, Parts.Length);
        verdicts[0] = new Verdict(outcome, passed, Parts.Length);
        return outcome;
    }

    /// <inheritdoc />
    internal override CriterionResult Result(EvaluationContext context, ReadOnlySpan<Verdict> verdicts) =>
        new(this, context, verdicts[0], Combination.ResultsOf(Parts, context, verdicts));

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result) =>
        (Combination.Counted(result), new LocalizedText("mindestens eine erfüllt", "at least one met"));
}
