using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// Splits a budget over recipients by weight (Verteilung nach Schlüssel), exact to the unit: every amount is a whole
/// number of units (default one cent), the amounts add up to the budget, and the leftover units after rounding down go
/// to the largest remainders (Hare-Niemeyer), equal remainders to the id that sorts first.
/// </summary>
/// <remarks>
/// <para>
/// Recipient i's exact quota is <c>q_i = B·w_i/Σw</c>; it gets <c>floor(q_i)</c> or one unit more, so every amount is
/// within one unit of its quota. With bounds (a base amount, a floor, a cap, a demand) recipient i gets
/// <c>x_i = clamp(base_i + λ·w_i, floor_i, min(cap_i, demand_i))</c> for the one λ that makes the <c>x_i</c> add up to the
/// budget; a recipient at a bound gets the bound exactly, the others are rounded as without bounds. If every recipient
/// with weight sits at its cap or demand, the rest is reported as <see cref="AllocationResult.Unallocated"/>; so is a
/// part of the budget smaller than one unit (20,625.06 EUR split in whole euros leaves 0.06 EUR unallocated).
/// </para>
/// <para>
/// Everything is integer arithmetic (64-bit inputs, 128-bit products); there is no floating point. The result never
/// depends on the order of the recipients. Decimal weights are scaled to integers by the smallest common power of
/// ten, which changes no ratio.
/// </para>
/// <para>
/// <see cref="Allocate(long, ReadOnlySpan{long}, Span{long})"/> is the fast path for hot loops: whole units and
/// integer weights in, amounts out, ties to the lower index, no heap allocation once warmed up (scratch space comes
/// from the stack or <see cref="System.Buffers.ArrayPool{T}.Shared"/>); under 1 ns per recipient from 100,000
/// recipients with AVX2, see <c>docs/benchmarks.md</c>. <see cref="Allocate(AllocationRequest)"/> builds on it and
/// explains every line. Stateless; safe to use from any thread.
/// </para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using Ki.Domain.Allocation;
/// using Ki.Domain.Money;
///
/// AllocationResult split = Allocator.Allocate(AllocationRequest.Of(
///     Euro.FromCents(5), [new("a", 1), new("b", 1), new("c", 1)]));
///
/// Console.WriteLine(string.Join(" ", split.Lines.Select(l => $"{l.Id}={l.Amount}")));   // a=0.02 b=0.02 c=0.01
/// Console.WriteLine(split.Allocated);                                                  // 0.05
///
/// long[] amounts = new long[3];
/// Allocator.Allocate(100, [1, 1, 1], amounts);
/// Console.WriteLine(string.Join(" ", amounts));                                        // 34 33 33
/// ]]></code>
/// </example>
public static class Allocator
{
    private static readonly decimal[] PowersOfTen = [.. Enumerable.Range(0, 29).Select(Pow10)];

    /// <summary>
    /// The fast path: splits <paramref name="budget"/> whole units over <paramref name="weights"/> by the
    /// largest-remainder method, writing the amounts to <paramref name="amounts"/>; equal remainders go to the lower
    /// index (sort the recipients by id first to get the id rule).
    /// </summary>
    /// <param name="budget">The budget in units (cents, or whole euros ...); not negative.</param>
    /// <param name="weights">The weights; not negative, not all zero.</param>
    /// <param name="amounts">Receives the amounts in units; the same length as <paramref name="weights"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> or a weight is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="amounts"/> and <paramref name="weights"/> differ in length,
    /// or the weights add up to zero.</exception>
    public static void Allocate(long budget, ReadOnlySpan<long> weights, Span<long> amounts)
    {
        UInt128 total = CheckFastPath(budget, weights, amounts);
        LargestRemainder.Distribute(budget, weights, amounts, default, total);
    }

    internal static UInt128 CheckFastPath(long budget, ReadOnlySpan<long> weights, ReadOnlySpan<long> amounts)
    {
        Preconditions.CheckNonNegative(budget);
        if (amounts.Length != weights.Length)
        {
            throw new ArgumentException($"The output has {amounts.Length} elements, the weights {weights.Length}.", nameof(amounts));
        }

        UInt128 total = LargestRemainder.Total(weights, out bool anyNegative);
        if (anyNegative)
        {
            int at = weights.IndexOfAnyInRange(long.MinValue, -1);
            throw new ArgumentOutOfRangeException(nameof(weights), weights[at], $"weights[{at}] must not be negative, but was {weights[at]}.");
        }

        Preconditions.CheckArgument(total != 0, nameof(weights), "The weights add up to zero, so there is nothing to split by.");
        return total;
    }

    /// <summary>Splits the request's budget over its recipients and explains every line.</summary>
    /// <param name="request">The budget, recipients, unit and bounds.</param>
    /// <returns>The lines in the request's order, with quota, amount and flags, and the totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A bound is not a whole multiple of the unit; a floor lies
    /// above the recipient's cap or demand; all weights are zero and no recipient has a floor or base amount; or the
    /// floors (or base amounts) add up to more than the budget.</exception>
    /// <exception cref="OverflowException">A weight cannot be scaled to a 64-bit integer together with the others
    /// (too many decimal places for its size).</exception>
    public static AllocationResult Allocate(AllocationRequest request)
    {
        Preconditions.CheckNotNull(request);
        ScaledWeights scaled = request.Scaled ?? ScaledWeights.Of(request.Recipients); // throws, naming the weight that does not fit
        bool bounded = request.Base.HasValue || request.Floor.HasValue || request.Cap.HasValue || scaled.AnyRecipientBounds;
        return bounded ? AllocateBounded(request, scaled) : AllocateProportional(request, scaled);
    }

    /// <summary>
    /// Without bounds (the common case): the span fast path in the request's order, then the id rule applied only to
    /// the recipients tied at the last unit, and lines whose quotas are computed when read. This is what makes the
    /// explained allocation cost a few times the fast path instead of hundreds (issue 16): no sort of every id, no
    /// fraction per line, no lookup table until one is asked for.
    /// </summary>
    private static AllocationResult AllocateProportional(AllocationRequest request, ScaledWeights scaled)
    {
        ImmutableArray<AllocationRecipient> recipients = request.Recipients;
        int n = recipients.Length;
        long unit = request.Unit.Cents;
        long budget = request.Budget.Cents / unit; // a rest below one unit stays unallocated and is reported
        long[] weights = scaled.Values; // read only
        decimal factor = scaled.Factor;
        long[] amounts = ArrayPool<long>.Shared.Rent(n);
        bool[] tied = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            UInt128 total = LargestRemainder.Total(weights.AsSpan(0, n), out _);
            Preconditions.CheckArgument(total != 0, nameof(request), NothingToSplitBy);
            if (LargestRemainder.Distribute(budget, weights.AsSpan(0, n), amounts.AsSpan(0, n), tied.AsSpan(0, n), total))
            {
                BreakTiesById(recipients, tied.AsSpan(0, n), amounts, i => GotUnit(amounts[i], weights[i], budget, total));
            }

            // The amounts and reasons only: the line objects are made when someone reads them (CompactLines).
            long[] units = new long[n];
            byte[] reasons = new byte[n];
            long allocated = 0;
            for (int i = 0; i < n; i++)
            {
                long amount = amounts[i];
                units[i] = amount;
                allocated += amount;
                reasons[i] = GotUnit(amount, weights[i], budget, total) ? (byte)AllocationReasons.Remainder : (byte)AllocationReasons.None;
            }

            var lines = new CompactLines(request, units, reasons, new SplitQuotas(request, factor, total, budget));
            var lambda = new ExactAmount((BigInteger)budget * unit * (BigInteger)factor, (BigInteger)total);
            return new AllocationResult(request, lambda, lines, Euro.FromCents(checked(allocated * unit)));
        }
        finally
        {
            ArrayPool<long>.Shared.Return(amounts);
            ArrayPool<bool>.Shared.Return(tied);
        }
    }

    /// <summary>With a base amount, floor, cap or demand: the bounded split, in the request's order, then the id rule for ties.</summary>
    private static AllocationResult AllocateBounded(AllocationRequest request, ScaledWeights scaled)
    {
        decimal factor = scaled.Factor;
        ImmutableArray<AllocationRecipient> recipients = request.Recipients;
        int n = recipients.Length;
        long unit = request.Unit.Cents;
        long budget = request.Budget.Cents / unit; // a rest below one unit stays unallocated and is reported
        long[] weights = new long[n];
        long[] bases = new long[n];
        long[] lows = new long[n];
        long[] highs = new long[n];
        var upperFlags = new AllocationReasons[n];
        scaled.Values.CopyTo(weights, 0);
        bool anyWeight = false;
        bool anyFixed = false;
        for (int i = 0; i < n; i++)
        {
            AllocationRecipient r = recipients[i];
            anyWeight |= weights[i] != 0;
            bases[i] = ToUnits(r.Base ?? request.Base ?? Euro.Zero, unit, "base amount", r.Id);
            lows[i] = ToUnits(r.Floor ?? request.Floor ?? Euro.Zero, unit, "floor", r.Id);
            Euro? cap = r.Cap ?? request.Cap;
            (highs[i], upperFlags[i]) = (cap, r.Demand) switch
            {
                (null, null) => (long.MaxValue, AllocationReasons.None),
                ({ } c, null) => (ToUnits(c, unit, "cap", r.Id), AllocationReasons.Cap),
                (null, { } d) => (ToUnits(d, unit, "demand", r.Id), AllocationReasons.Demand),
                ({ } c, { } d) => d <= c
                    ? (ToUnits(d, unit, "demand", r.Id), AllocationReasons.Demand)
                    : (ToUnits(c, unit, "cap", r.Id), AllocationReasons.Cap),
            };
            if (lows[i] > highs[i])
            {
                throw new ArgumentException(
                    $"The floor of '{r.Id}' ({Euro.FromCents(lows[i] * unit)}) is above its {(upperFlags[i] == AllocationReasons.Demand ? "demand" : "cap")} ({Euro.FromCents(highs[i] * unit)}).",
                    nameof(request));
            }

            anyFixed |= lows[i] != 0 || bases[i] != 0;
        }

        Preconditions.CheckArgument(anyWeight || anyFixed, nameof(request), NothingToSplitBy);
        BoundedSplit split = BoundedSplit.Solve(budget, weights, bases, lows, highs);
        if (split.Tied is { } tied)
        {
            BreakTiesById(recipients, tied, split.Amounts, i => split.GotRemainder(i, weights[i]));
        }

        byte[] reasons = new byte[n];
        long allocated = 0;
        for (int i = 0; i < n; i++)
        {
            allocated = checked(allocated + split.Amounts[i]);
            reasons[i] = (byte)Flags(split, i, weights[i], bases[i], lows[i], highs[i], upperFlags[i]);
        }

        var lines = new CompactLines(request, split.Amounts, reasons, new SplitQuotas(request, factor, split.FreeWeight, split.Rest));
        var lambda = new ExactAmount(
            (BigInteger)split.LambdaNumerator * unit * (BigInteger)factor,
            (BigInteger)split.LambdaDenominator);
        return new AllocationResult(request, lambda, lines, Euro.FromCents(checked(allocated * unit)));
    }

    private const string NothingToSplitBy = "All weights are zero and no recipient has a floor or base amount, so there is nothing to split by.";

    /// <summary>
    /// The id rule for equal remainders: the split ran in the request's order and gave the leftover units among the
    /// recipients tied at the last unit to the lowest positions; they go to the ids that sort first instead. Only the
    /// tied recipients are sorted (usually none or a few; all of them only when all weights are equal).
    /// </summary>
    private static void BreakTiesById(ImmutableArray<AllocationRecipient> recipients, ReadOnlySpan<bool> tied, Span<long> amounts, Func<int, bool> gotUnit)
    {
        int count = tied.Count(true);
        string[] ids = new string[count];
        int[] positions = new int[count];
        int given = 0;
        for (int i = 0, c = 0; i < tied.Length; i++)
        {
            if (tied[i])
            {
                ids[c] = recipients[i].Id;
                positions[c++] = i;
                if (gotUnit(i))
                {
                    amounts[i]--;
                    given++;
                }
            }
        }

        Array.Sort(ids, positions, StringComparer.Ordinal);
        for (int c = 0; c < given; c++)
        {
            amounts[positions[c]]++;
        }
    }

    /// <summary>Whether a recipient got a leftover unit: its amount exceeds its exact quota <c>rest·w/total</c>.</summary>
    private static bool GotUnit(long amount, long weight, long rest, UInt128 total)
    {
        if (total <= ulong.MaxValue)
        {
            // amount·total > rest·weight in 128 bits without the general 128-bit multiplication.
            ulong left = Math.BigMul((ulong)amount, (ulong)total, out ulong leftLow);
            ulong right = Math.BigMul((ulong)rest, (ulong)weight, out ulong rightLow);
            return left > right || (left == right && leftLow > rightLow);
        }

        return (BigInteger)amount * (BigInteger)total > (BigInteger)rest * weight;
    }

    private static AllocationReasons Flags(BoundedSplit split, int k, long weight, long baseUnits, long low, long high, AllocationReasons upper) =>
        split.States[k] switch
        {
            BoundedSplit.RecipientState.AtLow => AllocationReasons.Floor,
            BoundedSplit.RecipientState.AtHigh => upper,
            BoundedSplit.RecipientState.Constant => low > baseUnits ? AllocationReasons.Floor : high < baseUnits ? upper : AllocationReasons.None,
            _ => split.GotRemainder(k, weight) ? AllocationReasons.Remainder : AllocationReasons.None,
        };

    /// <summary>The recipients' positions sorted by id (ordinal), and their weights scaled to integers in that order.</summary>
    internal static (int[] Order, long[] Weights) RankedWeights(ImmutableArray<AllocationRecipient> recipients)
    {
        int[] order = RankOrder(recipients);
        decimal factor = PowerOfTen(CommonScale(recipients));
        long[] weights = new long[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            weights[k] = ScaleWeight(recipients[order[k]], factor);
        }

        return (order, weights);
    }

    private static int[] RankOrder(ImmutableArray<AllocationRecipient> recipients)
    {
        string[] ids = new string[recipients.Length];
        int[] order = new int[recipients.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = recipients[i].Id;
            order[i] = i;
        }

        Array.Sort(ids, order, StringComparer.Ordinal);
        return order;
    }

    internal static int CommonScale(ImmutableArray<AllocationRecipient> recipients)
    {
        int scale = 0;
        foreach (AllocationRecipient r in recipients)
        {
            scale = Math.Max(scale, SignificantScale(r.Weight));
        }

        return scale;
    }

    /// <summary>10 to the power of <paramref name="exponent"/> (0 to 28), from a table.</summary>
    internal static decimal PowerOfTen(int exponent) => PowersOfTen[exponent];

    internal static int SignificantScale(decimal value)
    {
        int scale = value.Scale;
        while (scale > 0)
        {
            decimal shifted = value * PowersOfTen[scale - 1];
            if (decimal.Truncate(shifted) != shifted)
            {
                break;
            }

            scale--;
        }

        return scale;
    }

    /// <summary>The recipient's weight times <paramref name="factor"/> (a power of ten) as a whole number.</summary>
    internal static long ScaleWeight(AllocationRecipient recipient, decimal factor)
    {
        try
        {
            // Whole weights (populations, counts) skip the decimal multiplication.
            return factor == 1m ? decimal.ToInt64(recipient.Weight) : decimal.ToInt64(recipient.Weight * factor);
        }
        catch (OverflowException e)
        {
            throw new OverflowException(
                $"The weight {recipient.Weight.ToString(CultureInfo.InvariantCulture)} of '{recipient.Id}' does not fit in 64 bits when all weights are scaled by {factor.ToString(CultureInfo.InvariantCulture)} to whole numbers; use fewer decimal places.",
                e);
        }
    }

    private static long ToUnits(Euro amount, long unit, string what, string id)
    {
        if (amount.Cents % unit != 0)
        {
            throw new ArgumentException($"The {what} of '{id}' ({amount}) is not a whole multiple of the unit ({Euro.FromCents(unit)}).", nameof(amount));
        }

        return amount.Cents / unit;
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
