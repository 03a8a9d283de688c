using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>Nicht: the part is not met. Pass and fail swap; unknown stays unknown.</summary>
/// <remarks>Code <c>KI-ELIG-NOT</c>. Immutable; safe to share across threads.</remarks>
public sealed class NotCriterion : Criterion
{
    private static readonly LocalizedText TitleText = new("Ausschluss", "Exclusion");

    /// <summary>Creates the negation.</summary>
    /// <param name="part">The part.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public NotCriterion(Criterion part, string? legalReference = null)
        : base(legalReference, LegalReferences.Combination)
    {
        Part = Preconditions.CheckNotNull(part);
    }

    /// <summary>The part that must not be met.</summary>
    public Criterion Part { get; }

    /// <inheritdoc />
    public override string Type => "not";

    /// <inheritdoc />
    public override string Code => EligibilityCodes.Not;

    /// <inheritdoc />
    internal override LocalizedText Title => TitleText;

    /// <inheritdoc />
    internal override CriterionResult Evaluate(EvaluationContext context)
    {
        CriterionResult inner = Part.Evaluate(context);
        return new CriterionResult(this, context, Combination.Negate(inner.Outcome), children: [inner]);
    }

    /// <inheritdoc />
    internal override CriterionOutcome Decide(EvaluationContext context) => Combination.Negate(Part.Decide(context));

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        CriterionResult inner = result.Children[0];
        string de = inner.Outcome switch { CriterionOutcome.Pass => "erfüllt", CriterionOutcome.Fail => "nicht erfüllt", _ => "nicht entscheidbar" };
        string en = inner.Outcome switch { CriterionOutcome.Pass => "met", CriterionOutcome.Fail => "not met", _ => "cannot be decided" };
        return (new LocalizedText($"{inner.Code} {de}", $"{inner.Code} {en}"), new LocalizedText($"{inner.Code} nicht erfüllt", $"{inner.Code} not met"));
    }
}
