namespace Ki.Domain.Eligibility;

/// <summary>
/// What one criterion decided for one application, without texts: the outcome, the values it decided on (a day
/// number, an amount in cents, a bit mask; for all and any the parts met and the parts) and the fact that was missing.
/// A decision keeps one per node of its rule tree; the <see cref="CriterionResult"/> objects are made from them when
/// asked for.
/// </summary>
internal readonly struct Verdict(CriterionOutcome outcome, long a = 0, long b = 0, string? missing = null)
{
    public CriterionOutcome Outcome { get; } = outcome;

    public long A { get; } = a;

    public long B { get; } = b;

    /// <summary>The missing fact of a simple criterion whose outcome is unknown; null otherwise.</summary>
    public string? Missing { get; } = missing;
}
