using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// Speed: with <c>B = a·W + b</c> the quotient is <c>a·w_i + floor(b·w_i / W)</c>; when <c>W &lt;= 2^63</c> (the normal
/// case) the second term comes from one multiplication by the precomputed <c>floor(b·2^64 / W)</c> and one correction,
/// four recipients at a time with AVX2 when the weights are below 2^32; above 2^63 a reciprocal of <c>W</c> is
/// used. The leftover units are placed with a 4096-bucket histogram of the remainders (pass 1 writes each bucket to a
/// scratch array rented from <see cref="ArrayPool{T}.Shared"/>; from 4096 recipients only a window around the cut that
/// a sample of every 16th bucket predicts is counted exactly, with a full count when the sample misleads) and an exact
/// selection inside the one bucket where the cut falls (pass 2), so the work is linear. The bucket is <c>r >> shift</c>, monotone in r, so equal remainders
/// share a bucket and the order between buckets is the order of the remainders. From 4096 recipients with
/// <c>W &lt;= 2^63</c> the cut is first predicted from a sample and one pass writes the final amounts (see
/// LargestRemainder.Window.cs); the histogram route runs only when that prediction misses. When <c>W</c> exceeds 64 bits
/// (weights near <see cref="long.MaxValue"/>), a plain 128-bit path is used. Nothing here uses floating point.
/// </para>
/// </remarks>
internal static partial class LargestRemainder
{
    private const int BucketBits = 12;
    private const int BucketCount = 1 << BucketBits;
    private const int SmallCount = 512;
    private const int SampledCount = 4096;
    private const int SampleStride = 16;

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

    /// <summary>
    /// The sum of the weights as a 128-bit number, and whether any weight is negative (then the sum means nothing).
    /// Four lanes at a time where 256-bit vectors are accelerated, each lane counting its own carries.
    /// </summary>
    public static UInt128 Total(ReadOnlySpan<long> weights, out bool anyNegative)
    {
        ulong low = 0;
        ulong high = 0;
        ulong signs = 0;
        int i = 0;
        unchecked
        {
            if (Vector256.IsHardwareAccelerated && weights.Length >= 2 * Vector256<ulong>.Count)
            {
                ref ulong w0 = ref Unsafe.As<long, ulong>(ref MemoryMarshal.GetReference(weights));
                Vector256<ulong> sums = Vector256<ulong>.Zero;
                Vector256<ulong> carries = Vector256<ulong>.Zero;
                Vector256<ulong> ors = Vector256<ulong>.Zero;
                for (; i <= weights.Length - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
                {
                    Vector256<ulong> w = Vector256.LoadUnsafe(ref w0, (nuint)i);
                    ors |= w;
                    sums += w;
                    carries -= Vector256.LessThan(sums, w);
                }

                for (int lane = 0; lane < Vector256<ulong>.Count; lane++)
                {
                    ulong next = low + sums[lane];
                    high += carries[lane] + (next < low ? 1UL : 0UL);
                    low = next;
                    signs |= ors[lane];
                }
            }

            for (; i < weights.Length; i++)
            {
                ulong w = (ulong)weights[i];
                signs |= w;
                ulong next = low + w;
                high += next < low ? 1UL : 0UL;
                low = next;
            }
        }

        anyNegative = (signs >> 63) != 0;
        return new UInt128(high, low);
    }

    private static bool Narrow(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<bool> tied, ulong total)
    {
        int n = weights.Length;
        if (n <= SmallCount)
        {
            return NarrowSmall(budget, weights, amounts, tied, new ExactDivisor(total));
        }

        int shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(total) - BucketBits);
        if (n >= SampledCount && total <= (1UL << 63) && TryWindowPass(budget, weights, amounts, tied, total, out bool tie))
        {
            return tie;
        }

        Span<int> histogram = stackalloc int[BucketCount];
        ushort[] bucketsRented = ArrayPool<ushort>.Shared.Rent(n);
        try
        {
            // Pass 1: exact floor and remainder per recipient; the remainder's bucket r >> shift (a monotone function
            // of r < total with at most 4096 values) goes to the scratch array, then into the histogram.
            Span<ushort> buckets = bucketsRented.AsSpan(0, n);
            ulong floors = total <= (1UL << 63)
                ? FirstPassSplit(budget, weights, amounts, buckets, total, shift)
                : FirstPass(budget, weights, amounts, buckets, total, ulong.MaxValue / total, shift);
            ulong leftover = budget - floors;
            if (leftover == 0)
            {
                return false;
            }

            // The cut: the bucket of the need-th largest remainder. Count only around where a sample puts it, or,
            // when the sample misled, all buckets.
            int need = (int)leftover;
            int cut = BucketCount - 1;
            if (n < SampledCount || !CountNearCut(buckets, histogram, ref need, ref cut))
            {
                Count(buckets, histogram);
            }

            while (histogram[cut] < need)
            {
                need -= histogram[cut];
                cut--;
            }

            // Pass 2: one more unit for every bucket above the cut; collect the cut bucket's recipients.
            int count = histogram[cut];
            ulong[] remRented = ArrayPool<ulong>.Shared.Rent(count);
            int[] idxRented = ArrayPool<int>.Shared.Rent(count);
            try
            {
                Span<ulong> rem = remRented.AsSpan(0, count);
                Span<int> idx = idxRented.AsSpan(0, count);
                SecondPass(budget, weights, amounts, buckets, total, cut, rem, idx);
                return ResolveCut(rem, idx, need, amounts, tied);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(remRented);
                ArrayPool<int>.Shared.Return(idxRented);
            }
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(bucketsRented);
        }
    }

    // The passes are unchecked on purpose: every quotient is at most the budget and the quotients add up to at most
    // the budget, so nothing can overflow. They are separate, non-inlined and free of calls so that the JIT keeps
    // their loops in registers.

    /// <summary>
    /// Pass 1 when <c>total &lt;= 2^63</c>. With <c>B = a·W + b</c> (b &lt; W), recipient i's quotient is
    /// <c>a·w + floor(b·w / W)</c> and its remainder is <c>b·w mod W</c>. With <c>f = floor(b·2^64 / W)</c> the
    /// estimate <c>high64(f·w)</c> is at most one below <c>floor(b·w / W)</c>, so <c>b·w - estimate·W</c> lies in
    /// <c>[0, 2W)</c>, below 2^64: wrapping 64-bit arithmetic gives it exactly, and one compare-and-subtract corrects
    /// both. Weights below 2^32 (populations, counts) go four at a time through AVX2 (which AVX-512 machines have
    /// too) with 32×32→64-bit products only: the estimate is below w, so every product splits into two of them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong FirstPassSplit(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<ushort> buckets, ulong total, int shift)
    {
        unchecked
        {
            ulong whole = budget / total;
            ulong part = budget % total;
            ulong scaled = (ulong)(((UInt128)part << 64) / total);
            int n = weights.Length;
            int i = 0;
            ulong floors = 0;
            if (Avx2.IsSupported && n >= Vector256<ulong>.Count)
            {
                (i, floors) = FirstPassSplitVector256(weights, amounts, buckets, total, shift, whole, part, scaled);
            }

            for (; i < n; i++)
            {
                floors += SplitOne(weights, amounts, buckets, i, total, shift, whole, part, scaled);
            }

            return floors;
        }
    }

    /// <summary>Pass 1 of <see cref="FirstPassSplit"/> for recipient <paramref name="i"/>: writes its floor and bucket
    /// and returns the floor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SplitOne(ReadOnlySpan<long> weights, Span<long> amounts, Span<ushort> buckets, int i, ulong total, int shift, ulong whole, ulong part, ulong scaled)
    {
        unchecked
        {
            ulong w = (ulong)weights[i];
            ulong q = MultiplyHigh(scaled, w);
            ulong r = (part * w) - (q * total);
            ulong over = r >= total ? 1UL : 0UL;
            q += over + (whole * w);
            r -= total & (0UL - over);
            buckets[i] = (ushort)(r >> shift);
            amounts[i] = (long)q;
            return q;
        }
    }

    /// <summary>The vector part of <see cref="FirstPassSplit"/>; a group of four with a weight of 2^32 or more goes
    /// the scalar way. Returns where the scalar tail starts and the floors so far.</summary>
    private static (int Next, ulong Floors) FirstPassSplitVector256(ReadOnlySpan<long> weights, Span<long> amounts, Span<ushort> buckets, ulong total, int shift, ulong whole, ulong part, ulong scaled)
    {
        unchecked
        {
            ref ulong w0 = ref Unsafe.As<long, ulong>(ref MemoryMarshal.GetReference(weights));
            ref ulong a0 = ref Unsafe.As<long, ulong>(ref MemoryMarshal.GetReference(amounts));
            ref ushort b0 = ref MemoryMarshal.GetReference(buckets);
            Vector256<uint> fHi = Vector256.Create(scaled >> 32).AsUInt32();
            Vector256<uint> fLo = Vector256.Create(scaled & uint.MaxValue).AsUInt32();
            Vector256<uint> bHi = Vector256.Create(part >> 32).AsUInt32();
            Vector256<uint> bLo = Vector256.Create(part & uint.MaxValue).AsUInt32();
            Vector256<uint> aHi = Vector256.Create(whole >> 32).AsUInt32();
            Vector256<uint> aLo = Vector256.Create(whole & uint.MaxValue).AsUInt32();
            Vector256<uint> tHi = Vector256.Create(total >> 32).AsUInt32();
            Vector256<uint> tLo = Vector256.Create(total & uint.MaxValue).AsUInt32();
            Vector256<ulong> totalV = Vector256.Create(total);
            Vector256<ulong> highHalf = Vector256.Create(0xFFFF_FFFF_0000_0000UL);
            Vector256<ulong> sum = Vector256<ulong>.Zero;
            ulong floors = 0;
            int n = weights.Length;
            int i = 0;
            for (; i <= n - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
            {
                Vector256<ulong> w = Vector256.LoadUnsafe(ref w0, (nuint)i);
                if ((w & highHalf) != Vector256<ulong>.Zero)
                {
                    for (int j = i; j < i + Vector256<ulong>.Count; j++)
                    {
                        floors += SplitOne(weights, amounts, buckets, j, total, shift, whole, part, scaled);
                    }

                    continue;
                }

                Vector256<uint> w32 = w.AsUInt32();
                Vector256<ulong> q = (Avx2.Multiply(fHi, w32) + (Avx2.Multiply(fLo, w32) >>> 32)) >>> 32;
                Vector256<uint> q32 = q.AsUInt32();
                Vector256<ulong> r = Avx2.Multiply(bLo, w32) + (Avx2.Multiply(bHi, w32) << 32)
                    - (Avx2.Multiply(tLo, q32) + (Avx2.Multiply(tHi, q32) << 32));
                Vector256<ulong> over = Vector256.GreaterThanOrEqual(r, totalV);
                q -= over;
                if (whole != 0)
                {
                    q += Avx2.Multiply(aLo, w32) + (Avx2.Multiply(aHi, w32) << 32);
                }

                r -= totalV & over;
                sum += q;
                q.StoreUnsafe(ref a0, (nuint)i);
                StoreLow16(Vector256.ShiftRightLogical(r, shift), ref b0, i);
            }

            return (i, floors + Vector256.Sum(sum));
        }
    }

    /// <summary>Stores the four lanes, each below 2^16, as four <see langword="ushort"/>s: the lanes' low halves
    /// gathered into 128 bits, packed to 16 bits, and the low 64 bits written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreLow16(Vector256<ulong> lanes, ref ushort destination, int at)
    {
        Vector128<int> low = Avx2.PermuteVar8x32(lanes.AsInt32(), Vector256.Create(0, 2, 4, 6, 0, 2, 4, 6)).GetLower();
        ulong packed = Sse41.PackUnsignedSaturate(low, low).AsUInt64().ToScalar();
        Unsafe.WriteUnaligned(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref destination, at)), packed);
    }

    /// <summary>Pass 1 when <c>total</c> exceeds 2^63: 128-bit products where needed, reciprocal division.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong FirstPass(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<ushort> buckets, ulong total, ulong reciprocal, int shift)
    {
        ulong floors = 0;
        unchecked
        {
            for (int i = 0; i < weights.Length; i++)
            {
                (ulong q, ulong r) = DivRem(budget, (ulong)weights[i], total, reciprocal);
                buckets[i] = (ushort)(r >> shift);
                floors += q;
                amounts[i] = (long)q;
            }
        }

        return floors;
    }

    /// <summary>The histogram of the buckets.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Count(ReadOnlySpan<ushort> buckets, Span<int> histogram)
    {
        foreach (ushort bucket in buckets)
        {
            histogram[bucket]++;
        }
    }

    /// <summary>
    /// Counts the buckets only in a window around the cut: a histogram of every 16th bucket estimates where the
    /// <paramref name="need"/>-th largest remainder lies, a margin of about six standard deviations of that estimate
    /// makes the window, and one vector pass counts the recipients above the window and, exactly, those inside it.
    /// When the cut lies inside (nearly always), <paramref name="need"/> becomes what is left after the recipients
    /// above the window, <paramref name="top"/> the window's top bucket, and the histogram holds the exact counts of
    /// the window; otherwise the histogram is left cleared and the result is false.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CountNearCut(ReadOnlySpan<ushort> buckets, Span<int> histogram, ref int need, ref int top)
    {
        int n = buckets.Length;
        int samples = 0;
        for (int i = 0; i < n; i += SampleStride)
        {
            histogram[buckets[i]]++;
            samples++;
        }

        // The sample count above a threshold is binomial with a standard deviation of at most sqrt(samples) / 2, so
        // the margin is about six of them (an integer square root: no floating point).
        long expected = (long)need * samples / n;
        long root = 1L << ((33 - BitOperations.LeadingZeroCount((uint)samples)) / 2);
        while (root * root > samples)
        {
            root--;
        }

        long margin = (3 * (root + 1)) + 8;
        int b = BucketCount - 1;
        long seen = 0;
        while (b >= 0 && seen + histogram[b] <= expected - margin)
        {
            seen += histogram[b];
            b--;
        }

        int high = b;
        while (b >= 0 && seen < expected + margin)
        {
            seen += histogram[b];
            b--;
        }

        int low = b + 1;
        histogram.Clear();
        if (high < 0)
        {
            return false;
        }

        int above = 0;
        int inside = 0;
        int k = 0;
        unchecked
        {
            if (Vector256.IsHardwareAccelerated)
            {
                ref ushort b0 = ref MemoryMarshal.GetReference(buckets);
                Vector256<ushort> highV = Vector256.Create((ushort)high);
                Vector256<ushort> lowV = Vector256.Create((ushort)low);
                Vector256<ushort> widthV = Vector256.Create((ushort)(high - low));
                for (; k <= n - Vector256<ushort>.Count; k += Vector256<ushort>.Count)
                {
                    Vector256<ushort> v = Vector256.LoadUnsafe(ref b0, (nuint)k);
                    above += BitOperations.PopCount(Vector256.GreaterThan(v, highV).ExtractMostSignificantBits());
                    ulong window = Vector256.LessThanOrEqual(v - lowV, widthV).ExtractMostSignificantBits();
                    inside += BitOperations.PopCount(window);
                    while (window != 0)
                    {
                        histogram[buckets[k + BitOperations.TrailingZeroCount(window)]]++;
                        window &= window - 1;
                    }
                }
            }

            for (; k < n; k++)
            {
                int bucket = buckets[k];
                if (bucket > high)
                {
                    above++;
                }
                else if (bucket >= low)
                {
                    histogram[bucket]++;
                    inside++;
                }
            }
        }

        if (above < need && need - above <= inside)
        {
            need -= above;
            top = high;
            return true;
        }

        histogram.Clear();
        return false;
    }

    /// <summary>Pass 2: one more unit for every recipient whose bucket lies above the cut, and the remainders of the
    /// recipients in the cut bucket (recomputed from the floor with one multiplication).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SecondPass(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, ReadOnlySpan<ushort> buckets, ulong total, int cut, Span<ulong> rem, Span<int> idx)
    {
        int c = 0;
        int i = 0;
        int n = amounts.Length;
        unchecked
        {
            if (Avx2.IsSupported)
            {
                ref long a0 = ref MemoryMarshal.GetReference(amounts);
                ref ushort b0 = ref MemoryMarshal.GetReference(buckets);
                Vector256<ulong> cutV = Vector256.Create((ulong)cut);
                for (; i <= n - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
                {
                    // The four buckets' eight bytes, widened to four 64-bit lanes (no read past the span's end).
                    ulong four = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref b0, i)));
                    Vector256<ulong> bucket = Avx2.ConvertToVector256Int64(Vector128.CreateScalarUnsafe(four).AsUInt16()).AsUInt64();
                    Vector256<long> q = Vector256.LoadUnsafe(ref a0, (nuint)i);
                    (q - Vector256.GreaterThan(bucket, cutV).AsInt64()).StoreUnsafe(ref a0, (nuint)i);
                    if (Vector256.EqualsAny(bucket, cutV))
                    {
                        for (int j = i; j < i + Vector256<ulong>.Count; j++)
                        {
                            if (buckets[j] == cut)
                            {
                                rem[c] = Remainder(budget, weights[j], amounts[j], total);
                                idx[c] = j;
                                c++;
                            }
                        }
                    }
                }
            }

            for (; i < n; i++)
            {
                int bucket = buckets[i];
                long q = amounts[i];
                if (bucket == cut)
                {
                    rem[c] = Remainder(budget, weights[i], q, total);
                    idx[c] = i;
                    c++;
                }

                amounts[i] = q + (long)((uint)(cut - bucket) >> 31);
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
