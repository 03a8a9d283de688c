using System.Collections.Immutable;

namespace Ki.Domain.Allocation;

/// <summary>
/// A request's weights as whole numbers, all scaled by one power of ten, and whether any recipient has a bound: worked
/// out once when the request is made, while its recipients are fresh in memory, so that each allocation reads one
/// array of numbers instead of every recipient object twice (issue 16: at 100,000 recipients that reading was about
/// half of the explained allocation). Shared by the copies a request's <c>With…</c> methods make, whose recipients
/// are the same. Immutable; safe to share across threads.
/// </summary>
internal sealed class ScaledWeights
{
    private ScaledWeights(long[] values, decimal factor, bool anyRecipientBounds)
    {
        Values = values;
        Factor = factor;
        AnyRecipientBounds = anyRecipientBounds;
    }

    /// <summary>Each recipient's weight times <see cref="Factor"/>, in the request's order. Never written after construction.</summary>
    public long[] Values { get; }

    /// <summary>The power of ten that makes every weight whole.</summary>
    public decimal Factor { get; }

    /// <summary>Whether any recipient has its own base amount, floor, cap or demand.</summary>
    public bool AnyRecipientBounds { get; }

    /// <summary>Scales the weights.</summary>
    /// <exception cref="OverflowException">A weight does not fit in 64 bits when scaled; the message names it.</exception>
    public static ScaledWeights Of(ImmutableArray<AllocationRecipient> recipients)
    {
        decimal factor = Allocator.PowerOfTen(Allocator.CommonScale(recipients));
        long[] values = new long[recipients.Length];
        bool bounds = false;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Allocator.ScaleWeight(recipients[i], factor);
            bounds |= recipients[i].HasBounds;
        }

        return new ScaledWeights(values, factor, bounds);
    }

    /// <summary>
    /// Scales the weights when they fit, or returns null when one does not: the request is still valid, and
    /// <see cref="Allocator.Allocate(AllocationRequest)"/> reports the weight that does not fit when it is asked to
    /// split by it.
    /// </summary>
    public static ScaledWeights? TryOf(ImmutableArray<AllocationRecipient> recipients)
    {
        try
        {
            return Of(recipients);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
