using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Ki.Domain.Allocation;

/// <summary>
/// The engine of every proportional split: the largest-remainder method (Hare-Niemeyer) on whole units, exact with
/// integer arithmetic only, ties broken by the lower index.
/// </summary>
/// <remarks>
/// <para>
/// Recipient i's exact quota is <c>B * w_i / W</c> with <c>W = sum(w)</c>. It is computed as a 128-bit product and one
/// exact division, giving the floor <c>a_i</c> and the remainder <c>r_i</c> (the quota's fraction is <c>r_i / W</c>).
/// All fractions share the denominator <c>W</c>, so comparing remainders compares fractions exactly. The
/// <c>B - sum(a)</c> leftover units (fewer than the number of recipients) go to the largest remainders; among equal
/// remainders the lower index wins, and when such a tie straddles the last unit the tied recipients are marked.
/// </para>
/// <para>
/// Speed: when <c>W</c> fits in 64 bits (the normal case) the division uses a precomputed reciprocal; the leftover
/// units are placed with a 4096-bucket histogram of the remainders (pass 1) and an exact selection inside the one
/// bucket where the cut falls (pass 2), so the work is linear and the scratch space is only that bucket, rented from
/// <see cref="ArrayPool{T}.Shared"/> or taken from the stack. The bucket is <c>r >> shift</c>, monotone in r, so equal
/// remainders share a bucket and the order between buckets is the order of the remainders. When <c>W</c> exceeds 64 bits (weights near
/// <see cref="long.MaxValue"/>), a plain 128-bit path is used.
/// </para>
/// </remarks>
internal static class LargestRemainder
{
    private const int BucketBits = 12;
    private const int BucketCount = 1 << BucketBits;
    private const int SmallCount = 512;

    /// <summary>
    /// Splits <paramref name="budget"/> units over <paramref name="weights"/> into <paramref name="amounts"/>.
    /// The caller has checked: budget and weights non-negative, <paramref name="total"/> their positive sum, equal
    /// lengths, and <paramref name="tied"/> empty or of the same length.
    /// </summary>
    /// <returns>Whether a tie between equal remainders was broken by index.</returns>
    public static bool Distribute(long budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<bool> tied, UInt128 total)
    {
        if (!tied.IsEmpty)
        {
            tied.Clear();
        }

        return total <= ulong.MaxValue
            ? Narrow((ulong)budget, weights, amounts, tied, (ulong)total)
            : Wide((ulong)budget, weights, amounts, tied, total);
    }

    private static bool Narrow(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<bool> tied, ulong total)
    {
        int n = weights.Length;
        if (n <= SmallCount)
        {
            return NarrowSmall(budget, weights, amounts, tied, new ExactDivisor(total));
        }

        // Pass 1: exact floor and remainder per recipient, and a histogram of the remainders. The bucket of a
        // remainder r < total is r >> shift, a monotone function of r with at most 4096 values; when the budget leaves
        // room, the bucket is parked in the low 12 bits of the amount so that pass 2 need not divide again.
        ulong reciprocal = ulong.MaxValue / total;
        int shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(total) - BucketBits);
        bool pack = budget < (1UL << (63 - BucketBits));
        Span<int> histogram = stackalloc int[BucketCount];
        ulong floors = 0;
        if (pack)
        {
            (floors, ulong highs) = FirstPassPacked(budget, weights, amounts, histogram, total, reciprocal, shift);
            if (highs != 0)
            {
                // Some budget × weight exceeds 64 bits: start again with the 128-bit division.
                pack = false;
                histogram.Clear();
            }
        }

        if (!pack)
        {
            floors = FirstPass(budget, weights, amounts, histogram, total, reciprocal, shift);
        }

        ulong leftover = budget - floors;
        int need = (int)leftover;
        int cut = BucketCount - 1;
        while (need > 0 && histogram[cut] < need)
        {
            need -= histogram[cut];
            cut--;
        }

        if (leftover == 0)
        {
            if (pack)
            {
                Unpack(amounts);
            }

            return false;
        }

        // Pass 2: one more unit for every bucket above the cut; collect the cut bucket's recipients.
        int count = histogram[cut];
        ulong[] remRented = ArrayPool<ulong>.Shared.Rent(count);
        int[] idxRented = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Span<ulong> rem = remRented.AsSpan(0, count);
            Span<int> idx = idxRented.AsSpan(0, count);
            if (pack)
            {
                SecondPassPacked(budget, weights, amounts, total, cut, rem, idx);
            }
            else
            {
                SecondPass(budget, weights, amounts, total, shift, cut, rem, idx);
            }

            return ResolveCut(rem, idx, need, amounts, tied);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(remRented);
            ArrayPool<int>.Shared.Return(idxRented);
        }
    }

    // The passes are unchecked on purpose: every quotient is at most the budget and the quotients add up to at most
    // the budget, so nothing can overflow. They are separate, non-inlined and free of calls so that the JIT keeps
    // their loops in registers.

    /// <summary>
    /// Pass 1 when every product fits in 64 bits (reported through the returned OR of the high words): the quotient
    /// estimate <c>high64(lo × floor((2^64-1)/total))</c> is at most one below the true quotient, so one branch-free
    /// correction makes it exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Floors, ulong Highs) FirstPassPacked(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<int> histogram, ulong total, ulong reciprocal, int shift)
    {
        ulong floors = 0;
        ulong highs = 0;
        unchecked
        {
            for (int i = 0; i < weights.Length; i++)
            {
                ulong w = (ulong)weights[i];
                ulong lo = budget * w;
                highs |= MultiplyHigh(budget, w);
                ulong q = MultiplyHigh(lo, reciprocal);
                ulong r = lo - (q * total);
                ulong over = r >= total ? 1UL : 0UL;
                q += over;
                r -= total & (0UL - over);
                int bucket = (int)(r >> shift);
                histogram[bucket]++;
                floors += q;
                amounts[i] = (long)((q << BucketBits) | (uint)bucket);
            }
        }

        return (floors, highs);
    }

    /// <summary>Pass 1 in the general case: 128-bit products, amounts not packed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong FirstPass(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<int> histogram, ulong total, ulong reciprocal, int shift)
    {
        ulong floors = 0;
        unchecked
        {
            for (int i = 0; i < weights.Length; i++)
            {
                (ulong q, ulong r) = DivRem(budget, (ulong)weights[i], total, reciprocal);
                histogram[(int)(r >> shift)]++;
                floors += q;
                amounts[i] = (long)q;
            }
        }

        return floors;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Unpack(Span<long> amounts)
    {
        for (int i = 0; i < amounts.Length; i++)
        {
            amounts[i] >>= BucketBits;
        }
    }

    /// <summary>Pass 2 on packed amounts: unpack, add one unit above the cut (branch-free, as the buckets come in
    /// random order), and collect the recipients in the cut bucket.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SecondPassPacked(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, ulong total, int cut, Span<ulong> rem, Span<int> idx)
    {
        int c = 0;
        unchecked
        {
            for (int i = 0; i < amounts.Length; i++)
            {
                long packed = amounts[i];
                long q = packed >> BucketBits;
                int bucket = (int)(packed & (BucketCount - 1));
                amounts[i] = q + (long)((uint)(cut - bucket) >> 31);
                if (bucket == cut)
                {
                    rem[c] = Remainder(budget, weights[i], q, total);
                    idx[c] = i;
                    c++;
                }
            }
        }
    }

    /// <summary>Pass 2 on plain amounts: the remainder is recomputed from the floor with one multiplication.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SecondPass(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, ulong total, int shift, int cut, Span<ulong> rem, Span<int> idx)
    {
        int c = 0;
        unchecked
        {
            for (int i = 0; i < amounts.Length; i++)
            {
                long q = amounts[i];
                ulong r = Remainder(budget, weights[i], q, total);
                int bucket = (int)(r >> shift);
                amounts[i] = q + (long)((uint)(cut - bucket) >> 31);
                if (bucket == cut)
                {
                    rem[c] = r;
                    idx[c] = i;
                    c++;
                }
            }
        }
    }

    /// <summary>The exact quotient and remainder of <c>budget * weight / total</c>; the quotient fits in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Quotient, ulong Remainder) DivRem(ulong budget, ulong weight, ulong total, ulong reciprocal)
    {
        unchecked
        {
            ulong lo = budget * weight;
            ulong hi = MultiplyHigh(budget, weight);
            if (hi != 0)
            {
                return DivideWide(new UInt128(hi, lo), total);
            }

            ulong q = MultiplyHigh(lo, reciprocal);
            ulong r = lo - (q * total);
            if (r >= total)
            {
                q++;
                r -= total;
            }

            return (q, r);
        }
    }

    /// <summary><c>budget * weight - q * total</c>, exact because the true value is below 2^64 (wrapping arithmetic).</summary>
    private static ulong Remainder(ulong budget, long weight, long q, ulong total) =>
        unchecked((budget * (ulong)weight) - ((ulong)q * total));

    /// <summary>The high 64 bits of the 128-bit product, without spilling the low half to memory.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Quotient, ulong Remainder) DivideWide(UInt128 product, ulong divisor)
    {
        (UInt128 q, UInt128 r) = UInt128.DivRem(product, divisor);
        return ((ulong)q, (ulong)r);
    }

    private static bool NarrowSmall(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<bool> tied, ExactDivisor divisor)
    {
        int n = weights.Length;
        Span<ulong> rem = stackalloc ulong[n];
        Span<int> idx = stackalloc int[n];
        ulong floors = 0;
        for (int i = 0; i < n; i++)
        {
            ulong hi = Math.BigMul(budget, (ulong)weights[i], out ulong lo);
            ulong q = divisor.DivRem(hi, lo, out ulong r);
            amounts[i] = (long)q;
            floors += q;
            rem[i] = r;
            idx[i] = i;
        }

        ulong leftover = budget - floors;
        return leftover != 0 && ResolveCut(rem, idx, (int)leftover, amounts, tied);
    }

    private static bool Wide(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<bool> tied, UInt128 total)
    {
        int n = weights.Length;
        UInt128[] remRented = ArrayPool<UInt128>.Shared.Rent(n);
        int[] idxRented = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Span<UInt128> rem = remRented.AsSpan(0, n);
            Span<int> idx = idxRented.AsSpan(0, n);
            ulong floors = 0;
            for (int i = 0; i < n; i++)
            {
                (UInt128 q, UInt128 r) = UInt128.DivRem((UInt128)budget * (ulong)weights[i], total);
                amounts[i] = (long)(ulong)q;
                floors += (ulong)q;
                rem[i] = r;
                idx[i] = i;
            }

            ulong leftover = budget - floors;
            return leftover != 0 && ResolveCut(rem, idx, (int)leftover, amounts, tied);
        }
        finally
        {
            ArrayPool<UInt128>.Shared.Return(remRented);
            ArrayPool<int>.Shared.Return(idxRented);
        }
    }

    /// <summary>
    /// Gives <paramref name="need"/> more units to the candidates (remainders <paramref name="rem"/> of recipients
    /// <paramref name="idx"/>, in ascending index order) with the largest remainders, lower index first among equals.
    /// </summary>
    private static bool ResolveCut<T>(Span<T> rem, ReadOnlySpan<int> idx, int need, Span<long> amounts, Span<bool> tied)
        where T : struct, IComparisonOperators<T, T, bool>, IComparable<T>
    {
        T threshold;
        T[] copyRented = ArrayPool<T>.Shared.Rent(rem.Length);
        try
        {
            Span<T> copy = copyRented.AsSpan(0, rem.Length);
            rem.CopyTo(copy);
            threshold = Selection.NthSmallest(copy, rem.Length - need);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(copyRented);
        }

        int greater = 0;
        int equal = 0;
        foreach (T r in rem)
        {
            if (r > threshold)
            {
                greater++;
            }
            else if (r == threshold)
            {
                equal++;
            }
        }

        int atThreshold = need - greater;
        bool tie = equal > atThreshold;
        for (int j = 0; j < rem.Length; j++)
        {
            T r = rem[j];
            if (r > threshold)
            {
                amounts[idx[j]]++;
            }
            else if (r == threshold)
            {
                if (atThreshold > 0)
                {
                    amounts[idx[j]]++;
                    atThreshold--;
                }

                if (tie && !tied.IsEmpty)
                {
                    tied[idx[j]] = true;
                }
            }
        }

        return tie;
    }
}
