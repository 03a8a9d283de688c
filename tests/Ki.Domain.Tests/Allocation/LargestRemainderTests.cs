using System.Numerics;

namespace Ki.Domain.Tests.Allocation;

/// <summary>
/// The engine's large-N routes (above 512 recipients: the histogram of remainders, the split quotient with its
/// vectorised pass for weights below 2^32, the per-group scalar fallback, the reciprocal route for sums above 2^63;
/// from 4,096 recipients the one-pass window route) against the BigInteger oracle of <see cref="AllocatorTests"/>.
/// </summary>
public sealed class LargestRemainderTests
{
    private static readonly (long Low, long High)[] WeightRanges =
    [
        (0, 4),
        (1_000, 1_000_000),
        (uint.MaxValue - 1_000L, uint.MaxValue + 1_000L),
        (0, 1L << 40),
        (1L << 50, 1L << 53),
        (0, 1L << 62),
    ];

    private static readonly (long Low, long High)[] BudgetRanges =
    [
        (0, 1_000),
        (0, 10_000_000_000),
        (0, long.MaxValue),
        (-1, -1), // a multiple of total / 24, see Build
    ];

    [Property(MaxTest = 120)]
    public Property Distribute_ManyRecipientsAnyMagnitude_MatchesBigIntegerReference() =>
        Prop.ForAll(Splits(513, 2_100), t => Matches(t.Budget, t.Weights));

    /// <summary>Weights and a budget from every weight and budget range, for a number of recipients in a range.</summary>
    private static Arbitrary<(long[] Weights, long Budget)> Splits(int fewest, int most) => (
        from n in Gen.Choose(fewest, most)
        from seed in Gen.Choose(0, int.MaxValue)
        from weightRange in Gen.Choose(0, WeightRanges.Length - 1)
        from budgetRange in Gen.Choose(0, BudgetRanges.Length - 1)
        select Build(n, seed, WeightRanges[weightRange], BudgetRanges[budgetRange])).ToArbitrary();

    [Fact]
    public void Distribute_MostWeightsSmallSomeAbove32Bits_MatchesBigIntegerReference()
    {
        // Groups of four with one weight of 2^32 or more take the scalar way inside the vector pass.
        var random = new Random(7);
        long[] weights = [.. Enumerable.Range(0, 1_003).Select(i => i % 37 == 5 ? (1L << 32) + random.Next() : random.Next(0, 1_000_000))];
        foreach (long budget in new[] { 1L, 9_999L, 10_000_000_000L, long.MaxValue })
        {
            Assert.True(Matches(budget, weights), $"budget {budget}");
        }
    }

    [Theory]
    [InlineData(1L << 53, 0)]
    [InlineData(1L << 53, 1)]
    [InlineData((1L << 53) + 3, 0)]
    [InlineData(((1L << 53) * 3) / 2, 7)]
    public void Distribute_TotalAroundTwoToThe63_MatchesBigIntegerReference(long weight, long extra)
    {
        // 1,024 weights of 2^53 add up to exactly 2^63, the largest total of the split route; anything more takes
        // the reciprocal route.
        long[] weights = [.. Enumerable.Repeat(weight, 1_024)];
        weights[^1] += extra;
        weights[100] -= extra;
        weights[517] += extra * 2;
        foreach (long budget in new[] { 1L, 1_023L, 1_025L, 10_000_000_000L, long.MaxValue - 5, long.MaxValue })
        {
            Assert.True(Matches(budget, weights), $"budget {budget}");
        }
    }

    [Fact]
    public void Distribute_ManyRecipientsWithTies_MarksExactlyTheTiedRecipients()
    {
        var random = new Random(11);
        long[] weights = [.. Enumerable.Range(0, 2_000).Select(_ => (long)random.Next(1, 4) * 1_000)];
        weights[0] += weights.Sum() % 2000; // an even number of thousands: budget total / 2 leaves remainder 0 on even weights
        long total = weights.Sum();
        foreach (long budget in new[] { 1_001L, 12_345L, total + 7, total / 2, (total * 3) / 2 })
        {
            long[] amounts = new long[weights.Length];
            bool[] tied = new bool[weights.Length];
            bool tie = LargestRemainder.Distribute(budget, weights, amounts, tied, (UInt128)total);
            (bool expectedTie, bool[] expectedTied) = ReferenceTies(budget, weights);
            Assert.Equal(AllocatorTests.Reference(budget, weights), amounts);
            Assert.Equal(expectedTie, tie);
            Assert.Equal(expectedTied, tied);
        }
    }

    [Property(MaxTest = 60)]
    public Property Distribute_PeriodicWeightsThatMisleadTheSample_MatchesBigIntegerReference()
    {
        // From 4,096 recipients the cut is searched near where every 16th remainder puts it. Weights with period 16
        // make that sample unrepresentative (too high, too low or right), so both the window and the full count run.
        Gen<(int N, int Seed, long Sampled, int BudgetRange)> inputs =
            from n in Gen.Choose(4_096, 12_000)
            from seed in Gen.Choose(0, int.MaxValue)
            from sampled in Gen.Elements(0L, 1L, 999_983L, 1L << 31)
            from budgetRange in Gen.Choose(0, BudgetRanges.Length - 1)
            select (n, seed, sampled, budgetRange);
        return Prop.ForAll(inputs.ToArbitrary(), t =>
        {
            (long[] weights, long budget) = Build(t.N, t.Seed, (0, 100_000), BudgetRanges[t.BudgetRange]);
            for (int i = 0; i < weights.Length; i += 16)
            {
                weights[i] = t.Sampled;
            }

            weights[1] += 1;
            return Matches(budget, weights) && Matches(weights.Length / 3, weights) && Matches(weights.Sum() - 1, weights);
        });
    }

    [Property(MaxTest = 60)]
    public Property Distribute_FromFourThousandRecipients_MatchesReferenceAndMarksTies()
    {
        // The one-pass route (and, when its window misses, the histogram route) on every weight and budget range,
        // through Distribute with the tied recipients asked for, as the explained allocation asks.
        return Prop.ForAll(Splits(4_096, 20_000), t => MatchesWithTies(t.Budget, t.Weights));
    }

    [Theory]
    [InlineData(4_096, 1_000L, 1_000_000L, 10_000_000_000L)]
    [InlineData(100_000, 1_000L, 1_000_000L, 10_000_000_000L)]
    [InlineData(100_000, 1_000L, 1_000_000L, 999_999_999_999_999L)]
    [InlineData(30_000, 0L, 1L << 31, 123_456_789_012L)]
    [InlineData(30_000, 1L << 31, 1L << 33, 123_456_789_012L)]
    public void TryWindowPass_SpreadFractions_IsTakenAndMatchesReference(int n, long low, long high, long budget)
    {
        // Spread-out fractions: the sample's window holds the cut, so the route must not hand back to the histogram
        // route. The weights at 2^32 and above take the exact way group by group; a budget above the total gives
        // every floor a whole part.
        var random = new Random(n);
        long[] weights = [.. Enumerable.Range(0, n).Select(_ => random.NextInt64(low, high))];
        long[] amounts = new long[n];
        UInt128 total = LargestRemainder.Total(weights, out _);

        Assert.True(LargestRemainder.TryWindowPass((ulong)budget, weights, amounts, default, (ulong)total, out bool tie));
        Assert.False(tie);
        Assert.Equal(AllocatorTests.Reference(budget, weights), amounts);
    }

    [Theory]
    [InlineData(1_000L)]
    [InlineData(7_777_777L)]
    [InlineData(10_000_000_000L)]
    public void Distribute_FromFourThousandRecipientsWithTies_MarksExactlyTheTiedRecipients(long budgetPerMille)
    {
        // Few distinct weights: whole runs of equal remainders inside the window, the cut through one of them.
        var random = new Random(5);
        long[] weights = [.. Enumerable.Range(0, 9_001).Select(_ => (long)random.Next(1, 40) * 1_013)];
        long total = weights.Sum();
        foreach (long budget in new[] { budgetPerMille, (total / 1_000 * 617) + budgetPerMille, (total * 3) + budgetPerMille })
        {
            Assert.True(MatchesWithTies(budget, weights), $"budget {budget}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Distribute_FractionsOnBucketEdges_MatchesReferenceAndMarksTies(int seed)
    {
        // A total of 3·4,096·k and a budget of c·k (c not a multiple of 3) put the fraction of every weight divisible
        // by 3 on a multiple of 1/4,096, a bucket edge, while f = floor(b·2^64 / W) is not exact: those estimates lie
        // just below the edge, so the vector pass meets both doubtful values and must hand the group to the exact way.
        var random = new Random(seed);
        long[] weights = [.. Enumerable.Range(0, 40_000).Select(_ => random.NextInt64(1, 100_000))];
        weights[^1] += (12_288 - (weights.Sum() % 12_288)) % 12_288;
        long k = weights.Sum() / 12_288;
        foreach (long c in new[] { 7L, (3L * random.Next(1_366, 300_000)) + 1, (3L * random.Next(1_366, 300_000)) + 2, (12_288L * 5) + 6_145 })
        {
            Assert.True(MatchesWithTies(c * k, weights), $"budget {c * k}");
        }
    }

    [Fact]
    public void Distribute_FractionsEstimatedToWrap_MatchesBigIntegerReference()
    {
        // Budget = total / 24 makes every remainder of a weight divisible by 24 zero, whose estimate wraps to the top
        // of the fractions; the cut lies elsewhere, so those recipients must keep their floors and get no unit.
        var random = new Random(13);
        long[] weights = [.. Enumerable.Range(0, 50_000).Select(i => i % 3 == 0 ? 24L * random.Next(1, 40_000) : random.Next(1, 1_000_000))];
        weights[0] += (24 - (weights.Sum() % 24)) % 24;
        long total = weights.Sum();
        foreach (long budget in new[] { total / 24, total / 24 * 5, total / 24 * 23, total + (total / 24) })
        {
            Assert.True(Matches(budget, weights), $"budget {budget}");
        }
    }

    [Fact]
    public void Distribute_SampledRecipientsAllZero_MatchesBigIntegerReference()
    {
        // Every 16th weight is zero: the sample sees only zero remainders and puts the window far too low.
        var random = new Random(3);
        long[] weights = [.. Enumerable.Range(0, 20_000).Select(i => i % 16 == 0 ? 0L : random.Next(1, 1_000_000))];
        foreach (long budget in new[] { 1L, 9_999L, 10_000_000_000L, long.MaxValue })
        {
            Assert.True(Matches(budget, weights), $"budget {budget}");
        }
    }

    [Property(MaxTest = 200)]
    public Property Total_AnyWeights_IsTheExactSumAndSeesEveryNegative()
    {
        // Long arrays of large weights: the vector lanes carry past 2^64 many times.
        // Half the arrays hold no negative weight, so the exact sum is checked on them and not only on short arrays
        // (a negative drawn for every seventh weight would leave almost no long array without one).
        Gen<long> nonNegative = Gen.Frequency(
            (1, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (1, Gen.Choose(0, int.MaxValue).Select(i => long.MaxValue - i)));
        Gen<long> any = Gen.Frequency((6, nonNegative), (1, Gen.Choose(int.MinValue, -1).Select(i => (long)i)));
        Gen<long[]> weights = Gen.Choose(0, 100).SelectMany(n => Gen.OneOf(Gen.ArrayOf(nonNegative, n), Gen.ArrayOf(any, n)));
        return Prop.ForAll(weights.ToArbitrary(), w =>
        {
            UInt128 total = LargestRemainder.Total(w, out bool anyNegative);
            return anyNegative == w.Any(x => x < 0)
                && (anyNegative || (BigInteger)total == w.Aggregate(BigInteger.Zero, (a, x) => a + x));
        });
    }

    [Fact]
    public void Allocate_ManyHugeWeightsOrOneNegative_MatchesReferenceOrThrows()
    {
        long[] weights = [.. Enumerable.Range(0, 45).Select(i => long.MaxValue - (i * 1_000_003L))];
        Assert.True(Matches(1_000_000_007, weights));
        Assert.True(Matches(long.MaxValue, weights));

        weights[37] = -1;
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Allocator.Allocate(1, weights, new long[weights.Length]));
        Assert.Equal("weights", e.ParamName);
        Assert.Contains("weights[37]", e.Message, StringComparison.Ordinal);
    }

    private static (long[] Weights, long Budget) Build(int n, int seed, (long Low, long High) weightRange, (long Low, long High) budgetRange)
    {
        var random = new Random(seed);
        long[] weights = [.. Enumerable.Range(0, n).Select(_ => random.NextInt64(weightRange.Low, weightRange.High))];
        if (weights.All(w => w == 0))
        {
            weights[seed % n] = 1;
        }

        if (budgetRange.Low >= 0)
        {
            return (weights, random.NextInt64(budgetRange.Low, budgetRange.High));
        }

        // Make the total a multiple of 24 and the budget a multiple of total / 24, so that many budget × weight
        // products are whole multiples of the total: a zero remainder is where a quotient estimate falls one short.
        weights[^1] += (24 - (weights.Aggregate(0L, (a, w) => unchecked(a + w)) % 24)) % 24;
        BigInteger total = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        long budget = (long)BigInteger.Min(total / 24 * random.Next(1, 100), long.MaxValue);
        return (weights, budget);
    }

    private static bool Matches(long budget, long[] weights)
    {
        long[] amounts = new long[weights.Length];
        Allocator.Allocate(budget, weights, amounts);
        return amounts.SequenceEqual(AllocatorTests.Reference(budget, weights));
    }

    private static bool MatchesWithTies(long budget, long[] weights)
    {
        long[] amounts = new long[weights.Length];
        bool[] tied = new bool[weights.Length];
        UInt128 total = LargestRemainder.Total(weights, out _);
        bool tie = LargestRemainder.Distribute(budget, weights, amounts, tied, total);
        (bool expectedTie, bool[] expectedTied) = ReferenceTies(budget, weights);
        return amounts.SequenceEqual(AllocatorTests.Reference(budget, weights)) && tie == expectedTie && tied.SequenceEqual(expectedTied);
    }

    /// <summary>Whether the last unit went to one of several equal remainders, and which recipients share it.</summary>
    private static (bool Tie, bool[] Tied) ReferenceTies(long budget, long[] weights)
    {
        BigInteger total = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        BigInteger[] remainders = [.. weights.Select(w => budget * (BigInteger)w % total)];
        BigInteger floors = weights.Aggregate(BigInteger.Zero, (a, w) => a + (budget * (BigInteger)w / total));
        int leftover = (int)(budget - floors);
        bool[] tied = new bool[weights.Length];
        if (leftover == 0)
        {
            return (false, tied);
        }

        BigInteger threshold = remainders.OrderByDescending(r => r).ElementAt(leftover - 1);
        int above = remainders.Count(r => r > threshold);
        int equal = remainders.Count(r => r == threshold);
        bool tie = equal > leftover - above;
        for (int i = 0; i < weights.Length; i++)
        {
            tied[i] = tie && remainders[i] == threshold;
        }

        return (tie, tied);
    }
}
