namespace Ki.Domain.Tests.Programmes;

/// <summary>A KI programme: versions that cannot overlap, the version on a date, who runs it.</summary>
public sealed class KiProgrammeTests
{
    private static readonly SourceReference Source = new("Test source, https://example.org/page", Confidence.Secondary);

    private static KiProgrammeVersion Version(int fromYear, int toYear) =>
        new(new DateInterval(new LocalDate(fromYear, 1, 1), new LocalDate(toYear, 12, 31)), new Figure<LocalizedText>(new("Beschreibung", "description"), Source));

    [Fact]
    public void Constructor_OverlappingVersions_ThrowsNamingTheProgramme()
    {
        var e = Assert.Throws<ArgumentException>(() => new KiProgramme("rucksack-kita", new("Rucksack KiTa", "Rucksack KiTa"), [Version(2017, 2019), Version(2019, 2021)]));
        Assert.Contains("rucksack-kita", e.Message, StringComparison.Ordinal);
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoVersionOrBlankId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new KiProgramme("iac", new("IAC", "IAC"), []));
        Assert.Throws<ArgumentException>(() => new KiProgramme("rucksack kita", new("Rucksack KiTa", "Rucksack KiTa"), [Version(2017, 2019)]));
    }

    [Fact]
    public void VersionOn_WithAGap_AnswersTheVersionOrNone()
    {
        KiProgrammeVersion early = Version(2015, 2016);
        KiProgrammeVersion late = Version(2018, 2020);
        var programme = new KiProgramme("iac", new("IAC", "IAC"), [late, early]);

        Assert.Same(early, programme.Versions[0]);
        Assert.Same(early, programme.VersionOn(new LocalDate(2016, 12, 31)));
        Assert.Null(programme.VersionOn(new LocalDate(2017, 6, 1)));
        Assert.Same(late, programme.VersionOn(new LocalDate(2018, 1, 1)));
        Assert.Null(programme.VersionOn(new LocalDate(2021, 1, 1)));
    }

    [Fact]
    public void Version_WithoutDescriptionSource_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new KiProgrammeVersion(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
            new Figure<LocalizedText>(new("Beschreibung", "description"), default)));
    }

    [Theory]
    [InlineData("0597")]
    [InlineData("059740")]
    [InlineData("Soest")]
    public void LocalDelivery_CodeNeitherDistrictNorAgs_IsRejected(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => new LocalDelivery(code, new LocalDate(2019, 9, 26), Source));
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRunBy_DistrictOrTownCode_MatchesOnlyThatKi()
    {
        var programme = new KiProgramme("griffbereit", new("Griffbereit", "Griffbereit"), [Version(2017, 2030)])
        {
            LocalDeliveries = [new("05974", new LocalDate(2019, 9, 26), Source), new("05334002", new LocalDate(2020, 1, 1), Source)],
        };

        Assert.True(programme.IsRunBy("05974"));
        Assert.True(programme.IsRunBy("05334002"));
        Assert.False(programme.IsRunBy("05334"));
    }

    [Fact]
    public void Funding_WithoutPeriod_CoversEveryDate_WithPeriod_OnlyItsDates()
    {
        var open = new ProgrammeFunding(new("Träger vor Ort", "the local provider"), new("Durchführung", "delivery"), Source);
        var year = new ProgrammeFunding(new("Land NRW", "Land NRW"), new("Förderung", "funding"), Source)
        {
            Kind = FundingSource.Land,
            Period = new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)),
        };

        Assert.Null(open.Kind);
        Assert.Null(open.Amount);
        Assert.True(open.Covers(new LocalDate(1990, 1, 1)));
        Assert.True(year.Covers(new LocalDate(2018, 12, 31)));
        Assert.False(year.Covers(new LocalDate(2019, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeFunding(new("x", "x"), new("y", "y"), Source) { Kind = (FundingSource)9 });
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(4, 3)]
    [InlineData(0, 121)]
    public void AgeRange_OutOfOrderOrOutOfRange_IsRejected(int min, int max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgeRange(min, max));

    [Fact]
    public void AgeRange_ContainsBothEnds()
    {
        var band = new AgeRange(1, 3);
        Assert.True(band.Contains(1));
        Assert.True(band.Contains(3));
        Assert.False(band.Contains(4));
        Assert.Equal("1-3", band.ToString());
    }
}
