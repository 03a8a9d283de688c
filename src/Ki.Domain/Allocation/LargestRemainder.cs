using System.Buffers;
using System.Numerics;

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
/// units are placed with a 4096-bucket histogram of the fractions (pass 1) and an exact selection inside the one
/// bucket where the cut falls (pass 2), so the work is linear and the scratch space is only that bucket, rented from
/// <see cref="ArrayPool{T}.Shared"/> or taken from the stack. When <c>W</c> exceeds 64 bits (weights near
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
        var divisor = new ExactDivisor(total);
        int n = weights.Length;
        if (n <= SmallCount)
        {
            return NarrowSmall(budget, weights, amounts, tied, divisor);
        }

        Span<int> histogram = stackalloc int[BucketCount];
        ulong floors = 0;
        for (int i = 0; i < n; i++)
        {
            ulong hi = Math.BigMul(budget, (ulong)weights[i], out ulong lo);
            ulong q = divisor.DivRem(hi, lo, out ulong r);
            amounts[i] = (long)q;
            floors += q;
            histogram[(int)(divisor.FractionKey(r) >> (64 - BucketBits))]++;
        }

        ulong leftover = budget - floors;
        if (leftover == 0)
        {
            return false;
        }

        int need = (int)leftover;
        int cut = BucketCount - 1;
        while (histogram[cut] < need)
        {
            need -= histogram[cut];
            cut--;
        }

        int count = histogram[cut];
        ulong[] remRented = ArrayPool<ulong>.Shared.Rent(count);
        int[] idxRented = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Span<ulong> rem = remRented.AsSpan(0, count);
            Span<int> idx = idxRented.AsSpan(0, count);
            int c = 0;
            for (int i = 0; i < n; i++)
            {
                ulong lo = unchecked(budget * (ulong)weights[i]);
                ulong r = unchecked(lo - ((ulong)amounts[i] * total));
                int bucket = (int)(divisor.FractionKey(r) >> (64 - BucketBits));
                if (bucket > cut)
                {
                    amounts[i]++;
                }
                else if (bucket == cut)
                {
                    rem[c] = r;
                    idx[c] = i;
                    c++;
                }
            }

            return ResolveCut(rem, idx, need, amounts, tied);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(remRented);
            ArrayPool<int>.Shared.Return(idxRented);
        }
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
