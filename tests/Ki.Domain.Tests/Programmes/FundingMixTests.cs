namespace Ki.Domain.Tests.Programmes;

public sealed class FundingMixTests
{
    private static readonly SourceReference Src = new("test", Confidence.Secondary);

    private static FundingMix Kis2016() => new("KIs 2016",
    [
        new FundingContribution(FundingSource.Municipal, Euro.FromDecimal(19_600_000m)),
        new FundingContribution(FundingSource.Land, Euro.FromDecimal(14_500_000m)),
        new FundingContribution(FundingSource.FoundationsAndThirdParties, Euro.FromDecimal(5_300_000m)),
    ], Src);

    [Fact]
    public void Total_NrwKis2016_Is39Point4MioAndMatchesThePublishedTotal()
    {
        FundingMix mix = Kis2016();
        Assert.Equal(Euro.FromDecimal(39_400_000m), mix.Total);
        Assert.Equal(Euro.Zero, mix.DifferenceFrom(Euro.FromDecimal(39_400_000m)));
        Assert.Equal(Euro.FromEuros(-100_000), mix.DifferenceFrom(Euro.FromDecimal(39_300_000m)));
    }

    [Fact]
    public void PercentOf_NrwKis2016_GivesTheShares()
    {
        FundingMix mix = Kis2016();
        Assert.Equal(49.75m, mix.PercentOf(FundingSource.Municipal, 2, RoundingMode.Commercial));
        Assert.Equal(36.80m, mix.PercentOf(FundingSource.Land, 2, RoundingMode.Commercial));
        Assert.Equal(13.45m, mix.PercentOf(FundingSource.FoundationsAndThirdParties, 2, RoundingMode.Commercial));
        Assert.Equal(0m, mix.PercentOf(FundingSource.Federal, 2, RoundingMode.Commercial));
        Assert.Equal(1m, decimal.Round(new[] { FundingSource.Municipal, FundingSource.Land, FundingSource.FoundationsAndThirdParties }.Sum(mix.ShareOf), 20));
        Assert.Equal(196m / 394m, mix.ShareOf(FundingSource.Municipal));
    }

    [Fact]
    public void Constructor_SameSourceTwice_AddsUpAndOrdersBySource()
    {
        var mix = new FundingMix("x",
        [
            new FundingContribution(FundingSource.EuropeanUnion, Euro.FromEuros(1)),
            new FundingContribution(FundingSource.Municipal, Euro.FromEuros(2)),
            new FundingContribution(FundingSource.EuropeanUnion, Euro.FromEuros(3)),
        ], Src);

        Assert.Equal([FundingSource.Municipal, FundingSource.EuropeanUnion], mix.Contributions.Select(c => c.Source));
        Assert.Equal(Euro.FromEuros(4), mix.AmountOf(FundingSource.EuropeanUnion));
        Assert.Equal(Euro.FromEuros(6), mix.Total);
    }

    [Fact]
    public void Constructor_NegativeOrUndefinedContribution_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingMix("x", [new FundingContribution(FundingSource.Land, Euro.FromEuros(-1))], Src));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingMix("x", [default], Src));
    }

    [Fact]
    public void ShareOf_ZeroTotal_Throws()
    {
        var mix = new FundingMix("x", [new FundingContribution(FundingSource.Land, Euro.Zero)], Src);
        Assert.Throws<InvalidOperationException>(() => mix.ShareOf(FundingSource.Land));
    }
}
