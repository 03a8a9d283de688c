using System.Numerics;

namespace Ki.Domain.Tests.Allocation;

public sealed class ApportionerTests
{
    private static readonly Gen<long[]> SmallWeights = Gen.Choose(1, 12)
        .SelectMany(n => Gen.ArrayOf(Gen.Frequency((5, Gen.Choose(1, 500)), (1, Gen.Constant(0)), (2, Gen.Elements(10, 20, 30))).Select(x => (long)x), n))
        .Where(w => w.Any(x => x > 0));

    /// <summary>A divisor method (D'Hondt or Sainte-Laguë), up to <paramref name="maxSeats"/> seats and small weights.</summary>
    private static Arbitrary<(ApportionmentMethod, long, long[])> DivisorCases(int maxSeats) => (
        from method in Gen.Elements(ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague)
        from seats in Gen.Choose(0, maxSeats)
        from weights in SmallWeights
        select (method, (long)seats, weights)).ToArbitrary();

    private static readonly Gen<ApportionmentMethod> Methods = Gen.Elements(ApportionmentMethod.HareNiemeyer, ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague);

    [Property(MaxTest = 500)]
    public Property ApportionSpan_AnyInput_MatchesTheTableOfAllEntries()
    {
        return Prop.ForAll(DivisorCases(60), t => Run(t.Item1, t.Item2, t.Item3).SequenceEqual(ReferenceDivisor(t.Item1, t.Item2, t.Item3)));
    }

    [Property]
    public Property ApportionSpan_HareNiemeyer_IsTheLargestRemainderSplit()
    {
        return Prop.ForAll(
            Gen.Zip(Gen.Choose(0, 1000), SmallWeights).ToArbitrary(),
            t => Run(ApportionmentMethod.HareNiemeyer, t.Item1, t.Item2).SequenceEqual(AllocatorTests.Reference(t.Item1, t.Item2)));
    }

    [Property(MaxTest = 500)]
    public Property ApportionSpan_DivisorMethods_AreHouseMonotone()
    {
        return Prop.ForAll(DivisorCases(200), t =>
        {
            long[] smaller = Run(t.Item1, t.Item2, t.Item3);
            long[] larger = Run(t.Item1, t.Item2 + 1, t.Item3);
            return smaller.Zip(larger).All(p => p.Second >= p.First) && larger.Sum() == t.Item2 + 1;
        });
    }

    [Fact]
    public void ApportionSpan_HareNiemeyer_ShowsTheAlabamaParadox()
    {
        // Populations 6, 6, 2: with 10 seats C gets 2 (remainder 3/7 beats 2/7); with 11 seats C gets only 1.
        Assert.Equal([4L, 4, 2], Run(ApportionmentMethod.HareNiemeyer, 10, [6, 6, 2]));
        Assert.Equal([5L, 5, 1], Run(ApportionmentMethod.HareNiemeyer, 11, [6, 6, 2]));
    }

    [Fact]
    public void Apportion_TextbookExample_GivesTheKnownSeats()
    {
        AllocationRecipient[] parties = [new("A", 100_000m), new("B", 80_000m), new("C", 30_000m), new("D", 20_000m)];
        Assert.Equal([4m, 3m, 1m, 0m], Apportioner.Apportion(ApportionmentMethod.DHondt, 8, parties).Lines.Select(l => l.Seats));
        Assert.Equal([3m, 3m, 1m, 1m], Apportioner.Apportion(ApportionmentMethod.SainteLague, 8, parties).Lines.Select(l => l.Seats));
        Assert.Equal([3m, 3m, 1m, 1m], Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 8, parties).Lines.Select(l => l.Seats));
        Assert.False(Apportioner.Apportion(ApportionmentMethod.SainteLague, 8, parties).HasTie);
    }

    [Theory]
    [InlineData(ApportionmentMethod.HareNiemeyer)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    public void Apportion_ExactTie_IsReportedAndBrokenById(ApportionmentMethod method)
    {
        AllocationRecipient[] parties = [new("Zeta", 50m), new("Alpha", 50m), new("Small", 1m)];
        ApportionmentResult result = Apportioner.Apportion(method, 1, parties);

        Assert.True(result.HasTie);
        Assert.Equal(["Zeta:0:True", "Alpha:1:True", "Small:0:False"], result.Lines.Select(l => $"{l.Id}:{l.Seats}:{l.IsTie}"));
    }

    [Fact]
    public void Apportion_HalfPosts_GivesMultiplesOfTheUnit()
    {
        ApportionmentResult result = Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 2.5m, [new("a", 1m), new("b", 1m), new("c", 3m)], unit: 0.5m);
        Assert.Equal([0.5m, 0.5m, 1.5m], result.Lines.Select(l => l.Seats));
        Assert.Equal([1L, 1, 3], result.Lines.Select(l => l.Units));
        Assert.Throws<ArgumentException>(() => Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 2.25m, [new("a", 1m)], unit: 0.5m));
    }

    [Property]
    public Property Apportion_PermutedInput_GivesEveryIdTheSameSeats()
    {
        Gen<(ApportionmentMethod, int, long[], int[])> gen =
            from method in Methods
            from seats in Gen.Choose(0, 100)
            from weights in SmallWeights
            from permutation in AllocationGen.Permutation(weights.Length)
            select (method, seats, weights, permutation);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            AllocationRecipient[] parties = AllocationGen.Recipients(t.Item3);
            var straight = Apportioner.Apportion(t.Item1, t.Item2, parties).Lines.ToDictionary(l => l.Id, l => (l.Seats, l.IsTie));
            ApportionmentResult permuted = Apportioner.Apportion(t.Item1, t.Item2, t.Item4.Select(i => parties[i]));
            return permuted.Lines.All(l => straight[l.Id] == (l.Seats, l.IsTie)) && permuted.Lines.Sum(l => l.Units) == t.Item2;
        });
    }

    [Fact]
    public void Apportion_ManySeats_StillExact()
    {
        long[] weights = [11_196_374, 8_000_001, 3_000_000, 999_999, 7];
        foreach (ApportionmentMethod method in new[] { ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague })
        {
            long[] seats = Run(method, 1_000_000_000, weights);
            Assert.Equal(1_000_000_000, seats.Sum());
            BigInteger total = weights.Sum();
            Assert.All(seats.Zip(weights), p => Assert.True(BigInteger.Abs(p.First * total - (1_000_000_000 * (BigInteger)p.Second)) <= 2 * total));
        }
    }

    [Fact]
    public void Apportion_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportioner.Apportion(default, 1, [new AllocationRecipient("a", 1m)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportioner.Apportion(ApportionmentMethod.DHondt, -1, [new AllocationRecipient("a", 1m)]));
        Assert.Throws<ArgumentException>(() => Apportioner.Apportion(ApportionmentMethod.DHondt, 1, [new AllocationRecipient("a", 0m)]));
        Assert.Throws<ArgumentException>(() => Apportioner.Apportion(ApportionmentMethod.DHondt, 1, [new AllocationRecipient("a", 1m).WithCap(Ki.Domain.Money.Euro.Zero)]));
    }

    [Fact]
    public void ApportionSpan_AfterWarmUp_AllocatesNothingOnTheHeap()
    {
        long[] weights = [.. Enumerable.Range(1, 2_000).Select(i => (long)(i * 7919 % 1000) + 1)];
        long[] seats = new long[weights.Length];
        ApportionmentMethod[] methods = [ApportionmentMethod.HareNiemeyer, ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague];
        for (int warmUp = 0; warmUp < 200; warmUp++)
        {
            // Until the JIT has tiered up and the array pool holds the scratch arrays, the first calls allocate.
            Apportioner.Apportion(methods[warmUp % 3], 5_001, weights, seats);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (ApportionmentMethod method in methods)
        {
            Apportioner.Apportion(method, 5_001, weights, seats);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static long[] Run(ApportionmentMethod method, long seats, long[] weights)
    {
        long[] result = new long[weights.Length];
        Apportioner.Apportion(method, seats, weights, result);
        return result;
    }

    /// <summary>The definition: list v_i / d(j) for all i and j &lt; seats, sort by value then index, take the first seats.</summary>
    private static long[] ReferenceDivisor(ApportionmentMethod method, long seats, long[] weights)
    {
        int offset = method == ApportionmentMethod.SainteLague ? 1 : 2;
        var entries = weights.SelectMany((w, i) => Enumerable.Range(0, (int)seats).Select(j => (Index: i, Value: w, Divisor: (2 * j) + offset)))
            .Where(e => e.Value > 0).ToList();
        entries.Sort((a, b) =>
        {
            int c = ((BigInteger)b.Value * a.Divisor).CompareTo((BigInteger)a.Value * b.Divisor);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        long[] result = new long[weights.Length];
        foreach (var e in entries.Take((int)seats))
        {
            result[e.Index]++;
        }

        return result;
    }
}
