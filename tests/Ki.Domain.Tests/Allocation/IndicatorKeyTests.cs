namespace Ki.Domain.Tests.Allocation;

public sealed class IndicatorKeyTests
{
    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Apply_FlueAgKeyWithCap_MatchesTheDerivedTableForAll396Municipalities()
    {
        var inputs = TestCsv.Read("nrw_gemeinden.csv").Select(r => new KeyInput(r["ags"], new Dictionary<string, decimal>
        {
            ["population"] = Number(r["bevoelkerung_31_12_2019"]),
            ["area"] = Number(r["flaeche_km2"]),
        })).ToList();
        IndicatorKey key = IndicatorKey.Parse("population:0.9,area:0.1").WithCap("population", 1.25m);

        KeyShares shares = key.Apply(inputs);

        var expected = TestCsv.Read("nrw_flueag_zuweisungsschluessel_DERIVED.csv").ToDictionary(r => r["ags"]);
        Assert.Equal(396, shares.Shares.Length);
        foreach (KeyShare share in shares.Shares)
        {
            var row = expected[share.Id];
            Assert.Equal(Number(row["zuweisungsschluessel_pct"]), Math.Round(share.Share * 100m, 6, MidpointRounding.AwayFromZero));
            Assert.Equal(row["capped"] == "yes", share.IsCapped);
        }

        Assert.Equal(84, shares.Shares.Count(s => s.IsCapped));
        Assert.True(shares.CapRounds >= 1);
        Assert.InRange(shares.Shares.Sum(s => s.Share), 1m - 1e-12m, 1m + 1e-12m);
    }

    [Fact]
    public void Apply_CappedShares_NeverExceedTheCapAndKeepTheTotal()
    {
        // Three municipalities: a big one with little area, two small ones with much area.
        KeyInput Input(string id, decimal population, decimal area) => new(id, new Dictionary<string, decimal> { ["population"] = population, ["area"] = area });
        KeyShares shares = IndicatorKey.Parse("population:0.5,area:0.5").WithCap("population", 1.25m)
            .Apply([Input("a", 800, 10), Input("b", 100, 45), Input("c", 100, 45)]);

        // a: 0.5*0.8 + 0.5*0.1 = 0.45; b, c: 0.05 + 0.225 = 0.275 > 1.25*0.1 = 0.125, so b and c are capped at 0.125
        // and a gets the rest, 0.75.
        Assert.Equal([0.75m, 0.125m, 0.125m], shares.Shares.Select(s => s.Share));
        Assert.Equal([false, true, true], shares.Shares.Select(s => s.IsCapped));
    }

    [Fact]
    public void Apply_SingleIndicator_GivesPlainShares()
    {
        KeyShares shares = IndicatorKey.Parse("refugees").Apply(
            [new KeyInput("x", new Dictionary<string, decimal> { ["refugees"] = 1 }), new KeyInput("y", new Dictionary<string, decimal> { ["refugees"] = 2 })]);
        Assert.Equal([0.333333333333333m, 0.666666666666667m], shares.Shares.Select(s => s.Share));
        Assert.Equal(0, shares.CapRounds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("population:")]
    [InlineData("population:-1")]
    [InlineData("population:0.9,population:0.1")]
    [InlineData("pop ulation")]
    [InlineData("a:1:2")]
    public void Parse_BadText_ThrowsFormatExceptionNamingTheText(string text)
    {
        FormatException e = Assert.Throws<FormatException>(() => IndicatorKey.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MissingIndicator_ThrowsNamingRecipientAndIndicator()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => IndicatorKey.Parse("population,area")
            .Apply([new KeyInput("05974040", new Dictionary<string, decimal> { ["population"] = 1 })]));
        Assert.Contains("'05974040' has no value for the indicator 'area'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThenToString_RoundTrips()
    {
        Assert.Equal("population:0.9,area:0.1", IndicatorKey.Parse("population:0.9, area:0.1").ToString());
        Assert.Equal("population:1", IndicatorKey.Parse("population").ToString());
    }
}
