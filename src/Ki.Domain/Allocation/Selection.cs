using System.Numerics;

namespace Ki.Domain.Allocation;

/// <summary>Linear-time selection (introselect) on spans, without allocation.</summary>
internal static class Selection
{
    /// <summary>
    /// Returns the element that would sit at <paramref name="index"/> if <paramref name="values"/> were sorted
    /// ascending; reorders <paramref name="values"/>. Quickselect with a median-of-three pivot, falling back to a
    /// full sort of the remaining range when the partitions degenerate.
    /// </summary>
    public static T NthSmallest<T>(Span<T> values, int index)
        where T : struct, IComparisonOperators<T, T, bool>, IComparable<T>
    {
        int lo = 0;
        int hi = values.Length - 1;
        int budget = 2 * (BitOperations.Log2((uint)values.Length) + 2);
        while (lo < hi)
        {
            if (budget-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                return values[index];
            }

            int mid = lo + ((hi - lo) / 2);
            if (values[mid] < values[lo])
            {
                (values[mid], values[lo]) = (values[lo], values[mid]);
            }

            if (values[hi] < values[lo])
            {
                (values[hi], values[lo]) = (values[lo], values[hi]);
            }

            if (values[hi] < values[mid])
            {
                (values[hi], values[mid]) = (values[mid], values[hi]);
            }

            T pivot = values[mid];
            int i = lo;
            int j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (index <= j)
            {
                hi = j;
            }
            else if (index >= i)
            {
                lo = i;
            }
            else
            {
                return values[index];
            }
        }

        return values[index];
    }
}
