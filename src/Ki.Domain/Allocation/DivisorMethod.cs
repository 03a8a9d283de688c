using System.Buffers;

namespace Ki.Domain.Allocation;

/// <summary>
/// The divisor methods (D'Hondt, Sainte-Laguë) on whole units, exact with integer arithmetic, started from the quotas.
/// </summary>
/// <remarks>
/// <para>
/// A divisor method gives the S largest entries of the table <c>v_i / d(j)</c> (j = 0, 1, …; D'Hondt <c>d(j) = j + 1</c>,
/// Sainte-Laguë <c>d(j) = j + 1/2</c>), ordered by value, equal values by the lower index. The start is the set of
/// entries strictly above <c>Σv / H</c>: from the quota <c>x_i = H·v_i/Σv</c>, <c>ceil(x_i) - 1</c> (D'Hondt, with
/// <c>H = S + n/2</c> to offset its known bias toward large recipients) or <c>ceil(x_i - 1/2)</c> (Sainte-Laguë, with
/// <c>H = S</c>) units. Any such set is a head of the ordered table and misses the target by fewer units than there are
/// recipients, so a heap adds the next entries (or drops the last ones) one at a time: <c>O(n log n)</c> whatever the
/// number of seats.
/// </para>
/// <para>
/// Values are compared by cross-multiplication with doubled divisors (<c>2j + 2</c> or <c>2j + 1</c>) in 128 bits: exact.
/// A tie is left open by the method when the last entry given and the first entry refused have the same value; then
/// every recipient holding such an entry is marked.
/// </para>
/// </remarks>
internal static class DivisorMethod
{
    private const int StackLimit = 512;

    /// <summary>Apportions; the caller has validated the arguments. Returns whether a tie was broken by index.</summary>
    public static bool Apportion(bool sainteLague, long seats, ReadOnlySpan<long> weights, Span<long> result, Span<bool> tied, UInt128 total)
    {
        int n = weights.Length;
        long offset = sainteLague ? 1 : 2;
        Int128 placed = 0; // Sainte-Laguë starts can exceed a house of 2^63 - 1 by up to n/2

        // The start needs one division per recipient; with a total below 2^62 it uses the reciprocal division
        // (two multiplications) instead of a 128-bit software division.
        bool narrow = total < (UInt128.One << 62);
        ExactDivisor byTotal = narrow ? new ExactDivisor((ulong)total) : default;
        ExactDivisor byTwiceTotal = narrow ? new ExactDivisor((ulong)total * 2) : default;
        // D'Hondt gives each recipient about half a unit more than the lower quota, so its start uses the house
        // seats + n/2 (any threshold gives a head of the ordered table; a good one leaves little for the heap).
        // The house is kept within 2^63 - 1 so that every start and their sum fit in a long (also a head of the table).
        ulong house = sainteLague || seats == 0 ? (ulong)seats : Math.Min((ulong)seats + (ulong)(n / 2), long.MaxValue);
        for (int i = 0; i < n; i++)
        {
            ulong productHigh = Math.BigMul(house, (ulong)weights[i], out ulong productLow);
            UInt128 product = new(productHigh, productLow);
            long start;
            if (sainteLague)
            {
                // ceil(x - 1/2) for x = product / total, that is floor((2·product - total - 1) / (2·total)) + 1
                UInt128 twice = product * 2;
                start = twice > total ? (long)Divide(twice - total - 1, byTwiceTotal, total * 2, narrow) + 1 : 0;
            }
            else
            {
                // ceil(x) - 1, that is floor((product - 1) / total)
                start = product > 0 ? (long)Divide(product - 1, byTotal, total, narrow) : 0;
            }

            result[i] = start;
            placed += start;
        }

        if (placed != seats)
        {
            bool adding = placed < seats;
            int[]? rented = null;
            Span<int> heap = n <= StackLimit ? stackalloc int[n] : (rented = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
            try
            {
                var queue = new EntryHeap(heap, weights, result, offset, adding);
                for (int i = 0; i < n; i++)
                {
                    if (weights[i] > 0 && (adding || result[i] > 0))
                    {
                        queue.Push(i);
                    }
                }

                for (; placed != seats; placed += adding ? 1 : -1)
                {
                    int top = queue.Pop();
                    result[top] += adding ? 1 : -1;
                    if (adding || result[top] > 0)
                    {
                        queue.Push(top);
                    }
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<int>.Shared.Return(rented);
                }
            }
        }

        return MarkTies(weights, result, tied, offset);
    }

    // The low 64 bits are taken with an unchecked cast: the project checks arithmetic, and a checked cast of a
    // dividend of 2^64 or more (3·10^18 votes × 11 seats) threw instead of dividing. The quotient always fits.
    private static ulong Divide(UInt128 dividend, ExactDivisor divisor, UInt128 wideDivisor, bool narrow) =>
        narrow ? divisor.DivRem((ulong)(dividend >> 64), unchecked((ulong)dividend), out _) : (ulong)(dividend / wideDivisor);

    private static bool MarkTies(ReadOnlySpan<long> weights, ReadOnlySpan<long> result, Span<bool> tied, long offset)
    {
        // lastIn: the smallest value given; firstOut: the largest value refused.
        int lastIn = -1;
        int firstOut = -1;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0)
            {
                continue;
            }

            if (result[i] > 0 && (lastIn < 0 || Compare(weights[i], result[i] - 1, weights[lastIn], result[lastIn] - 1, offset) < 0))
            {
                lastIn = i;
            }

            if (firstOut < 0 || Compare(weights[i], result[i], weights[firstOut], result[firstOut], offset) > 0)
            {
                firstOut = i;
            }
        }

        if (lastIn < 0 || firstOut < 0 || Compare(weights[lastIn], result[lastIn] - 1, weights[firstOut], result[firstOut], offset) != 0)
        {
            return false;
        }

        if (!tied.IsEmpty)
        {
            for (int i = 0; i < weights.Length; i++)
            {
                tied[i] = weights[i] > 0
                    && ((result[i] > 0 && Compare(weights[i], result[i] - 1, weights[lastIn], result[lastIn] - 1, offset) == 0)
                        || Compare(weights[i], result[i], weights[firstOut], result[firstOut], offset) == 0);
            }
        }

        return true;
    }

    /// <summary>Compares the table entries <c>v_a / d(j_a)</c> and <c>v_b / d(j_b)</c> exactly.</summary>
    internal static int Compare(long va, long ja, long vb, long jb, long offset)
    {
        // Both products are 64 × 64 → 128 bits; Math.BigMul does each with one multiplication, where the UInt128
        // operator would multiply all four halves.
        // The doubled divisors 2j + offset are computed in 64 unsigned bits; only j = 2^63 - 1 with D'Hondt (a house of
        // 2^63 - 1 seats, all to one recipient) reaches 2^64 and takes the 128-bit path.
        ulong db = unchecked((2 * (ulong)jb) + (ulong)offset);
        ulong da = unchecked((2 * (ulong)ja) + (ulong)offset);
        if (da == 0 || db == 0)
        {
            UInt128 left = (UInt128)(ulong)va * (((UInt128)(ulong)jb * 2) + (ulong)offset);
            UInt128 right = (UInt128)(ulong)vb * (((UInt128)(ulong)ja * 2) + (ulong)offset);
            return left.CompareTo(right);
        }

        ulong leftHigh = Math.BigMul((ulong)va, db, out ulong leftLow);
        ulong rightHigh = Math.BigMul((ulong)vb, da, out ulong rightLow);
        return leftHigh != rightHigh ? leftHigh.CompareTo(rightHigh) : leftLow.CompareTo(rightLow);
    }

    /// <summary>
    /// A binary heap of recipient indices. Adding: the top is the largest next entry <c>v_i / d(s_i)</c>, lower index
    /// first. Removing: the top is the smallest last entry <c>v_i / d(s_i - 1)</c>, higher index first.
    /// </summary>
    private ref struct EntryHeap(Span<int> items, ReadOnlySpan<long> weights, ReadOnlySpan<long> seats, long offset, bool adding)
    {
        private readonly Span<int> _items = items;
        private readonly ReadOnlySpan<long> _weights = weights;
        private readonly ReadOnlySpan<long> _seats = seats;
        private int _count;

        public void Push(int index)
        {
            int at = _count++;
            while (at > 0)
            {
                int parent = (at - 1) / 2;
                if (!Before(index, _items[parent]))
                {
                    break;
                }

                _items[at] = _items[parent];
                at = parent;
            }

            _items[at] = index;
        }

        public int Pop()
        {
            int top = _items[0];
            int last = _items[--_count];
            int at = 0;
            while (true)
            {
                int child = (2 * at) + 1;
                if (child >= _count)
                {
                    break;
                }

                if (child + 1 < _count && Before(_items[child + 1], _items[child]))
                {
                    child++;
                }

                if (!Before(_items[child], last))
                {
                    break;
                }

                _items[at] = _items[child];
                at = child;
            }

            if (_count > 0)
            {
                _items[at] = last;
            }

            return top;
        }

        private readonly bool Before(int a, int b)
        {
            if (adding)
            {
                int c = Compare(_weights[a], _seats[a], _weights[b], _seats[b], offset);
                return c > 0 || (c == 0 && a < b);
            }
            else
            {
                int c = Compare(_weights[a], _seats[a] - 1, _weights[b], _seats[b] - 1, offset);
                return c < 0 || (c == 0 && a > b);
            }
        }
    }
}
