using System.Numerics;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// The quotas of one split, computed when a line's <see cref="AllocationLine.Quota"/> is read: a recipient between its
/// bounds has the quota <c>(base_i·Wf + R·w_i)·unit / Wf</c> (R: the units the free recipients split, Wf: their total
/// weight), a recipient at a bound or without weight has its amount. Keeping the four numbers of the split instead of
/// a <see cref="BigInteger"/> fraction per line is what makes an explained allocation cheap (issue 16).
/// </summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
internal sealed class SplitQuotas(AllocationRequest request, decimal factor, UInt128 freeWeight, long rest) : QuotaSource
{
    private const AllocationReasons Bounds = AllocationReasons.Floor | AllocationReasons.Cap | AllocationReasons.Demand;

    /// <inheritdoc />
    public override ExactAmount QuotaOf(AllocationLine line)
    {
        // A free recipient never carries a bound flag and always has weight; a recipient without weight is held at
        // its base amount (clamped to its bounds), which is its amount.
        long unit = request.Unit.Cents;
        long weight = (line.Reasons & Bounds) != 0 || freeWeight == 0 ? 0 : Allocator.ScaleWeight(line.Recipient, factor);
        if (weight == 0)
        {
            return new ExactAmount(line.Amount.Cents, BigInteger.One);
        }

        long baseUnits = (line.Recipient.Base ?? request.Base ?? Euro.Zero).Cents / unit;
        var denominator = (BigInteger)freeWeight;
        BigInteger numerator = ((baseUnits * denominator) + ((BigInteger)rest * weight)) * unit;
        return new ExactAmount(numerator, denominator);
    }
}
