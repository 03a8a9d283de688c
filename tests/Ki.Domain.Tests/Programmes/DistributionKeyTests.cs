namespace Ki.Domain.Tests.Programmes;

public sealed class DistributionKeyTests
{
    private static readonly SourceReference Law = new("FlüAG NRW § 3 (https://3935.staging.lexmea.de/gesetz/flueag-nrw/3)", Confidence.Verified);

    private static DistributionKey FluAg() => new(
    [
        new DistributionIndicator(new LocalizedText("Einwohner", "population"), new Figure<decimal>(0.9m, Law)) { Code = "population" },
        new DistributionIndicator(new LocalizedText("Fläche", "area"), new Figure<decimal>(0.1m, Law)) { Code = "area" },
    ])
    {
        Cap = new DistributionCap("population", new Figure<decimal>(1.25m, Law)),
    };

    [Fact]
    public void ToIndicatorKey_FluAg_IsTheCoreKeyWithTheCap()
    {
        IndicatorKey key = FluAg().ToIndicatorKey();

        Assert.Equal(["population", "area"], key.Components.Select(c => c.Indicator));
        Assert.Equal([0.9m, 0.1m], key.Components.Select(c => c.Factor));
        Assert.Equal("population", key.CapIndicator);
        Assert.Equal(1.25m, key.CapMultiple);
    }

    [Fact]
    public void ToIndicatorKey_Integrationspauschale2018_SharesOfTheNrwTotals()
    {
        DistributionKey line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "integrationspauschale-2018").Versions.Single().DistributionKey!;

        IndicatorKey key = line.ToIndicatorKey();

        Assert.Equal(["awov-persons:0.6", "flueag-persons:0.4"], key.Components.Select(c => c.ToString()));
        Assert.Equal([153_727m, 88_380m], key.Components.Select(c => c.Total!.Value));
        Assert.Equal(Euro.FromEuros(50_000), line.Floor!.Value.Value);
    }

    [Fact]
    public void ToIndicatorKey_KommAnKeyNotKnown_Throws()
    {
        DistributionKey unknown = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-2a").Versions[0].DistributionKey!;

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(unknown.ToIndicatorKey);
        Assert.Contains("not known", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToIndicatorKey_IndicatorWithoutCode_Throws()
    {
        var key = new DistributionKey([new DistributionIndicator(new LocalizedText("Einwohner", "population"), new Figure<decimal>(1m, Law))]);

        Assert.Throws<InvalidOperationException>(key.ToIndicatorKey);
    }

    [Fact]
    public void ToIndicatorKey_RandomDistricts_SplitEqualsTheCoreSplitOfTheSameWeights()
    {
        Gen<(long Budget, (long Population, long Area)[] Places)> rounds =
            from budget in Gen.Choose(0, 50_000_000).Select(b => (long)b)
            from count in Gen.Choose(1, 20)
            from places in Gen.Zip(Gen.Choose(1, 700_000), Gen.Choose(1, 40_000)).ArrayOf(count)
            select (budget, places.Select(p => ((long)p.Item1, (long)p.Item2)).ToArray());
        Properties.Check(Prop.ForAll(rounds.ToArbitrary(), round =>
        {
            KeyInput[] inputs = [.. round.Places.Select((p, i) => new KeyInput("g" + i, new Dictionary<string, decimal> { ["population"] = p.Population, ["area"] = p.Area }))];
            KeyShares byLine = FluAg().ToIndicatorKey().Apply(inputs);
            KeyShares byCore = IndicatorKey.Parse("population:0.9,area:0.1").WithCap("population", 1.25m).Apply(inputs);
            AllocationResult a = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(round.Budget), byLine.ToRecipients(new Dictionary<string, string>())));
            AllocationResult b = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(round.Budget), byCore.ToRecipients(new Dictionary<string, string>())));
            return a.Lines.Select(l => l.Amount).SequenceEqual(b.Lines.Select(l => l.Amount)) && a.Allocated == Euro.FromCents(round.Budget);
        }), 150);
    }
}
