using System.Numerics;

namespace Ki.Domain.Tests.Allocation;

public sealed partial class AllocatorTests
{
    // ---------- the fast path ----------

    [Property]
    public Property AllocateSpan_AnyWeights_MatchesBigIntegerReference()
    {
        return Prop.ForAll(
            Gen.Zip(AllocationGen.BudgetCents, AllocationGen.Weights).ToArbitrary(),
            t => FastPath(t.Item1, t.Item2).SequenceEqual(Reference(t.Item1, t.Item2)));
    }

    [Theory]
    [InlineData(600, 1, 1_000_000)]
    [InlineData(5_000, 2, 1_000_000)]
    [InlineData(20_000, 3, 1_000_000)]
    [InlineData(3_000, 4, 1_000_000_000_000)]
    [InlineData(3_000, 5, 3)]
    public void AllocateSpan_ManyRecipients_MatchesBigIntegerReference(int n, int seed, long maxWeight)
    {
        // Above 512 recipients the fast path places the leftover units with a histogram; with large budgets or
        // weights it takes the 128-bit and unpacked routes. Check every route against the oracle.
        var random = new Random(seed);
        long[] weights = [.. Enumerable.Range(0, n).Select(i => i % 7 == 0 ? 1000L % maxWeight : random.NextInt64(0, maxWeight))];
        foreach (long budget in new[] { 0L, 99L, 13_100_000L, 9_876_543_210L, (long)n * 3 + 1, 1L << 55, long.MaxValue / 3 })
        {
            Assert.Equal(Reference(budget, weights), FastPath(budget, weights));
        }
    }

    [Fact]
    public void AllocateSpan_AllEqualWeightsManyRecipients_TiesGoToLowerIndex()
    {
        long[] weights = [.. Enumerable.Repeat(3L, 10_000)];
        long[] amounts = FastPath(12_345, weights);
        Assert.All(amounts.Take(2_345), a => Assert.Equal(2, a));
        Assert.All(amounts.Skip(2_345), a => Assert.Equal(1, a));
    }

    [Fact]
    public void AllocateSpan_WeightsSummingBeyond64Bits_MatchesBigIntegerReference()
    {
        long[] weights = [long.MaxValue, long.MaxValue - 1, long.MaxValue / 3, 5, 0, long.MaxValue];
        foreach (long budget in new[] { 1L, 7L, 1_000_001L, long.MaxValue })
        {
            Assert.Equal(Reference(budget, weights), FastPath(budget, weights));
        }
    }

    [Fact]
    public void AllocateSpan_LargestBudget_AddsUp()
    {
        long[] weights = [1, 2, 3, long.MaxValue / 2];
        long[] amounts = FastPath(long.MaxValue, weights);
        Assert.Equal(long.MaxValue, amounts.Aggregate(0L, (a, b) => checked(a + b)));
        Assert.Equal(Reference(long.MaxValue, weights), amounts);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(396)]
    [InlineData(100_000)]
    public void AllocateSpan_AfterWarmUp_AllocatesNothingOnTheHeap(int n)
    {
        var random = new Random(n);
        long[] weights = [.. Enumerable.Range(0, n).Select(_ => random.NextInt64(1, 1_000_000))];
        long[] amounts = new long[n];
        for (int warmUp = 0; warmUp < 100; warmUp++)
        {
            // Until the JIT has tiered up and the array pool holds the scratch arrays, the first calls may allocate.
            Allocator.Allocate(13_100_000 + warmUp, weights, amounts);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            Allocator.Allocate(13_100_000 + i, weights, amounts);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AllocateSpan_BadArguments_ThrowNamingTheArgument()
    {
        long[] output = new long[2];
        Assert.Equal("budget", Assert.Throws<ArgumentOutOfRangeException>(() => Allocator.Allocate(-1, [1, 2], output)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => Allocator.Allocate(1, [1, -2], output)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Allocator.Allocate(1, [0, 0], output)).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentException>(() => Allocator.Allocate(1, [1, 2, 3], output)).ParamName);
    }

    // ---------- laws of the rich API without bounds ----------

    [Property]
    public Property Allocate_AnyWeights_AddsUpNonNegativeAndWithinOneUnitOfQuota()
    {
        return Prop.ForAll(
            Gen.Zip(AllocationGen.BudgetCents, AllocationGen.Weights).ToArbitrary(),
            t =>
            {
                AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(t.Item1), AllocationGen.Recipients(t.Item2)));
                BigInteger total = t.Item2.Aggregate(BigInteger.Zero, (a, w) => a + w);
                return result.Allocated == result.Budget
                    && result.Unallocated.IsZero
                    && result.Lines.All(l => !l.Amount.IsNegative)
                    && result.Lines.Select((l, i) => l.Quota == new ExactAmount(t.Item1 * (BigInteger)t.Item2[i], total)).All(x => x)
                    && result.Lines.All(l => WithinOneUnit(l, result.Unit));
            });
    }

    [Property]
    public Property Allocate_RequestChangedByWith_GivesWhatAFreshRequestGives()
    {
        // The weights are scaled once when a request is made and shared by the copies WithBudget, WithCap and
        // WithFloor make; a copy must allocate exactly as a request made from scratch with the same settings.
        Gen<(long, long, long[], int)> gen =
            from first in AllocationGen.BudgetCents
            from second in AllocationGen.BudgetCents
            from weights in AllocationGen.Weights
            from capEuros in Gen.Choose(0, 50)
            select (first, second, weights, capEuros);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            AllocationRecipient[] recipients = AllocationGen.Recipients(t.Item3);
            Euro? cap = t.Item4 == 0 ? null : Euro.FromEuros(t.Item4 * 1_000);
            Euro budget = Euro.FromCents(t.Item2);
            AllocationRequest changed = AllocationRequest.Of(Euro.FromCents(t.Item1), recipients).WithCap(cap).WithBudget(budget);
            AllocationRequest fresh = AllocationRequest.Of(budget, recipients).WithCap(cap);
            if (cap is { } c && c.Cents * recipients.Length < budget.Cents)
            {
                // More budget than the caps take: both refuse or both leave the same rest unallocated.
                return Outcome(() => Allocator.Allocate(changed)) == Outcome(() => Allocator.Allocate(fresh));
            }

            AllocationResult a = Allocator.Allocate(changed);
            AllocationResult b = Allocator.Allocate(fresh);
            return a.Lines.Select(l => (l.Id, l.Amount, l.Reasons, l.Quota)).SequenceEqual(b.Lines.Select(l => (l.Id, l.Amount, l.Reasons, l.Quota)))
                && a.Allocated == b.Allocated && a.Lambda == b.Lambda;
        });

        static string Outcome(Func<AllocationResult> allocate)
        {
            try
            {
                AllocationResult r = allocate();
                return string.Join(";", r.Lines.Select(l => $"{l.Id}={l.Amount}/{l.Reasons}")) + "|" + r.Unallocated;
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }
        }
    }

    [Property]
    public Property Allocate_PermutedRecipients_GivesEveryIdTheSameAmount()
    {
        Gen<(long, long[], int[])> gen =
            from budget in AllocationGen.BudgetCents
            from weights in AllocationGen.Weights
            from permutation in AllocationGen.Permutation(weights.Length)
            select (budget, weights, permutation);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            AllocationRecipient[] recipients = AllocationGen.Recipients(t.Item2);
            AllocationResult straight = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(t.Item1), recipients));
            AllocationResult permuted = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(t.Item1), t.Item3.Select(i => recipients[i])));
            return permuted.Lines.Select(l => l.Id).SequenceEqual(t.Item3.Select(i => recipients[i].Id))
                && permuted.Lines.All(l => straight.TryGetLine(l.Id, out AllocationLine? s) && s.Amount == l.Amount && s.Reasons == l.Reasons);
        });
    }

    [Property]
    public Property Allocate_ScaledWeights_GivesTheSameAmounts()
    {
        Gen<(long, long[], int)> gen =
            from budget in AllocationGen.BudgetCents
            from weights in AllocationGen.Weights.Select(w => w.Select(x => x % 1_000_000).ToArray()).Where(w => w.Any(x => x > 0))
            from factor in Gen.Choose(2, 1000)
            select (budget, weights, factor);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            Euro budget = Euro.FromCents(t.Item1);
            AllocationResult plain = Allocator.Allocate(AllocationRequest.Of(budget, AllocationGen.Recipients(t.Item2)));
            AllocationResult scaled = Allocator.Allocate(AllocationRequest.Of(budget, AllocationGen.Recipients([.. t.Item2.Select(w => w * t.Item3)])));
            AllocationResult divided = Allocator.Allocate(AllocationRequest.Of(budget,
                t.Item2.Select((w, i) => new AllocationRecipient($"r{i:D2}", w / 1000m))));
            return plain.Lines.Select(l => l.Amount).SequenceEqual(scaled.Lines.Select(l => l.Amount))
                && plain.Lines.Select(l => l.Amount).SequenceEqual(divided.Lines.Select(l => l.Amount));
        });
    }

    [Property]
    public Property Allocate_IdsInIndexOrder_AgreesWithTheFastPath()
    {
        return Prop.ForAll(
            Gen.Zip(AllocationGen.BudgetCents, AllocationGen.Weights).ToArbitrary(),
            t => Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(t.Item1), AllocationGen.Recipients(t.Item2)))
                .Lines.Select(l => l.Amount.Cents).SequenceEqual(FastPath(t.Item1, t.Item2)));
    }

    // ---------- laws with bounds ----------

    [Property(MaxTest = 500)]
    public Property Allocate_WithBounds_HoldsEveryBoundAndTheClampLaw()
    {
        return Prop.ForAll(AllocationGen.BoundedRequest.ToArbitrary(), request =>
        {
            AllocationResult result = Allocator.Allocate(request);
            ExactAmount lambda = result.Lambda;
            bool allAtUpper = result.Lines.Where(l => l.Weight > 0).All(l => l.Reasons is AllocationReasons.Cap or AllocationReasons.Demand);
            return result.Allocated + result.Unallocated == result.Budget
                && !result.Unallocated.IsNegative
                && (result.Unallocated.IsZero || allAtUpper)
                && result.Lines.All(l => CheckBounds(l, lambda, result.Unit));
        });
    }

    [Property]
    public Property Allocate_WithBoundsPermuted_GivesEveryIdTheSameAmount()
    {
        Gen<(AllocationRequest, int[])> gen =
            from request in AllocationGen.BoundedRequest
            from permutation in AllocationGen.Permutation(request.Recipients.Length)
            select (request, permutation);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            AllocationRequest request = t.Item1;
            AllocationResult straight = Allocator.Allocate(request);
            AllocationRequest permuted = AllocationRequest.Of(request.Budget, t.Item2.Select(i => request.Recipients[i])).WithUnit(request.Unit);
            return Allocator.Allocate(permuted).Lines.All(l => straight.TryGetLine(l.Id, out AllocationLine? s) && s.Amount == l.Amount);
        });
    }

    // ---------- named examples ----------

    [Fact]
    public void Allocate_FiveCentsOverSevenEqualRecipients_FirstFiveIdsGetOneCent()
    {
        AllocationRecipient[] recipients = [.. "gfedcba".Select(c => new AllocationRecipient(c.ToString(), 1m))];
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.Parse("0.05", null), recipients));

        Assert.Equal(["g:0.00", "f:0.00", "e:0.01", "d:0.01", "c:0.01", "b:0.01", "a:0.01"], result.Lines.Select(l => $"{l.Id}:{l.Amount}"));
        Assert.All(result.Lines, l => Assert.Equal("0.007143", l.Quota.ToString()));
        Assert.Equal(5, result.Lines.Count(l => l.Reasons == AllocationReasons.Remainder));
        Assert.Equal(Euro.Parse("0.05", null), result.Allocated);
    }

    [Fact]
    public void Allocate_OneRecipient_GetsTheWholeBudget()
    {
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.Parse("131000.07", null), [new AllocationRecipient("x", 0.3m)]));
        AllocationLine line = Assert.Single(result.Lines);
        Assert.Equal(Euro.Parse("131000.07", null), line.Amount);
        Assert.Equal(AllocationReasons.None, line.Reasons);
    }

    [Fact]
    public void Allocate_KreisSoestByPopulation_SoestGets20625Euro06()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(131_000), KreisSoest());
        AllocationResult result = Allocator.Allocate(request);

        Assert.True(result.TryGetLine("05974040", out AllocationLine? soest));
        Assert.Equal("Soest, Stadt", soest.Name);
        Assert.Equal(Euro.Parse("20625.06", null), soest.Amount);
        Assert.Equal("20625.060888", soest.Quota.ToString());
        Assert.Equal(Euro.FromEuros(131_000), result.Allocated);
        Assert.Equal(14, result.Lines.Length);
        Assert.Equal("0.434084", result.Lambda.ToString()); // 131,000 EUR / 301,785 people
    }

    [Fact]
    public void Allocate_ZeroWeightAndZeroBudget_GiveZero()
    {
        AllocationResult zeroWeight = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(10),
            [new AllocationRecipient("a", 0m), new AllocationRecipient("b", 2m)]));
        Assert.Equal(["0.00", "10.00"], zeroWeight.Lines.Select(l => l.Amount.ToString()));

        AllocationResult zeroBudget = Allocator.Allocate(AllocationRequest.Of(Euro.Zero, AllocationGen.Recipients([3, 4, 5])));
        Assert.All(zeroBudget.Lines, l => Assert.True(l.Amount.IsZero));
    }

    [Fact]
    public void Allocate_UnitOfOneHundredEuros_GivesMultiplesOfTheUnit()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(131_000), KreisSoest()).WithUnit(Euro.FromEuros(100));
        AllocationResult result = Allocator.Allocate(request);
        Assert.All(result.Lines, l => Assert.Equal(0, l.Amount.Cents % 10_000));
        Assert.Equal(Euro.FromEuros(20_600), result.Lines.Single(l => l.Id == "05974040").Amount);
        Assert.Equal(Euro.FromEuros(131_000), result.Allocated);
    }

    [Fact]
    public void Allocate_BudgetNotAWholeNumberOfUnits_ReportsTheRestAsUnallocated()
    {
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.Parse("10.50", null), AllocationGen.Recipients([1, 2])).WithUnit(Euro.FromEuros(1)));
        Assert.Equal(["3.00", "7.00"], result.Lines.Select(l => l.Amount.ToString()));
        Assert.Equal(Euro.Parse("0.50", null), result.Unallocated);
    }

    [Fact]
    public void Allocate_FloorsOverTheBudget_Throws()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(100), AllocationGen.Recipients([1, 2, 3])).WithFloor(Euro.FromEuros(34));
        ArgumentException e = Assert.Throws<ArgumentException>(() => Allocator.Allocate(request));
        Assert.Contains("floors add up to 10200 units, more than the budget of 10000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_FloorOnZeroWeight_IsPaidByTheOthers()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(1000), AllocationGen.Recipients([0, 1, 3])).WithFloor(Euro.FromEuros(100));
        AllocationResult result = Allocator.Allocate(request);
        Assert.Equal(["100.00", "225.00", "675.00"], result.Lines.Select(l => l.Amount.ToString()));
        Assert.Equal([AllocationReasons.Floor, AllocationReasons.None, AllocationReasons.None], result.Lines.Select(l => l.Reasons));
    }

    [Fact]
    public void Allocate_EveryoneAtCapOrDemand_ReportsTheRestAsUnallocated()
    {
        AllocationRecipient[] recipients =
        [
            new AllocationRecipient("a", 1m).WithDemand(Euro.FromEuros(300)),
            new AllocationRecipient("b", 5m),
            new AllocationRecipient("c", 0m).WithFloor(Euro.FromEuros(50)),
        ];
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(10_000), recipients).WithCap(Euro.FromEuros(2_000)));

        Assert.Equal(["300.00", "2000.00", "50.00"], result.Lines.Select(l => l.Amount.ToString()));
        Assert.Equal([AllocationReasons.Demand, AllocationReasons.Cap, AllocationReasons.Floor], result.Lines.Select(l => l.Reasons));
        Assert.Equal(Euro.FromEuros(7_650), result.Unallocated);
        Assert.Equal(Euro.FromEuros(2_350), result.Allocated);
    }

    [Fact]
    public void Allocate_BaseAmountAndCap_FindsTheOneLambda()
    {
        // base 100 each; weights 1, 2, 7; cap 500: c is capped, a and b share the rest by weight on top of their base.
        // 500 + (100 + λ) + (100 + 2λ) = 1250 gives λ = 550/3; the leftover cent goes to b's larger remainder (2/3).
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(1_250), AllocationGen.Recipients([1, 2, 7]))
            .WithBase(Euro.FromEuros(100)).WithCap(Euro.FromEuros(500));
        AllocationResult result = Allocator.Allocate(request);

        Assert.Equal(["283.33", "466.67", "500.00"], result.Lines.Select(l => l.Amount.ToString()));
        Assert.Equal("183.333333", result.Lambda.ToString());
        Assert.Equal("283.333333", result.Lines[0].Quota.ToString());
        Assert.Equal([AllocationReasons.None, AllocationReasons.Remainder, AllocationReasons.Cap], result.Lines.Select(l => l.Reasons));
    }

    [Fact]
    public void Allocate_WeightsWithTooManyDecimals_ThrowsInsteadOfRounding()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(1), [new AllocationRecipient("a", 1m / 3m), new AllocationRecipient("b", 12345678m)]);
        Assert.Contains("of 'a' does not fit in 64 bits", Assert.Throws<OverflowException>(() => Allocator.Allocate(request)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_BadInput_ThrowsNamingTheValue()
    {
        Assert.Contains("'a' occurs twice", Assert.Throws<ArgumentException>(() =>
            AllocationRequest.Of(Euro.FromEuros(1), [new AllocationRecipient("a", 1m), new AllocationRecipient("a", 2m)])).Message, StringComparison.Ordinal);
        Assert.Contains("-1", Assert.Throws<ArgumentOutOfRangeException>(() => new AllocationRecipient("a", -1m)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => AllocationRequest.Of(Euro.FromCents(-1), AllocationGen.Recipients([1])));
        Assert.Contains("nothing to split by", Assert.Throws<ArgumentException>(() =>
            Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(1), AllocationGen.Recipients([0, 0])))).Message, StringComparison.Ordinal);
        Assert.Contains("The floor of 'r00' (0.50) is not a whole multiple of the unit (1.00)", Assert.Throws<ArgumentException>(() =>
            Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(10), AllocationGen.Recipients([1])).WithUnit(Euro.FromEuros(1)).WithFloor(Euro.Parse("0.50", null)))).Message, StringComparison.Ordinal);
        Assert.Contains("is above its cap", Assert.Throws<ArgumentException>(() =>
            Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(10), [new AllocationRecipient("a", 1m).WithFloor(Euro.FromEuros(5)).WithCap(Euro.FromEuros(4))]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_Integrationspauschale2018_ReproducesThePublishedAmounts()
    {
        // § 14a TIntG 2018: 60 % by AWoV count (NRW 153,727), 40 % by FlüAG average Q4/2017 (NRW 88,380, in thirds),
        // minimum 50,000 EUR. Splitting the published total of the 19 municipalities whose figures fit by that key
        // and floor must reproduce each published amount within 1 EUR (the press rounded the inputs).
        var rows = TestCsv.Read("integrationspauschale_2018_par14a_testvector.csv").Where(r => r["check"] != "SUSPECT").ToList();
        IndicatorKey key = IndicatorKey.Parse("awov:0.6,flueag:0.4")
            .WithTotal("awov", 153_727m).WithTotal("flueag", 88_380m * 3);
        KeyShares shares = key.Apply(rows.Select(r => new KeyInput(r["gemeinde"], new Dictionary<string, decimal>
        {
            ["awov"] = decimal.Parse(r["awov_wsa_1_1_2018"], CultureInfo.InvariantCulture),
            ["flueag"] = r["flueag_avg_implied"].Length > 0
                ? decimal.Parse(r["flueag_avg_implied"].Split('/')[0], CultureInfo.InvariantCulture)
                : decimal.Parse(r["flueag_avg_q4_2017_reported"], CultureInfo.InvariantCulture) * 3,
        })));
        Euro total = Euro.FromEuros(rows.Sum(r => long.Parse(r["amount_eur_published"], CultureInfo.InvariantCulture)));
        AllocationRequest request = AllocationRequest.Of(total, shares.Shares.Select(s => new AllocationRecipient(s.Id, s.Share)))
            .WithUnit(Euro.FromEuros(1)).WithFloor(Euro.FromEuros(50_000));

        AllocationResult result = Allocator.Allocate(request);

        Assert.Equal(total, result.Allocated);
        foreach (var row in rows)
        {
            Assert.True(result.TryGetLine(row["gemeinde"], out AllocationLine? line));
            long published = long.Parse(row["amount_eur_published"], CultureInfo.InvariantCulture);
            Assert.InRange(line.Amount.Cents / 100, published - 1, published + 1);
            Assert.Equal(row["gemeinde"] == "Hövelhof" ? AllocationReasons.Floor : AllocationReasons.None, line.Reasons & AllocationReasons.Floor);
        }

        Assert.InRange(result.Lambda.ToDecimal(6), 0.99m * 100_000_000m, 1.00m * 100_000_000m); // the scale s ≈ 0.99325 of 100 Mio EUR
    }

    [Fact]
    public void Allocate_Integrationspauschale2018Shape_HundredMillionWithFloorsAddsUp()
    {
        // The same key over the 21 municipalities plus one line for the rest of NRW, 100 Mio EUR, 50,000 EUR floor.
        var rows = TestCsv.Read("integrationspauschale_2018_par14a_testvector.csv");
        long awov = rows.Sum(r => long.Parse(r["awov_wsa_1_1_2018"], CultureInfo.InvariantCulture));
        long flueag = rows.Sum(r => long.Parse(r["flueag_avg_q4_2017_reported"], CultureInfo.InvariantCulture));
        KeyInput Input(string id, long a, long f) => new(id, new Dictionary<string, decimal> { ["awov"] = a, ["flueag"] = f });
        KeyShares shares = IndicatorKey.Parse("awov:0.6,flueag:0.4").Apply(rows
            .Select(r => Input(r["gemeinde"], long.Parse(r["awov_wsa_1_1_2018"], CultureInfo.InvariantCulture), long.Parse(r["flueag_avg_q4_2017_reported"], CultureInfo.InvariantCulture)))
            .Append(Input("Rest NRW", 153_727 - awov, 88_380 - flueag)));
        Assert.InRange(shares.Shares.Sum(s => s.Share), 1m - 1e-14m, 1m + 1e-14m);
        var recipients = shares.ToRecipients(new Dictionary<string, string>());
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(100_000_000), recipients).WithFloor(Euro.FromEuros(50_000)));

        Assert.Equal(Euro.FromEuros(100_000_000), result.Allocated);
        Assert.All(result.Lines, l => Assert.True(l.Amount >= Euro.FromEuros(50_000)));
        Assert.Equal(AllocationReasons.Floor, result.Lines.Single(l => l.Id == "Hövelhof").Reasons);
        Assert.All(result.Lines, l => Assert.True(WithinOneUnit(l, result.Unit)));
    }

    // ---------- helpers ----------

    internal static AllocationRecipient[] KreisSoest() =>
        [.. TestCsv.Read("kreis_soest_gemeinden.csv").Select(r =>
            new AllocationRecipient(r["ags"], decimal.Parse(r["bevoelkerung_31_12_2019"], CultureInfo.InvariantCulture), r["name"]))];

    private static long[] FastPath(long budget, long[] weights)
    {
        long[] amounts = new long[weights.Length];
        Allocator.Allocate(budget, weights, amounts);
        return amounts;
    }

    /// <summary>Largest remainder the slow, obvious way: BigInteger quotas, sort by remainder, lower index first.</summary>
    internal static long[] Reference(long budget, long[] weights)
    {
        BigInteger total = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        var parts = weights.Select((w, i) => (Index: i, Floor: BigInteger.DivRem(budget * (BigInteger)w, total, out BigInteger r), Remainder: r)).ToArray();
        long[] amounts = [.. parts.Select(p => (long)p.Floor)];
        long leftover = budget - amounts.Sum();
        foreach (var p in parts.OrderByDescending(p => p.Remainder).ThenBy(p => p.Index).Take((int)leftover))
        {
            amounts[p.Index]++;
        }

        return amounts;
    }

    private static bool WithinOneUnit(AllocationLine line, Euro unit)
    {
        ExactAmount amount = ExactAmount.FromEuro(line.Amount);
        ExactAmount low = ExactAmount.FromEuro(line.Amount - unit);
        return line.Quota <= amount ? line.Quota > low : line.Quota < ExactAmount.FromEuro(line.Amount + unit);
    }

    private static bool CheckBounds(AllocationLine line, ExactAmount lambda, Euro unit)
    {
        AllocationRecipient r = line.Recipient;
        Euro low = r.Floor ?? Euro.Zero;
        Euro high = Euro.Min(r.Cap ?? Euro.MaxValue, r.Demand ?? Euro.MaxValue);
        if (line.Amount < low || line.Amount > high || line.Amount.Cents % unit.Cents != 0)
        {
            return false;
        }

        // target = base + λ·w, exactly
        var target = new ExactAmount(
            (lambda.Numerator * (BigInteger)(r.Weight * 10_000m)) + ((BigInteger)(r.Base ?? Euro.Zero).Cents * lambda.Denominator * 10_000),
            lambda.Denominator * 10_000);
        return line.Reasons switch
        {
            AllocationReasons.Floor => line.Amount == low && target <= ExactAmount.FromEuro(low),
            AllocationReasons.Cap or AllocationReasons.Demand => line.Amount == high && (r.Weight == 0 ? (r.Base ?? Euro.Zero) > high : target >= ExactAmount.FromEuro(high)),
            _ => (r.Weight == 0 || line.Quota == target) && WithinOneUnit(line, unit),
        };
    }

    [Fact]
    public void WithBase_NegativeBaseAmount_NamesTheSockelbetragInBothLanguages()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AllocationRecipient("a", 1m).WithBase(Euro.FromCents(-1)));

        Assert.Equal("baseAmount", e.ParamName);
        Assert.StartsWith("The base amount of recipient 'a' must not be negative", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Der Sockelbetrag des Empfängers 'a' darf nicht negativ sein", Ki.Domain.Internal.GermanReason.Of(e), StringComparison.Ordinal);
    }
}
