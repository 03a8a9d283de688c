using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// The lines of an allocation before anyone reads them: the amount of each recipient in units and its reasons, in the
/// request's order; <see cref="AllocationResult.Lines"/> makes the line objects from them on first read. An allocation
/// of 100,000 recipients thus costs two arrays instead of 100,000 objects that the garbage collector has to move
/// (issue 16); a caller that reads the lines pays for them then, once.
/// </summary>
/// <remarks>Immutable once built; safe to share across threads.</remarks>
internal sealed class CompactLines(AllocationRequest request, long[] amounts, byte[] reasons, QuotaSource quotas)
{
    /// <summary>The line objects.</summary>
    public AllocationLine[] Materialize()
    {
        var recipients = request.Recipients;
        long unit = request.Unit.Cents;
        var lines = new AllocationLine[amounts.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = new AllocationLine(recipients[i], quotas, Euro.FromCents(amounts[i] * unit), (AllocationReasons)reasons[i]);
        }

        return lines;
    }
}
