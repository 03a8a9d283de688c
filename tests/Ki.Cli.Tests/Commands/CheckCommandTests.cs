namespace Ki.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private static string Example(string name) => RepositoryPaths.Combine("docs", "examples", name);

    [Fact]
    public void Check_EligibleExample_PrintsEligibleWithHash()
    {
        (int exit, string output, string error) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("KI-ELIG-ELIGIBLE", output, StringComparison.Ordinal);
        Assert.Matches("Rules sha256:[0-9a-f]{64}", output);
    }

    [Fact]
    public void Check_NotEligibleExampleAsJsonInGerman_ListsEveryFailure()
    {
        (int exit, string output, _) = CliRun.Ki("check", Example("application-not-eligible.json"), "--on", "2020-02-01", "--lang", "de", "--format", "json");

        Assert.Equal(1, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("check", json.RootElement.GetProperty("verb").GetString());
        JsonElement root = json.RootElement.GetProperty("result").GetProperty("decision"); // the library's decision document
        Assert.Equal("not-eligible", root.GetProperty("outcome").GetString());
        string[] failed = [.. root.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("outcome").GetString() == "fail").Select(c => c.GetProperty("code").GetString()!)];
        Assert.Equal(["KI-ELIG-APPLICANT-KIND", "KI-ELIG-DELIVERY-PERIOD", "KI-ELIG-EARLY-START", "KI-ELIG-GRANT-RANGE", "KI-ELIG-OWN-CONTRIBUTION"], failed);
        Assert.StartsWith("Der Antrag", root.GetProperty("message").GetProperty("de").GetString(), StringComparison.Ordinal);
        Assert.All(root.GetProperty("criteria").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("legalReference").GetString())));
    }

    [Fact]
    public void Check_Csv_HasOneRowPerCriterion()
    {
        (int exit, string output, _) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal(9, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Check_WithTheDefaultRulesFile_GivesTheSameHash()
    {
        (_, string embedded, _) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01", "--format", "json");
        (int exit, string fromFile, _) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01", "--format", "json", "--rules", Example("default-rules.json"));

        Assert.Equal(0, exit);
        using JsonDocument a = JsonDocument.Parse(embedded);
        using JsonDocument b = JsonDocument.Parse(fromFile);
        Assert.Equal(a.RootElement.GetProperty("result").GetProperty("decision").GetProperty("rulesHash").GetString(), b.RootElement.GetProperty("result").GetProperty("decision").GetProperty("rulesHash").GetString());
    }

    [Fact]
    public void Check_BadFile_ExitsTwoWithThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ki-check-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"club"},"requestedAmount":"1.00"}}""");
        try
        {
            (int exit, string output, string error) = CliRun.Ki("check", path, "--on", "2020-02-01");

            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.StartsWith("ki check: $.application.applicant.kind: 'club' is not an applicant kind", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
