using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>Nicht: the part is not met. Pass and fail swap; unknown stays unknown.</summary>
/// <remarks>Code <c>KI-ELIG-NOT</c>. Immutable; safe to share across threads.</remarks>
public sealed class NotCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("not", EligibilityCodes.Not, new("Ausschluss", "Exclusion"), LegalReferences.Combination);

    /// <summary>Creates the negation.</summary>
    /// <param name="part">The part.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public NotCriterion(Criterion part, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Part = Preconditions.CheckNotNull(part);
        _size = checked(1 + part.Size);
    }

    private readonly int _size;

    /// <summary>The part that must not be met.</summary>
    public Criterion Part { get; }

    /// <inheritdoc />
    internal override int Size => _size;

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => new(Combination.Negate(Part.Judge(context).Outcome));

    /// <inheritdoc />
    internal override CriterionOutcome Record(EvaluationContext context, Span<Verdict> verdicts)
    {
        CriterionOutcome outcome = Combination.Negate(Part.Record(context, verdicts[1..]));
        verdicts[0] = new Verdict(outcome);
        return outcome;
    }

    /// <inheritdoc />
    internal override CriterionResult Result(EvaluationContext context, ReadOnlySpan<Verdict> verdicts) =>
        new(this, context, verdicts[0], [Part.Result(context, verdicts[1..])]);

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        CriterionResult inner = result.Children[0];
        string de = inner.Outcome switch { CriterionOutcome.Pass => "erfüllt", CriterionOutcome.Fail => "nicht erfüllt", _ => "nicht entscheidbar" };
        string en = inner.Outcome switch { CriterionOutcome.Pass => "met", CriterionOutcome.Fail => "not met", _ => "cannot be decided" };
        return (new LocalizedText($"{inner.Code} {de}", $"{inner.Code} {en}"), new LocalizedText($"{inner.Code} nicht erfüllt", $"{inner.Code} not met"));
    }
}
