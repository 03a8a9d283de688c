namespace Ki.Domain.Tests.Serialization;

/// <summary>A catalogue is checked when it is loaded, so that it never fails later because of its data (issue 10).</summary>
public sealed class CatalogueLoadTests
{
    private static JsonNode DefaultCatalogue() => JsonNode.Parse(CatalogueJson.Write(ProgrammeCatalogue.Default))!;

    private static (int Programme, int Line, int Version) FirstWithRate(JsonNode catalogue)
    {
        JsonArray programmes = catalogue["programmes"]!.AsArray();
        for (int p = 0; p < programmes.Count; p++)
        {
            JsonArray lines = programmes[p]!["lines"]!.AsArray();
            for (int l = 0; l < lines.Count; l++)
            {
                JsonArray versions = lines[l]!["versions"]!.AsArray();
                for (int v = 0; v < versions.Count; v++)
                {
                    if (versions[v]!["rate"] is not null)
                    {
                        return (p, l, v);
                    }
                }
            }
        }

        throw new InvalidOperationException("The default catalogue has no share rate.");
    }

    [Fact]
    public void Read_ShareRateAboveOne_IsAKiDataExceptionAtTheRate()
    {
        // Issue 10: a rate of "1.5" loaded, Check() reported nothing and GrantCalculator.Calculate threw ArgumentException later.
        JsonNode catalogue = DefaultCatalogue();
        (int p, int l, int v) = FirstWithRate(catalogue);
        catalogue["programmes"]![p]!["lines"]![l]!["versions"]![v]!["rate"]!["value"] = "1.5";

        KiDataException e = Assert.Throws<KiDataException>(() => CatalogueJson.Read(System.Text.Encoding.UTF8.GetBytes(catalogue.ToJsonString())));

        Assert.Equal($"$.programmes[{p}].lines[{l}].versions[{v}].rate", e.Location);
        Assert.Contains("1.5", e.Reason, StringComparison.Ordinal);
        Assert.Contains("KI-CAT-RATE", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateLineId_IsAKiDataExceptionAtTheSecondId()
    {
        JsonNode catalogue = DefaultCatalogue();
        string first = (string)catalogue["programmes"]![0]!["lines"]![0]!["id"]!;
        JsonArray programmes = catalogue["programmes"]!.AsArray();
        Assert.True(programmes.Count > 1, "the default catalogue has several programmes");
        programmes[1]!["lines"]![0]!["id"] = first;

        KiDataException e = Assert.Throws<KiDataException>(() => CatalogueJson.Read(System.Text.Encoding.UTF8.GetBytes(catalogue.ToJsonString())));

        Assert.Equal("$.programmes[1].lines[0].id", e.Location);
        Assert.Contains($"'{first}' is already used at $.programmes[0].lines[0].id", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShareRateAboveOne_IsReported()
    {
        var source = new SourceReference("test", Confidence.Verified);
        var version = new FundingLineVersion(new NodaTime.DateInterval(new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31)), new Figure<FinancingType>(FinancingType.Share, source))
        {
            ValiditySource = source,
            Rate = new Figure<decimal>(1.5m, source),
        };
        var catalogue = new ProgrammeCatalogue([new Programme("p", default, new LegalBasis("Test", new NodaTime.LocalDate(2020, 1, 1), source), [new FundingLine("x", default, [version])])]);

        CatalogueIssue issue = Assert.Single(catalogue.Check());

        Assert.Equal("KI-CAT-RATE", issue.Code);
        TextAssert.Contains(issue.Message, "1.5", "1.5");
    }
}
