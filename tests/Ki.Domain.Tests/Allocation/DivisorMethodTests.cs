namespace Ki.Domain.Tests.Allocation;

public sealed class DivisorMethodTests
{
    private static int Reference(long va, long ja, long vb, long jb, long offset) =>
        ((UInt128)(ulong)va * (ulong)((2 * jb) + offset)).CompareTo((UInt128)(ulong)vb * (ulong)((2 * ja) + offset));

    [Theory]
    [InlineData(long.MaxValue, 0, long.MaxValue, 0, 1)]
    [InlineData(long.MaxValue, 1_000_000_000_000, long.MaxValue - 1, 1_000_000_000_000, 2)]
    [InlineData(1L << 62, (1L << 40) - 1, 1L << 61, (1L << 39) - 1, 1)]
    [InlineData(3, 0, 1, 1, 2)]
    public void Compare_AtTheEdgesOf128Bits_IsTheExactComparison(long va, long ja, long vb, long jb, long offset)
    {
        Assert.Equal(Reference(va, ja, vb, jb, offset), DivisorMethod.Compare(va, ja, vb, jb, offset));
        Assert.Equal(Reference(vb, jb, va, ja, offset), DivisorMethod.Compare(vb, jb, va, ja, offset));
    }

    [Property(MaxTest = 1000)]
    public Property Property_Compare_IsTheExactComparisonOfTheTableEntries()
    {
        var value = Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Select(i => (long)i),
            Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(t => ((long)t.Item1 << 31) | (long)t.Item2));
        var seatCount = Gen.OneOf(Gen.Choose(0, 1000).Select(i => (long)i), Gen.Choose(0, int.MaxValue).Select(i => (long)i << 20));
        var entries = Gen.Zip(Gen.Zip(Gen.Zip(value, seatCount), Gen.Zip(value, seatCount)), Gen.Elements(1L, 2L))
            .Select(t => (Va: t.Item1.Item1.Item1, Ja: t.Item1.Item1.Item2, Vb: t.Item1.Item2.Item1, Jb: t.Item1.Item2.Item2, Offset: t.Item2));
        return Prop.ForAll(entries.ToArbitrary(), e =>
            DivisorMethod.Compare(e.Va, e.Ja, e.Vb, e.Jb, e.Offset) == Reference(e.Va, e.Ja, e.Vb, e.Jb, e.Offset));
    }
}
