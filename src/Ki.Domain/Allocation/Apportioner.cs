using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Allocation;

/// <summary>
/// Apportions whole units (seats, staff posts, places; Sitze, Stellen, Plätze) by weight with Hare-Niemeyer, D'Hondt
/// or Sainte-Laguë/Schepers, in units of any size (0.5 posts).
/// </summary>
/// <remarks>
/// <para>
/// All three methods are exact with integer arithmetic. A tie the method leaves open (equal remainders or equal
/// averages at the last unit) is broken in favour of the id that sorts first (ordinal) and reported on the lines
/// concerned (<see cref="ApportionmentLine.IsTie"/>), never silently. The result does not depend on input order.
/// The divisor methods start from the quotas and adjust by at most one unit per recipient, so they cost about the
/// same whatever the number of seats.
/// </para>
/// <para>
/// <see cref="Apportion(ApportionmentMethod, long, ReadOnlySpan{long}, Span{long})"/> is the allocation-free fast
/// path (ties to the lower index). Stateless; safe to use from any thread.
/// </para>
/// </remarks>
public static class Apportioner
{
    /// <summary>The fast path: apportions <paramref name="units"/> whole units over <paramref name="weights"/>.</summary>
    /// <param name="method">The method.</param>
    /// <param name="units">The number of units; not negative.</param>
    /// <param name="weights">The weights (votes, population); not negative, not all zero.</param>
    /// <param name="result">Receives the units per recipient; the same length as <paramref name="weights"/>.</param>
    /// <returns>Whether a tie left open by the method was broken in favour of the lower index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined, or
    /// <paramref name="units"/> or a weight is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> and <paramref name="weights"/> differ in
    /// length, or the weights add up to zero.</exception>
    public static bool Apportion(ApportionmentMethod method, long units, ReadOnlySpan<long> weights, Span<long> result)
    {
        CheckMethod(method);
        UInt128 total = Allocator.CheckFastPath(units, weights, result);
        return Run(method, units, weights, result, default, total);
    }

    /// <summary>Apportions <paramref name="seats"/> whole seats over the recipients and reports ties; see
    /// <see cref="Apportion(ApportionmentMethod, decimal, IEnumerable{AllocationRecipient}, decimal)"/>.</summary>
    /// <param name="method">The method.</param>
    /// <param name="seats">The number of seats or posts; a whole number, not negative.</param>
    /// <param name="recipients">The recipients (id, name, weight); unique ids, no bounds.</param>
    /// <returns>The lines in the input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined, or <paramref name="seats"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="seats"/> is not whole; the recipients are empty, have an id
    /// twice or bounds set; or the weights add up to zero.</exception>
    /// <exception cref="OverflowException">A weight does not fit in 64 bits when scaled to a whole number.</exception>
    public static ApportionmentResult Apportion(ApportionmentMethod method, decimal seats, IEnumerable<AllocationRecipient> recipients) =>
        Apportion(method, seats, recipients, 1m);

    /// <summary>Apportions <paramref name="seats"/> over the recipients and reports ties.</summary>
    /// <param name="method">The method.</param>
    /// <param name="seats">The number of seats or posts; a whole multiple of <paramref name="unit"/>, not negative.</param>
    /// <param name="recipients">The recipients (id, name, weight); unique ids, no bounds.</param>
    /// <param name="unit">The size of one unit: 1 for whole seats, 0.5 for half posts; positive.</param>
    /// <returns>The lines in the input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined, or
    /// <paramref name="seats"/> is negative, or <paramref name="unit"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="seats"/> is not a whole multiple of <paramref name="unit"/>;
    /// the recipients are empty, have an id twice or bounds set; or the weights add up to zero.</exception>
    /// <exception cref="OverflowException">A weight does not fit in 64 bits when scaled to a whole number.</exception>
    public static ApportionmentResult Apportion(ApportionmentMethod method, decimal seats, IEnumerable<AllocationRecipient> recipients, decimal unit)
    {
        CheckMethod(method);
        Preconditions.CheckNotNull(recipients);
        Preconditions.CheckArgumentRange(seats >= 0, seats, $"The number of seats must not be negative, but was {seats.ToString(CultureInfo.InvariantCulture)}.");
        Preconditions.CheckArgumentRange(unit > 0, unit, $"The unit must be positive, but was {unit.ToString(CultureInfo.InvariantCulture)}.");
        decimal unitCount = seats / unit;
        Preconditions.CheckArgument(decimal.Truncate(unitCount) == unitCount && unitCount <= long.MaxValue, nameof(seats),
            $"{seats.ToString(CultureInfo.InvariantCulture)} seats are not a whole number of units of {unit.ToString(CultureInfo.InvariantCulture)}.");
        AllocationRequest request = AllocationRequest.Of(Money.Euro.Zero, recipients);
        foreach (AllocationRecipient r in request.Recipients)
        {
            Preconditions.CheckArgument(!r.HasBounds, nameof(recipients), $"The recipient '{r.Id}' has bounds; apportionment takes weights only.");
        }

        ImmutableArray<AllocationRecipient> list = request.Recipients;
        (int[] order, long[] weights) = Allocator.RankedWeights(list);
        long units = (long)unitCount;
        long[] result = new long[weights.Length];
        bool[] tied = new bool[weights.Length];
        UInt128 total = Allocator.CheckFastPath(units, weights, result);
        bool tie = Run(method, units, weights, result, tied, total);
        var lines = new ApportionmentLine[list.Length];
        for (int k = 0; k < order.Length; k++)
        {
            lines[order[k]] = new ApportionmentLine(list[order[k]], result[k], result[k] * unit, tied[k]);
        }

        return new ApportionmentResult(method, seats, unit, [.. lines], tie);
    }

    private static bool Run(ApportionmentMethod method, long units, ReadOnlySpan<long> weights, Span<long> result, Span<bool> tied, UInt128 total) =>
        method == ApportionmentMethod.HareNiemeyer
            ? LargestRemainder.Distribute(units, weights, result, tied, total)
            : DivisorMethod.Apportion(method == ApportionmentMethod.SainteLague, units, weights, result, tied, total);

    private static void CheckMethod(ApportionmentMethod method)
    {
        if (method is < ApportionmentMethod.HareNiemeyer or > ApportionmentMethod.SainteLague)
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, $"Apportionment method {(int)method} is not defined; pass HareNiemeyer, DHondt or SainteLague.");
        }
    }
}
