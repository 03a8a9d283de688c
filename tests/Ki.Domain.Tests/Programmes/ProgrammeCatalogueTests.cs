using static Ki.Domain.Tests.Programmes.FundingLineTests;

namespace Ki.Domain.Tests.Programmes;

public sealed class ProgrammeCatalogueTests
{
    private static readonly LegalBasis Basis = new("Test", new LocalDate(2016, 1, 1), new SourceReference("test", Confidence.Verified));

    private static ProgrammeCatalogue Catalogue(params FundingLine[] lines) => new([new Programme("p", default, Basis, lines)]);

    [Fact]
    public void Check_Overlap_IsReportedWithTheOverlappingDates()
    {
        CatalogueIssue issue = Assert.Single(Catalogue(new FundingLine("x", default, [V(2016, 1, 1, 2017, 12, 31), V(2017, 6, 1, 2018, 12, 31)])).Check());

        Assert.Equal(GrantCodes.CatalogueOverlap, issue.Code);
        Assert.Equal("x", issue.Subject);
        Assert.Equal(new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 12, 31)), issue.Period);
        Assert.Equal("Funding line x: versions 1 and 2 overlap from 2017-06-01 to 2017-12-31.", issue.Message.English);
        Assert.Contains("überschneiden sich vom 01.06.2017 bis 31.12.2017", issue.Message.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Gap_IsReportedWithTheMissingDates()
    {
        CatalogueIssue issue = Assert.Single(Catalogue(new FundingLine("x", default, [V(2016, 1, 1, 2016, 12, 31), V(2018, 1, 1, 2018, 12, 31)])).Check());

        Assert.Equal(GrantCodes.CatalogueGap, issue.Code);
        Assert.Equal(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)), issue.Period);
    }

    [Fact]
    public void Check_AdjacentVersions_AreClean()
    {
        Assert.Empty(Catalogue(new FundingLine("x", default, [V(2016, 1, 1, 2016, 12, 31), V(2017, 1, 1, 2017, 12, 31)])).Check());
    }

    [Fact]
    public void Check_VersionInsideALongerOne_IsAnOverlapAndNoGapAfterIt()
    {
        var line = new FundingLine("x", default, [V(2016, 1, 1, 2020, 12, 31), V(2017, 1, 1, 2017, 12, 31), V(2021, 1, 1, 2021, 12, 31)]);
        CatalogueIssue issue = Assert.Single(ProgrammeCatalogue.CheckLine(line));
        Assert.Equal(GrantCodes.CatalogueOverlap, issue.Code);
    }

    [Fact]
    public void Check_DuplicateLineIds_AreReported()
    {
        ProgrammeCatalogue catalogue = Catalogue(new FundingLine("x", default, [V(2016, 1, 1, 2016, 12, 31)]), new FundingLine("x", default, [V(2016, 1, 1, 2016, 12, 31)]));
        Assert.Contains(catalogue.Check(), i => i.Code == GrantCodes.CatalogueDuplicateId && i.Subject == "x");
    }

    [Fact]
    public void TryFindLine_UnknownId_ReturnsFalse()
    {
        Assert.False(ProgrammeCatalogue.Default.TryFindLine("nope", out FundingLine? line));
        Assert.Null(line);
        Assert.True(ProgrammeCatalogue.Default.TryFindLine("komm-an-3", out line));
        Assert.Equal("komm-an", ProgrammeCatalogue.Default.ProgrammeOf(line)!.Id);
    }
}
