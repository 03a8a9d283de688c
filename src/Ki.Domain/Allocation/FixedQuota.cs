namespace Ki.Domain.Allocation;

/// <summary>A quota given as a value, such as one read from a result document.</summary>
internal sealed class FixedQuota(ExactAmount value) : QuotaSource
{
    /// <inheritdoc />
    public override ExactAmount QuotaOf(AllocationLine line) => value;
}
