namespace Ki.Domain.Tests.Places;

public sealed class KeyTests
{
    [Fact]
    public void MunicipalityKey_KnowsItsDistrictAndRegion()
    {
        MunicipalityKey soest = MunicipalityKey.Parse("05974040");
        Assert.Equal("05974040", soest.Code);
        Assert.Equal(DistrictKey.Parse("05974"), soest.District);
        Assert.Equal(RegionKey.Parse("059"), soest.Region);
        Assert.Equal(RegionKey.Parse("059"), soest.District.Region);
        Assert.Equal(5, soest.Region.LandCode);
        Assert.True(soest.IsNrw);
    }

    [Theory]
    [InlineData("5974", "exactly 5 digits")]
    [InlineData("0597A", "'A' is not a digit")]
    [InlineData("059740", "exactly 5 digits")]
    [InlineData("17123", "Land code")]
    [InlineData("00123", "Land code")]
    public void DistrictKey_BadKey_NamesValueAndRule(string text, string rule)
    {
        var e = Assert.Throws<FormatException>(() => DistrictKey.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
        Assert.False(DistrictKey.TryParse(text, out _));
    }

    [Fact]
    public void ParseNrw_NonNrwKey_SaysNrwIsRequired()
    {
        Assert.False(DistrictKey.Parse("09162").IsNrw);
        var e = Assert.Throws<FormatException>(() => DistrictKey.ParseNrw("09162"));
        Assert.Contains("North Rhine-Westphalia is required", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => MunicipalityKey.ParseNrw("09162000"));
        Assert.Throws<FormatException>(() => RegionKey.ParseNrw("052"));
        Assert.True(RegionKey.TryParseNrw("051", out _));
        Assert.False(MunicipalityKey.TryParseNrw("05274040", out _));
    }

    [Fact]
    public void Keys_CompareByCode()
    {
        EqualityAssert.Equal(DistrictKey.Parse("05974"), DistrictKey.ParseNrw("05974"));
        EqualityAssert.Less(DistrictKey.Parse("05970"), DistrictKey.Parse("05974"));
        EqualityAssert.Less(MunicipalityKey.Parse("05111000"), MunicipalityKey.Parse("05974004"));
        Assert.Equal("05974", DistrictKey.Parse("05974").ToString());
        Assert.Equal("00000", default(DistrictKey).Code);
    }
}
