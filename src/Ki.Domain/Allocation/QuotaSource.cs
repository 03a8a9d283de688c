namespace Ki.Domain.Allocation;

/// <summary>
/// Where a line's exact quota comes from: a value read from a document, or the split that made the line, which
/// computes it on demand from the line's recipient (so an allocation stores no fraction per line).
/// </summary>
internal abstract class QuotaSource
{
    /// <summary>The exact quota of <paramref name="line"/>.</summary>
    public abstract ExactAmount QuotaOf(AllocationLine line);
}
