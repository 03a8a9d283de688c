namespace Ki.Domain.Tests.Programmes;

public sealed class SourceReferenceTests
{
    [Fact]
    public void Marker_FollowsTheConfidence()
    {
        Assert.Equal("[V] MBl. NRW. 2023 S. 225", new SourceReference("MBl. NRW. 2023 S. 225", Confidence.Verified).ToString());
        Assert.Equal("[U]", new SourceReference("x", Confidence.Uncertain).Marker);
        Assert.True(new SourceReference("x", Confidence.Uncertain).IsUncertain);
        Assert.Equal("[?]", default(SourceReference).Marker);
        Assert.True(default(SourceReference).IsDefault);
        Assert.Equal(string.Empty, default(SourceReference).Citation);
    }

    [Fact]
    public void Constructor_BlankCitationOrUndefinedConfidence_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SourceReference(" ", Confidence.Verified));
        Assert.Throws<ArgumentNullException>(() => new SourceReference(null!, Confidence.Verified));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceReference("x", default));
    }

    [Fact]
    public void Equality_ComparesCitationConfidenceAndNote()
    {
        var a = new SourceReference("x", Confidence.Verified, "n");
        Assert.Equal(a, new SourceReference("x", Confidence.Verified, "n"));
        Assert.NotEqual(a, new SourceReference("x", Confidence.Secondary, "n"));
        Assert.NotEqual(a, new SourceReference("x", Confidence.Verified));
        Assert.Equal(a.GetHashCode(), new SourceReference("x", Confidence.Verified, "n").GetHashCode());
    }

    [Fact]
    public void Figure_CarriesValueAndSource()
    {
        var figure = new Figure<Euro>(Euro.FromEuros(57_000), new SourceReference("x", Confidence.Uncertain));
        Assert.True(figure.IsUncertain);
        Assert.Equal("57000.00 [U]", figure.ToString());
        Assert.Equal(figure, new Figure<Euro>(Euro.FromEuros(57_000), new SourceReference("x", Confidence.Uncertain)));
        Assert.NotEqual(figure, new Figure<Euro>(Euro.FromEuros(57_000), new SourceReference("x", Confidence.Verified)));
    }

    [Fact]
    public void LocalizedText_For_PicksTheLanguageOfTheGivenCulture()
    {
        var text = new LocalizedText("Hallo", "Hello");
        Assert.Equal("Hallo", text.For(System.Globalization.CultureInfo.GetCultureInfo("de-AT")));
        Assert.Equal("Hello", text.For(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("Hello", text.For(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Hello", text.ToString());
    }
}
