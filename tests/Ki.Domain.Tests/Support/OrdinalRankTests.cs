using Ki.Domain.Internal;

namespace Ki.Domain.Tests.Support;

/// <summary>
/// The award allocator ranks a round's identifiers with <see cref="OrdinalRank"/>: it must agree with the plain ordinal
/// sort of the strings on every input, above all where the packed eight-unit prefixes are equal or cut a key short.
/// </summary>
public sealed class OrdinalRankTests
{
    /// <summary>
    /// Random keys from a small alphabet that includes NUL, a letter, an umlaut, a high surrogate and U+FFFF, of lengths
    /// 0 to 12, many of them sharing long prefixes: the ranked keys read in the order the ordinal sort gives.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Of_RandomKeysWithSharedPrefixesAndNul_AgreesWithTheOrdinalSort()
    {
        char[] alphabet = ['\0', 'a', 'A', '0', '-', 'ä', '\uD800', '\uFFFF'];
        Gen<string> key =
            from length in Gen.Choose(0, 12)
            from units in Gen.ArrayOf(Gen.Elements(alphabet), length)
            select new string(units);
        Gen<string[]> keyLists = from count in Gen.Choose(2, 60) from keys in Gen.ArrayOf(key, count) select keys;
        return Prop.ForAll(keyLists.ToArbitrary(), given =>
        {
            string[] expected = [.. given.OrderBy(k => k, StringComparer.Ordinal)];
            string[] ranked = [.. OrdinalRank.Of(given).Select(i => given[i])];
            return expected.SequenceEqual(ranked, StringComparer.Ordinal).Label($"{string.Join("|", expected)} / {string.Join("|", ranked)}");
        });
    }

    [Fact]
    public void Of_KeysEndingWhereOthersHaveNul_PutsTheShorterFirstAsTheOrdinalSortDoes()
    {
        string[] keys = ["a\0b", "a", "a\0", "a\0\0\0\0\0\0\0x", "a\0\0\0\0\0\0\0", "B", "ab"];

        int[] ranked = OrdinalRank.Of(keys);

        Assert.Equal(["B", "a", "a\0", "a\0\0\0\0\0\0\0", "a\0\0\0\0\0\0\0x", "a\0b", "ab"], ranked.Select(i => keys[i]));
    }

    [Fact]
    public void Of_EqualKeys_KeepTheirPositionsInOrder()
    {
        Assert.Equal([1, 3, 0, 2], OrdinalRank.Of(["b", "a", "b", "a"]));
    }

    [Fact]
    public void Of_RoundIdentifiersSharingTheirFirstEightUnits_AreOrderedByTheRest()
    {
        string[] keys = ["KOMM-AN-2020-0010", "KOMM-AN-2020-0002", "KOMM-AN-2019-0100", "KOMM-AN-2020-0001"];

        Assert.Equal([2, 3, 1, 0], OrdinalRank.Of(keys));
    }
}
