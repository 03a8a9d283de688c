namespace Ki.Domain.Tests.Programmes;

public sealed class FundingLineTests
{
    private static readonly SourceReference Src = new("test", Confidence.Verified);

    internal static FundingLineVersion V(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay) =>
        new(new DateInterval(new LocalDate(fromYear, fromMonth, fromDay), new LocalDate(toYear, toMonth, toDay)), new Figure<FinancingType>(FinancingType.Full, Src)) { ValiditySource = Src };

    [Fact]
    public void FindVersion_DateInsideAVersion_IsInForceWithThatVersion()
    {
        FundingLineVersion v2016 = V(2016, 1, 1, 2017, 12, 31);
        FundingLineVersion v2018 = V(2018, 1, 1, 2022, 12, 31);
        var line = new FundingLine("x", default, [v2018, v2016]);

        Assert.Equal(new[] { v2016, v2018 }, line.Versions.ToArray());
        VersionLookup lookup = line.FindVersion(new LocalDate(2017, 12, 31));
        Assert.True(lookup.IsInForce);
        Assert.Same(v2016, lookup.Version);
        Assert.Equal(GrantCodes.InForce, lookup.Code);
        Assert.Same(v2018, line.FindVersion(new LocalDate(2018, 1, 1)).Version);
    }

    [Fact]
    public void FindVersion_DateOutsideEveryVersion_AnswersNotInForceAsData()
    {
        var line = new FundingLine("x", default, [V(2016, 1, 1, 2017, 12, 31)]);
        VersionLookup lookup = line.FindVersion(new LocalDate(2015, 12, 31));

        Assert.Equal(VersionLookupStatus.NotInForce, lookup.Status);
        Assert.Null(lookup.Version);
        Assert.Equal(GrantCodes.NotInForce, lookup.Code);
        TextAssert.Says(lookup.Message, "Förderlinie x ist am 31.12.2015 nicht in Kraft.", "Funding line x is not in force on 2015-12-31.");
    }

    [Fact]
    public void FindVersion_OverlappingVersions_AnswersAmbiguousWithBoth()
    {
        var line = new FundingLine("x", default, [V(2016, 1, 1, 2017, 12, 31), V(2017, 6, 1, 2018, 12, 31)]);
        VersionLookup lookup = line.FindVersion(new LocalDate(2017, 7, 1));

        Assert.Equal(VersionLookupStatus.Ambiguous, lookup.Status);
        Assert.Null(lookup.Version);
        Assert.Equal(2, lookup.Candidates.Length);
    }

    [Fact]
    public void Constructor_BadIdentifierOrNullVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => new FundingLine("a b", default, []));
        Assert.Throws<ArgumentException>(() => new FundingLine(string.Empty, default, []));
        Assert.Throws<ArgumentNullException>(() => new FundingLine("x", default, [null!]));
    }
}
