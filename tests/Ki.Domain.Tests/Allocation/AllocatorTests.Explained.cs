using System.Numerics;

namespace Ki.Domain.Tests.Allocation;

/// <summary>
/// The explained allocation against the fast path and the exact quotas (issue 16): the explained API runs the fast
/// path in the request's order and applies the id rule only to the recipients tied at the last unit, and computes
/// each quota when it is read; these laws hold it to what the id-sorted fast path and the direct fraction give.
/// </summary>
public sealed partial class AllocatorTests
{
    /// <summary>Weights from a small set, so that equal remainders (ties at the last cent) are common.</summary>
    private static Gen<long[]> TiedWeights { get; } = Gen.Choose(1, 60)
        .SelectMany(n => Gen.ArrayOf(Gen.Elements(0L, 1L, 1L, 2L, 3L, 7L, 7L, 1_000_003L), n))
        .Where(w => w.Any(x => x > 0));

    /// <summary>Ids whose ordinal order is unrelated to the request's order (and mixes case, digits and length).</summary>
    private static Gen<string[]> Ids(int n) =>
        Gen.ArrayOf(Gen.Elements("a", "B", "z", "Ä", "0", "r", "R"), n)
            .Select(prefixes => prefixes.Select((p, i) => $"{p}{(i * 7919) % 1009}-{i}").ToArray());

    [Property(MaxTest = 300)]
    public Property Allocate_AnyOrderManyTies_AmountsAndReasonsEqualTheFastPathInIdOrder()
    {
        Gen<(long, long[], string[])> gen =
            from budget in Gen.Frequency((3, Gen.Choose(0, 200).Select(i => (long)i)), (1, AllocationGen.BudgetCents))
            from weights in TiedWeights
            from ids in Ids(weights.Length)
            select (budget, weights, ids);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (long budget, long[] weights, string[] ids) = t;
            AllocationResult result = Allocator.Allocate(AllocationRequest.Of(
                Euro.FromCents(budget), weights.Select((w, i) => new AllocationRecipient(ids[i], w))));
            long[] expected = FastPathInIdOrder(budget, weights, ids);
            BigInteger total = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
            return result.Lines.Select(l => l.Amount.Cents).SequenceEqual(expected)
                && result.Lines.Select((l, i) => l.Reasons == (expected[i] * total > budget * (BigInteger)weights[i] ? AllocationReasons.Remainder : AllocationReasons.None)).All(x => x);
        }).Label("explained amounts and reasons = the fast path over the recipients sorted by id");
    }

    [Property(MaxTest = 300)]
    public Property Allocate_DecimalWeights_QuotaIsTheOldExactFraction()
    {
        // The quota used to be stored per line as ((base·Wf + R·w)·unit) / Wf with the weights scaled to integers by
        // the smallest common power of ten; now it is computed when read, and must be the same fraction, term for term.
        Gen<(long, decimal[], int)> gen =
            from budget in AllocationGen.BudgetCents
            from weights in AllocationGen.Weights.Select(w => w.Select(x => x % 100_000).ToArray()).Where(w => w.Any(x => x > 0))
            from decimals in Gen.Choose(0, 3)
            from unit in Gen.Elements(1, 1, 100, 5_000)
            select (budget, weights.Select(w => w / Pow10(decimals)).ToArray(), unit);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (long budget, decimal[] weights, int unit) = t;
            AllocationResult result = Allocator.Allocate(AllocationRequest.Of(
                Euro.FromCents(budget), weights.Select((w, i) => new AllocationRecipient($"r{i:D2}", w))).WithUnit(Euro.FromCents(unit)));
            int scale = weights.Max(w => Allocator.SignificantScale(w));
            BigInteger[] scaled = [.. weights.Select(w => (BigInteger)(w * Pow10(scale)))];
            BigInteger total = scaled.Aggregate(BigInteger.Zero, (a, w) => a + w);
            long units = budget / unit;
            return result.Lines.Select((l, i) => scaled[i].IsZero
                    ? l.Quota.Numerator == l.Amount.Cents && l.Quota.Denominator.IsOne
                    : l.Quota.Numerator == units * scaled[i] * unit && l.Quota.Denominator == total)
                .All(x => x)
                && result.Lines.All(l => l.Quota == l.Quota && l.Quota.GetHashCode() == l.Quota.GetHashCode());
        });
    }

    [Property(MaxTest = 300)]
    public Property Allocate_WithBoundsAnyOrder_LinesEqualTheIdOrderedRequest()
    {
        // With bounds the split also runs in the request's order; reversing the request changes no amount, reason or
        // quota of any id (ties between equal remainders go to the id that sorts first, whatever the order).
        return Prop.ForAll(AllocationGen.BoundedRequest.ToArbitrary(), request =>
        {
            AllocationResult straight = Allocator.Allocate(request);
            AllocationResult reversed = Allocator.Allocate(
                AllocationRequest.Of(request.Budget, request.Recipients.Reverse()).WithUnit(request.Unit));
            return reversed.Lines.All(l => straight.TryGetLine(l.Id, out AllocationLine? s)
                && s.Amount == l.Amount && s.Reasons == l.Reasons && s.Quota == l.Quota
                && (!AtBound(l) || (l.Quota.Numerator == l.Amount.Cents && l.Quota.Denominator.IsOne)));
        });
    }

    [Theory]
    [InlineData(7, 5)]
    [InlineData(600, 12_345)]
    [InlineData(10_000, 12_345)]
    [InlineData(100_000, 9_999_999)]
    public void Allocate_AllEqualWeightsShuffled_LeftoverCentsGoToTheFirstIds(int n, long budget)
    {
        // Every remainder is equal, so every recipient is tied at the last cent: the explained API must sort them all
        // (through the small route below 512 recipients and the histogram route above it).
        string[] ids = [.. Enumerable.Range(0, n).Select(i => $"id{i:D6}")];
        string[] shuffled = [.. ids.Select((id, i) => (id, key: (i * 2_654_435_761L) % n)).OrderBy(x => x.key).Select(x => x.id)];
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(budget), shuffled.Select(id => new AllocationRecipient(id, 3))));

        long each = budget / n;
        long extra = budget % n;
        foreach (AllocationLine line in result.Lines)
        {
            bool first = string.CompareOrdinal(line.Id, ids[(int)extra]) < 0;
            Assert.Equal(each + (first ? 1 : 0), line.Amount.Cents);
            Assert.Equal(first ? AllocationReasons.Remainder : AllocationReasons.None, line.Reasons);
        }

        Assert.Equal(shuffled, result.Lines.Select(l => l.Id));
    }

    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(20_000, 2)]
    public void Allocate_ManyRecipientsReversedIds_AgreesWithTheFastPathInIdOrder(int n, int seed)
    {
        var random = new Random(seed);
        long[] weights = [.. Enumerable.Range(0, n).Select(i => i % 3 == 0 ? 500L : random.NextInt64(1, 1_000))];
        string[] ids = [.. Enumerable.Range(0, n).Select(i => $"m{n - i:D6}")];
        foreach (long budget in new[] { 0L, 12_345L, 10_000_000_000L, (long)n * 1_000 + 1 })
        {
            AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(budget), weights.Select((w, i) => new AllocationRecipient(ids[i], w))));
            Assert.Equal(FastPathInIdOrder(budget, weights, ids), result.Lines.Select(l => l.Amount.Cents));
        }
    }

    [Fact]
    public void Lines_ReadTwiceAndFromManyThreads_AreTheSameObjects()
    {
        // The line objects are made on first read; every read, on any thread, must see the same ones.
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(1_000), AllocationGen.Recipients([.. Enumerable.Range(1, 500).Select(i => (long)i)])));
        AllocationLine[][] seen = [.. Enumerable.Range(0, 8).AsParallel().Select(_ => result.Lines.ToArray())];

        Assert.All(seen, lines => Assert.True(lines.Length == 500 && lines.Zip(seen[0]).All(p => ReferenceEquals(p.First, p.Second))));
        Assert.True(result.Lines.Zip(seen[0]).All(p => ReferenceEquals(p.First, p.Second)));
        Assert.True(result.TryGetLine("r499", out AllocationLine? last));
        Assert.Same(seen[0][^1], last);
        Assert.Equal(result.Allocated, Euro.Sum(result.Lines.Select(l => l.Amount)));
    }

    [Fact]
    public void TryGetLine_NullId_ThrowsNamingTheArgument()
    {
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(10), AllocationGen.Recipients([1, 2])));
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => result.TryGetLine(null!, out _)).ParamName);
        Assert.False(result.TryGetLine("r99", out _));
        Assert.True(result.TryGetLine("r01", out AllocationLine? line));
        Assert.Equal(Euro.Parse("6.67", null), line.Amount);
    }

    /// <summary>The fast path over the recipients sorted by id (ties to the lower index = the id that sorts first), in the request's order.</summary>
    private static long[] FastPathInIdOrder(long budget, long[] weights, string[] ids)
    {
        int[] order = [.. Enumerable.Range(0, ids.Length).OrderBy(i => ids[i], StringComparer.Ordinal)];
        long[] sortedAmounts = FastPath(budget, [.. order.Select(i => weights[i])]);
        long[] amounts = new long[weights.Length];
        for (int k = 0; k < order.Length; k++)
        {
            amounts[order[k]] = sortedAmounts[k];
        }

        return amounts;
    }

    private static bool AtBound(AllocationLine line) =>
        (line.Reasons & (AllocationReasons.Floor | AllocationReasons.Cap | AllocationReasons.Demand)) != 0;

    private static decimal Pow10(int exponent) => Enumerable.Repeat(10m, exponent).Aggregate(1m, (a, b) => a * b);
}
