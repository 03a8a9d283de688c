namespace Ki.Domain.Eligibility;

/// <summary>
/// What one criterion decided for one application, without texts: the outcome, the values it decided on (a day
/// number, an amount in cents, a bit mask; for all and any the parts met and the parts) and which fact was missing.
/// A decision keeps one per node of its rule tree; the <see cref="CriterionResult"/> objects are made from them when
/// asked for. It holds no reference (the missing fact is a number the evaluation context resolves), so an array of
/// verdicts is written without write barriers and is not traced by the garbage collector.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)] // 24 bytes, not 32 with padding
internal readonly struct Verdict(CriterionOutcome outcome, long a = 0, long b = 0, int missing = 0)
{
    public CriterionOutcome Outcome { get; } = outcome;

    public long A { get; } = a;

    public long B { get; } = b;

    /// <summary>
    /// The missing fact of a simple criterion whose outcome is unknown, as its number in
    /// <see cref="EvaluationContext.MissingFact"/>; 0 for none.
    /// </summary>
    public int Missing { get; } = missing;
}
