using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>Gemeinnützigkeit: the applicant is recognised as non-profit.</summary>
/// <remarks>
/// Code <c>KI-ELIG-NON-PROFIT</c>. Needs the fact <c>applicant.nonProfit</c>; without it the answer is unknown.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class NonProfitCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("non-profit", EligibilityCodes.NonProfit, new("Gemeinnützigkeit", "Non-profit status"), LegalReferences.NonProfit);

    /// <summary>Creates the criterion.</summary>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public NonProfitCriterion(string? legalReference = null)
        : base(legalReference, Kind)
    {
    }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => JudgeByTest(in context, Column);

    // The fact the criterion's tests read.
    private const FactColumn Column = FactColumn.NonProfit;

    /// <inheritdoc />
    internal override FactTest MakeTest(FundingLineVersion version, FiscalYear year) => Test;

    private static readonly FactTest Test = FactTest.Between(Column, 1, 1);

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result) => (
        result.IsPass ? new LocalizedText("gemeinnützig", "non-profit") : new LocalizedText("nicht gemeinnützig", "not non-profit"),
        new LocalizedText("gemeinnützig", "non-profit"));
}
