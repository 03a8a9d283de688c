namespace Ki.Domain.Eligibility;

/// <summary>
/// What one criterion decided for one application, without texts: the outcome, a detail the explanation needs and
/// cannot read again from the application or the version (for all and any the parts met; for the early start the
/// rule that allowed it) and which fact was missing.
/// A decision keeps one per node of its rule tree; the <see cref="CriterionResult"/> objects are made from them when
/// asked for. It holds no reference (the missing fact is a number the evaluation context resolves), so an array of
/// verdicts is written without write barriers and is not traced by the garbage collector.
/// </summary>
/// <remarks>
/// Twelve bytes, so that every criterion's <c>Judge</c> returns it in two registers (the x64 calling conventions
/// return a struct of up to 16 bytes so) instead of through memory: the evaluation makes one such call per node.
/// Values the explanation can work out again (limits, masks, windows) are not kept.
/// </remarks>
internal readonly struct Verdict(CriterionOutcome outcome, int detail = 0, int missing = 0)
{
    public CriterionOutcome Outcome { get; } = outcome;

    /// <summary>The detail for the explanation: the parts met for all and any, the allowing rule for the early start.</summary>
    public int Detail { get; } = detail;

    /// <summary>
    /// The missing fact of a simple criterion whose outcome is unknown, as its number in
    /// <see cref="EvaluationContext.MissingFact"/>; 0 for none.
    /// </summary>
    public int Missing { get; } = missing;
}
