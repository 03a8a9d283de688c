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
    [InlineData(typeof(DistrictKey), false, "5974", "exactly 5 digits")]
    [InlineData(typeof(DistrictKey), false, "0597A", "'A' is not a digit")]
    [InlineData(typeof(DistrictKey), false, "059740", "exactly 5 digits")]
    [InlineData(typeof(DistrictKey), false, "17123", "Land code")]
    [InlineData(typeof(DistrictKey), false, "00123", "Land code")]
    [InlineData(typeof(DistrictKey), true, "09162", "North Rhine-Westphalia is required")]
    [InlineData(typeof(MunicipalityKey), false, "0597404", "exactly 8 digits")]
    [InlineData(typeof(MunicipalityKey), false, "0597404x", "'x' is not a digit")]
    [InlineData(typeof(MunicipalityKey), false, "17974040", "Land code")]
    [InlineData(typeof(MunicipalityKey), true, "09162000", "North Rhine-Westphalia is required")]
    [InlineData(typeof(MunicipalityKey), true, "05274040", "Regierungsbezirke are 051, 053, 055, 057 and 059, not 052")]
    [InlineData(typeof(RegionKey), false, "05", "exactly 3 digits")]
    [InlineData(typeof(RegionKey), false, "0S9", "'S' is not a digit")]
    [InlineData(typeof(RegionKey), true, "052", "not 052")]
    public void Parse_BadKey_NamesValueAndRule(Type kind, bool nrw, string text, string rule)
    {
        (Action parse, bool parsed) = (kind.Name, nrw) switch
        {
            (nameof(DistrictKey), false) => ((Action)(() => DistrictKey.Parse(text)), DistrictKey.TryParse(text, out _)),
            (nameof(DistrictKey), true) => (() => DistrictKey.ParseNrw(text), DistrictKey.TryParseNrw(text, out _)),
            (nameof(MunicipalityKey), false) => (() => MunicipalityKey.Parse(text), MunicipalityKey.TryParse(text, out _)),
            (nameof(MunicipalityKey), true) => (() => MunicipalityKey.ParseNrw(text), MunicipalityKey.TryParseNrw(text, out _)),
            (_, false) => (() => RegionKey.Parse(text), RegionKey.TryParse(text, out _)),
            (_, true) => (() => RegionKey.ParseNrw(text), RegionKey.TryParseNrw(text, out _)),
        };

        var e = Assert.Throws<FormatException>(parse);
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
        Assert.False(parsed);
    }

    [Fact]
    public void ParseNrw_NrwKey_ParsesAndAKeyElsewhereParsesWithoutIt()
    {
        Assert.False(DistrictKey.Parse("09162").IsNrw);
        Assert.True(DistrictKey.ParseNrw("05974").IsNrw);
        Assert.True(RegionKey.TryParseNrw("051", out _));
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
