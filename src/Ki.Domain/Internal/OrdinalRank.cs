namespace Ki.Domain.Internal;

/// <summary>
/// Ranks identifiers in ordinal order (<see cref="StringComparer.Ordinal"/>, UTF-16 code unit by code unit) faster
/// than sorting the strings: each key's first eight code units, packed into one 128-bit number, decide most
/// comparisons, and only keys that share those eight units compare their strings.
/// </summary>
/// <remarks>
/// A key shorter than eight units is packed with zeros after its end. That keeps the order: where two packed prefixes
/// first differ, either both keys have a unit there (and the smaller unit is first in ordinal order too) or one key
/// has ended, in which case it is a prefix of the other and comes first in ordinal order as well. Equal packed
/// prefixes, whatever the reason, fall back to <see cref="string.CompareOrdinal(string, string)"/>.
/// </remarks>
internal static class OrdinalRank
{
    private const int PackedUnits = 8;

    /// <summary>The positions of <paramref name="keys"/> ordered by the keys in ordinal order; equal keys by position.</summary>
    /// <param name="keys">The keys, none null.</param>
    /// <returns>A new array: element k is the position of the k-th key in ordinal order.</returns>
    public static int[] Of(ReadOnlySpan<string> keys)
    {
        var entries = new Entry[keys.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = new Entry(Pack(keys[i]), keys[i], i);
        }

        Array.Sort(entries);
        var positions = new int[entries.Length];
        for (int k = 0; k < positions.Length; k++)
        {
            positions[k] = entries[k].Position;
        }

        return positions;
    }

    /// <summary>The first eight UTF-16 code units of a key, the first in the highest bits, zeros after its end.</summary>
    internal static UInt128 Pack(string key)
    {
        UInt128 packed = 0;
        for (int j = 0; j < PackedUnits; j++)
        {
            packed = (packed << 16) | (j < key.Length ? key[j] : 0u);
        }

        return packed;
    }

    private readonly struct Entry(UInt128 prefix, string key, int position) : IComparable<Entry>
    {
        private readonly UInt128 _prefix = prefix;
        private readonly string _key = key;

        public int Position { get; } = position;

        public int CompareTo(Entry other)
        {
            int byPrefix = _prefix.CompareTo(other._prefix);
            if (byPrefix != 0)
            {
                return byPrefix;
            }

            int byKey = string.CompareOrdinal(_key, other._key);
            return byKey != 0 ? byKey : Position.CompareTo(other.Position);
        }
    }
}
