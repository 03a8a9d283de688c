using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ki.Domain.Allocation;

/// <summary>
/// The one-pass route of <see cref="LargestRemainder"/> for 4,096 recipients or more with <c>W &lt;= 2^63</c>: the cut
/// is predicted before the floors are computed, so one pass writes every final amount except those near the cut.
/// </summary>
/// <remarks>
/// <para>
/// A sample of every 16th recipient gives the remainders' distribution and the sum of their fractions, which is the
/// sample's share of the leftover units (the leftover is the sum of all fractions). That puts the cut between two
/// buckets of remainders (<c>r >> shift</c>, as in the histogram route) with a margin of about seven standard
/// deviations of the estimate. The pass then writes <c>floor + 1</c> for every remainder above the window and the floor
/// for the rest, and keeps the remainders inside the window with their indices (a few per cent of the recipients).
/// </para>
/// <para>
/// Whether the cut really lies in the window is checked exactly afterwards: the recipients above the window must be
/// at most the leftover units and, with those inside it, at least as many. Only then do the leftover units left after
/// those above go to the largest remainders in the window, lower index first. Otherwise (the sample misled, or too many
/// remainders fell into the window, as with equal weights) the caller runs the histogram route from the start, which
/// writes every amount again; the result is the same either way. This saves the histogram route's separate counting
/// and its second pass over every amount, which cost about a third of the time at 100,000 recipients.
/// </para>
/// </remarks>
internal static partial class LargestRemainder
{
    /// <summary>The window's remainders are counted in 2^10 buckets to find the one the cut falls in.</summary>
    private const int FineBits = 10;

    /// <summary>The pass works in chunks of this many recipients (8 KB of weights, 8 KB of amounts), so that the
    /// kept recipients' exact remainders are computed while their data are still in the nearest cache.</summary>
    private const int ChunkSize = 1024;

    /// <summary>The sample takes this many neighbours at a time (see <see cref="PredictWindow"/>).</summary>
    private const int SampleBlock = 4;

    /// <summary>
    /// For each mask of four lanes, the <c>vpermilps</c> control that moves the 32-bit lanes whose bit is set to the
    /// front, in order: the compress step that stores the window's indices without a branch per lane. An array, not a
    /// span over constant data: an unoptimised (Debug) build makes a field handle object for such a span on each read,
    /// and the span path must allocate nothing in any build.
    /// </summary>
    private static readonly int[] CompressInts =
    [
        0, 0, 0, 0,
        0, 0, 0, 0,
        1, 0, 0, 0,
        0, 1, 0, 0,
        2, 0, 0, 0,
        0, 2, 0, 0,
        1, 2, 0, 0,
        0, 1, 2, 0,
        3, 0, 0, 0,
        0, 3, 0, 0,
        1, 3, 0, 0,
        0, 1, 3, 0,
        2, 3, 0, 0,
        0, 2, 3, 0,
        1, 2, 3, 0,
        0, 1, 2, 3,
    ];

    /// <summary>The same for eight lanes as <c>vpermd</c> controls, eight per mask of eight bits; built once.</summary>
    private static readonly int[] CompressEight = BuildCompressEight();

    /// <summary>Builds <see cref="CompressEight"/>: for each mask, the positions of its set bits in order.</summary>
    private static int[] BuildCompressEight()
    {
        int[] table = new int[256 * 8];
        for (int mask = 0; mask < 256; mask++)
        {
            int k = 0;
            for (int lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    table[(mask * 8) + k++] = lane;
                }
            }
        }

        return table;
    }

    /// <summary>
    /// Tries the one-pass route (the caller has checked <c>W &lt;= 2^63</c> and at least 4,096 recipients; the
    /// tests call it directly to see that it is taken). Returns false, with the amounts to be written again by the
    /// caller, when the sample misled or the window held too many remainders; otherwise writes the result and reports
    /// in <paramref name="tie"/> whether a tie was broken by index (marking the tied recipients in
    /// <paramref name="tied"/>, which the caller has cleared, unless it is empty).
    /// </summary>
    internal static bool TryWindowPass(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, Span<bool> tied, ulong total, out bool tie)
    {
        tie = false;
        int n = weights.Length;
        ulong whole;
        ulong part;
        ulong scaled;
        unchecked
        {
            whole = budget / total;
            part = budget % total;
            scaled = (ulong)(((UInt128)part << 64) / total);
        }

        // Without a fraction (a budget that is a multiple of the total) nothing is left over: the histogram route
        // writes the products in one pass. A window reaching down to the lowest bucket would need a test per group
        // for estimates that wrap (see WindowRun); the histogram route takes that rare case too.
        if (part == 0 || !PredictWindow(weights, scaled, out int low, out int high) || low == 0)
        {
            return false;
        }

        // The window holds a few per cent of the recipients when the sample is right; a quarter (all of them for the
        // smallest sizes) is a bound that only a misleading sample or many equal remainders pass. It is checked
        // before each chunk, so the arrays have room for one chunk more (and the last vector store's eight lanes).
        int capacity = Math.Min(n, Math.Max(n / 4, SampledCount));
        int room = capacity + ChunkSize + Vector256<int>.Count;
        int[] idxRented = ArrayPool<int>.Shared.Rent(room);
        ulong[] remRented = ArrayPool<ulong>.Shared.Rent(room);
        try
        {
            Span<int> idx = idxRented.AsSpan(0, room);
            Span<ulong> rem = remRented.AsSpan(0, room);
            Span<int> fine = stackalloc int[1 << FineBits];
            var window = new Window(low, high, total, capacity);
            if (!WindowPass(budget, weights, amounts, total, whole, part, scaled, ref window, idx, rem, fine))
            {
                return false;
            }

            long need = unchecked((long)(budget - window.Sum));
            int count = window.Count;
            if (need < 0 || need > count)
            {
                return false;
            }

            if (need > 0)
            {
                tie = ResolveWindow(amounts, tied, window, idx[..count], rem[..count], fine, (int)need);
            }

            return true;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(idxRented);
            ArrayPool<ulong>.Shared.Return(remRented);
        }
    }

    /// <summary>
    /// Gives <paramref name="need"/> more units to the largest exact remainders among the recipients kept in the
    /// window (their amounts still hold the floors), lower index first among equals. <paramref name="fine"/> counts
    /// their remainders in buckets spanning the window (see <see cref="Window.FineShift"/>); every recipient above the
    /// bucket of the cut gets its unit without a branch, and only that bucket's recipients, moved to the front of the
    /// spans, go through the exact selection.
    /// </summary>
    private static bool ResolveWindow(Span<long> amounts, Span<bool> tied, in Window window, Span<int> idx, Span<ulong> rem, ReadOnlySpan<int> fine, int need)
    {
        int cut = fine.Length - 1;
        while (fine[cut] < need)
        {
            need -= fine[cut];
            cut--;
        }

        ulong from = window.InsideFrom;
        int shift = window.FineShift;
        int kept = 0;
        for (int j = 0; j < idx.Length; j++)
        {
            ulong r = rem[j];
            int at = idx[j];
            int bucket = (int)((r - from) >> shift);
            amounts[at] += unchecked((uint)(cut - bucket)) >> 31;
            rem[kept] = r;
            idx[kept] = at;
            kept += bucket == cut ? 1 : 0;
        }

        return ResolveCut(rem[..kept], idx[..kept], need, amounts, tied);
    }

    /// <summary>
    /// The exact remainders of the recipients kept from <paramref name="first"/> on (their amounts hold the floors),
    /// and their count in <paramref name="fine"/>. Run after each chunk of the pass, while its weights and amounts are
    /// still in the nearest cache.
    /// </summary>
    private static void Settle(ulong budget, ReadOnlySpan<long> weights, ReadOnlySpan<long> amounts, ulong total, in Window window, ReadOnlySpan<int> idx, Span<ulong> rem, Span<int> fine, int first)
    {
        ulong from = window.InsideFrom;
        int shift = window.FineShift;
        for (int j = first; j < window.Count; j++)
        {
            int at = idx[j];
            ulong r = Remainder(budget, weights[at], amounts[at], total);
            rem[j] = r;
            fine[(int)((r - from) >> shift)]++;
        }
    }

    /// <summary>
    /// Puts the cut between the buckets <paramref name="low"/> and <paramref name="high"/> (of 4,096, by the fraction
    /// <c>r / W</c>) from a sample of every 16th recipient, taken as four neighbours out of every 64 so that it reads a
    /// quarter of the cache lines that single recipients would. The sample's fractions add up to its expected number
    /// of leftover units, and the window reaches a margin beyond that count on both sides: about five standard
    /// deviations when the fractions are spread evenly, because the count above a threshold and the sum of fractions
    /// err together, so the difference that decides the cut varies less than either (a miss costs time, not
    /// exactness). The fractions are the estimates of
    /// <see cref="WindowRun"/>, off by far less than a bucket; nothing exact depends on them. Returns false
    /// when no window fits.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool PredictWindow(ReadOnlySpan<long> weights, ulong scaled, out int low, out int high)
    {
        Span<int> histogram = stackalloc int[BucketCount];
        int n = weights.Length;
        int samples = 0;
        ulong sum = 0;
        unchecked
        {
            for (int i = 0; i <= n - SampleBlock; i += SampleBlock * SampleStride)
            {
                for (int j = i; j < i + SampleBlock; j++)
                {
                    ulong fraction = scaled * (ulong)weights[j];
                    histogram[(int)(fraction >> (64 - BucketBits))]++;
                    sum += fraction >> 32;
                }

                samples += SampleBlock;
            }
        }

        long expected = (long)(sum >> 32);
        long root = 1L << ((33 - BitOperations.LeadingZeroCount((uint)samples)) / 2);
        while (root * root > samples)
        {
            root--;
        }

        long margin = (3 * (root + 1) / 2) + 8;
        int b = BucketCount - 1;
        long seen = 0;
        while (b >= 0 && seen + histogram[b] <= expected - margin)
        {
            seen += histogram[b];
            b--;
        }

        high = b;
        while (b >= 0 && seen < expected + margin)
        {
            seen += histogram[b];
            b--;
        }

        low = b + 1;
        return high >= 0;
    }

    /// <summary>
    /// The pass: every floor, plus one above the window, written once; the indices inside the window kept in
    /// ascending order, with their exact remainders, chunk by chunk. Returns false when, before a chunk, the window
    /// already holds more than its capacity.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool WindowPass(ulong budget, ReadOnlySpan<long> weights, Span<long> amounts, ulong total, ulong whole, ulong part, ulong scaled, ref Window window, Span<int> idx, Span<ulong> rem, Span<int> fine)
    {
        int n = weights.Length;
        for (int start = 0; start < n; start += ChunkSize)
        {
            if (window.Count > window.Capacity)
            {
                return false;
            }

            int end = Math.Min(n, start + ChunkSize);
            int first = window.Count;
            int i = start;
            if (Avx2.IsSupported)
            {
                while (true)
                {
                    i = WindowRun(weights, amounts, i, end, whole, scaled, ref window, idx);
                    if (i > end - Vector256<ulong>.Count)
                    {
                        break;
                    }

                    WindowGroup(weights, amounts, i, total, whole, part, scaled, ref window, idx);
                    i += Vector256<ulong>.Count;
                }
            }

            for (; i < end; i++)
            {
                WindowOne(weights, amounts, i, total, whole, part, scaled, ref window, idx);
            }

            Settle(budget, weights, amounts, total, window, idx, rem, fine, first);
        }

        return true;
    }

    /// <summary>
    /// One recipient of <see cref="WindowPass"/>, exactly (as <see cref="SplitOne"/>), placed by its remainder against
    /// <see cref="Window.AboveFrom"/> and <see cref="Window.InsideFrom"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WindowOne(ReadOnlySpan<long> weights, Span<long> amounts, int i, ulong total, ulong whole, ulong part, ulong scaled, ref Window window, Span<int> idx)
    {
        unchecked
        {
            ulong w = (ulong)weights[i];
            ulong q = MultiplyHigh(scaled, w);
            ulong r = (part * w) - (q * total);
            ulong over = r >= total ? 1UL : 0UL;
            q += over + (whole * w);
            r -= total & (0UL - over);
            if (r >= window.AboveFrom)
            {
                q++;
            }
            else if (r >= window.InsideFrom)
            {
                idx[window.Count++] = i;
            }

            amounts[i] = (long)q;
            window.Sum += q;
        }
    }

    /// <summary>
    /// Eight, then four, recipients at a time from <paramref name="start"/> to <paramref name="end"/>, for weights below 2^32,
    /// with two 32×32→64-bit products per recipient and no exact remainder. With <c>f = floor(b·2^64 / W)</c> the
    /// 128-bit product <c>f·w</c> is <c>q·2^64 + F</c>, where <c>q</c> is the floor of <c>b·w / W</c> and
    /// <c>F = r·2^64 / W - e</c> with <c>0 &lt;= e &lt; w &lt; 2^32</c>, unless <c>r</c> is so small
    /// (<c>r &lt; W / 2^32</c>) that <c>F</c> wraps: then <c>F</c> is at least <c>2^64 - 2^32</c> and <c>q</c> one short.
    /// So the top 32 bits <c>h</c> of <c>F</c> place a remainder exactly against thresholds on <c>r·2^64 / W</c> that
    /// end in 32 one bits or 32 zero bits, except when <c>h</c> equals the upper threshold's top half or lies one below
    /// the lower one's: the run stops at such a group (about one in a billion for spread-out fractions), as at a group
    /// with a weight of 2^32 or more, and returns its start; at the end it returns where the scalar rest starts. A
    /// wrapped estimate has <c>h</c> all ones: above the window, so it is written as <c>q + 1</c>, its true floor, and
    /// rightly gets no unit, since the window starts above the lowest bucket and so above its remainder (unless the
    /// window reaches the top bucket, where all ones is the doubtful upper value). The indices inside the window are
    /// compressed to the front of a vector and stored whole, so the store needs no branch. Free of calls so that the
    /// loop keeps its vectors in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WindowRun(ReadOnlySpan<long> weights, Span<long> amounts, int start, int end, ulong whole, ulong scaled, ref Window window, Span<int> idx)
    {
        unchecked
        {
            ref ulong w0 = ref Unsafe.As<long, ulong>(ref MemoryMarshal.GetReference(weights));
            ref ulong a0 = ref Unsafe.As<long, ulong>(ref MemoryMarshal.GetReference(amounts));
            ref int i0 = ref MemoryMarshal.GetReference(idx);
            ref int compress0 = ref MemoryMarshal.GetArrayDataReference(CompressInts);
            Vector256<uint> fHi = Vector256.Create(scaled >> 32).AsUInt32();
            Vector256<uint> fLo = Vector256.Create(scaled & uint.MaxValue).AsUInt32();
            Vector256<uint> aHi = Vector256.Create(whole >> 32).AsUInt32();
            Vector256<uint> aLo = Vector256.Create(whole & uint.MaxValue).AsUInt32();
            Vector256<ulong> lowHalf = Vector256.Create((ulong)uint.MaxValue);
            Vector256<long> aboveTop = Vector256.Create(window.AboveTop);
            Vector256<long> belowInsideTop = Vector256.Create(window.InsideTop - 1);
            Vector128<int> four = Vector128.Create(Vector256<ulong>.Count);
            Vector256<ulong> sum = Vector256<ulong>.Zero;
            int count = window.Count;
            int i = start;
            ref int compress8 = ref MemoryMarshal.GetArrayDataReference(CompressEight);
            Vector256<int> eight = Vector256.Create(Vector256<int>.Count);
            Vector256<int> indices8 = Vector256.Create(start) + Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            for (; i <= end - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                Vector256<ulong> w = Vector256.LoadUnsafe(ref w0, (nuint)i);
                Vector256<ulong> v = Vector256.LoadUnsafe(ref w0, (nuint)(i + Vector256<ulong>.Count));
                if (!Avx.TestC(lowHalf, w | v))
                {
                    break;
                }

                Vector256<uint> w32 = w.AsUInt32();
                Vector256<uint> v32 = v.AsUInt32();
                Vector256<ulong> t = Avx2.Multiply(fHi, w32) + (Avx2.Multiply(fLo, w32) >>> 32);
                Vector256<ulong> u = Avx2.Multiply(fHi, v32) + (Avx2.Multiply(fLo, v32) >>> 32);
                Vector256<long> h = (t & lowHalf).AsInt64();
                Vector256<long> g = (u & lowHalf).AsInt64();
                Vector256<long> doubtful = Vector256.Equals(h, aboveTop) | Vector256.Equals(h, belowInsideTop)
                    | Vector256.Equals(g, aboveTop) | Vector256.Equals(g, belowInsideTop);
                if (doubtful != Vector256<long>.Zero)
                {
                    break;
                }

                Vector256<ulong> q = t >>> 32;
                Vector256<ulong> p = u >>> 32;
                if (whole != 0)
                {
                    q += Avx2.Multiply(aLo, w32) + (Avx2.Multiply(aHi, w32) << 32);
                    p += Avx2.Multiply(aLo, v32) + (Avx2.Multiply(aHi, v32) << 32);
                }

                Vector256<long> up = Vector256.GreaterThan(h, aboveTop);
                Vector256<long> upToo = Vector256.GreaterThan(g, aboveTop);
                Vector256<long> inside = Vector256.AndNot(Vector256.GreaterThan(h, belowInsideTop), up);
                Vector256<long> insideToo = Vector256.AndNot(Vector256.GreaterThan(g, belowInsideTop), upToo);
                Vector256<ulong> amount = (q.AsInt64() - up).AsUInt64();
                Vector256<ulong> amountToo = (p.AsInt64() - upToo).AsUInt64();
                sum += amount + amountToo;
                amount.StoreUnsafe(ref a0, (nuint)i);
                amountToo.StoreUnsafe(ref a0, (nuint)(i + Vector256<ulong>.Count));

                int mask = (int)(inside.ExtractMostSignificantBits() | (insideToo.ExtractMostSignificantBits() << 4));
                Vector256<int> move = Vector256.LoadUnsafe(ref compress8, (nuint)(mask * 8));
                Avx2.PermuteVar8x32(indices8, move).StoreUnsafe(ref i0, (nuint)count);
                count += BitOperations.PopCount((uint)mask);
                indices8 += eight;
            }

            Vector128<int> indices = indices8.GetLower();
            for (; i <= end - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
            {
                Vector256<ulong> w = Vector256.LoadUnsafe(ref w0, (nuint)i);
                if (!Avx.TestC(lowHalf, w))
                {
                    break;
                }

                Vector256<uint> w32 = w.AsUInt32();
                Vector256<ulong> t = Avx2.Multiply(fHi, w32) + (Avx2.Multiply(fLo, w32) >>> 32);
                Vector256<long> h = (t & lowHalf).AsInt64();
                Vector256<long> doubtful = Vector256.Equals(h, aboveTop) | Vector256.Equals(h, belowInsideTop);
                if (doubtful != Vector256<long>.Zero)
                {
                    break;
                }

                Vector256<ulong> q = t >>> 32;
                if (whole != 0)
                {
                    q += Avx2.Multiply(aLo, w32) + (Avx2.Multiply(aHi, w32) << 32);
                }

                Vector256<long> up = Vector256.GreaterThan(h, aboveTop);
                Vector256<long> inside = Vector256.AndNot(Vector256.GreaterThan(h, belowInsideTop), up);
                Vector256<ulong> amount = (q.AsInt64() - up).AsUInt64();
                sum += amount;
                amount.StoreUnsafe(ref a0, (nuint)i);

                int mask = (int)inside.ExtractMostSignificantBits();
                Vector128<int> move = Vector128.LoadUnsafe(ref compress0, (nuint)(mask * 4));
                Avx.PermuteVar(indices.AsSingle(), move).AsInt32().StoreUnsafe(ref i0, (nuint)count);
                count += BitOperations.PopCount((uint)mask);
                indices += four;
            }

            window.Count = count;
            window.Sum += Vector256.Sum(sum);
            return i;
        }
    }

    /// <summary>Four recipients from <paramref name="i"/> the exact way.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WindowGroup(ReadOnlySpan<long> weights, Span<long> amounts, int i, ulong total, ulong whole, ulong part, ulong scaled, ref Window window, Span<int> idx)
    {
        for (int j = i; j < i + Vector256<ulong>.Count; j++)
        {
            WindowOne(weights, amounts, j, total, whole, part, scaled, ref window, idx);
        }
    }

    /// <summary>
    /// The predicted window and what the pass found. The window is given twice: by the top 32 bits <c>h</c> of the
    /// estimated fraction (above when <c>h &gt; AboveTop</c>, inside when <c>h &gt;= InsideTop</c>) and, for the exact
    /// way, by the remainder itself (above when <c>r &gt;= AboveFrom</c>, inside when <c>r &gt;= InsideFrom</c>), the
    /// two agreeing on every recipient whose <c>h</c> is not doubtful.
    /// </summary>
    private struct Window
    {
        /// <summary>Makes the window of the buckets <paramref name="low"/> to <paramref name="high"/> (by
        /// <c>r·2^12 / W</c>): above it <c>r·2^64 / W &gt; (high + 1)·2^52 - 1</c>, inside
        /// <c>r·2^64 / W &gt;= low·2^52</c>, which in whole remainders is <c>r &gt; floor(((high + 1)·2^52 - 1)·W / 2^64)</c>
        /// and <c>r &gt;= ceil(low·2^20·W / 2^32)</c>.</summary>
        public Window(int low, int high, ulong total, int capacity)
        {
            unchecked
            {
                ulong aboveTop = ((ulong)(high + 1) << (32 - BucketBits)) - 1;
                ulong insideTop = (ulong)low << (32 - BucketBits);
                AboveTop = (long)aboveTop;
                InsideTop = (long)insideTop;
                UInt128 aboveThreshold = (((UInt128)aboveTop << 32) | uint.MaxValue) * total;
                AboveFrom = (ulong)(aboveThreshold >> 64) + 1;
                UInt128 insideThreshold = (UInt128)insideTop * total;
                InsideFrom = (ulong)((insideThreshold + uint.MaxValue) >> 32);
                Capacity = capacity;
                FineShift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(AboveFrom - InsideFrom - 1) - FineBits);
            }
        }

        /// <summary>The largest top half <c>h</c> of an estimated fraction not above the window.</summary>
        public long AboveTop { get; }

        /// <summary>The smallest top half <c>h</c> of an estimated fraction inside the window.</summary>
        public long InsideTop { get; }

        /// <summary>The smallest exact remainder above the window.</summary>
        public ulong AboveFrom { get; }

        /// <summary>The smallest exact remainder inside the window.</summary>
        public ulong InsideFrom { get; }

        /// <summary>The shift that puts a remainder inside the window into one of 1,024 buckets,
        /// <c>(r - InsideFrom) >> FineShift</c>, monotone in r.</summary>
        public int FineShift { get; }

        /// <summary>How many kept indices allow one more store; beyond it the route gives up.</summary>
        public int Capacity { get; }

        /// <summary>The sum of the amounts written so far (floors, plus one above the window).</summary>
        public ulong Sum { get; set; }

        /// <summary>The number of indices inside the window kept so far.</summary>
        public int Count { get; set; }
    }
}
