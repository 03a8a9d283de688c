namespace Ki.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_EligibleExample_PrintsEligibleWithHash()
    {
        string output = CliRun.Succeeds("check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01");

        Assert.Contains("KI-ELIG-ELIGIBLE", output, StringComparison.Ordinal);
        Assert.Matches("Rules sha256:[0-9a-f]{64}", output);
    }

    [Fact]
    public void Check_NotEligibleExampleAsJsonInGerman_ListsEveryFailure()
    {
        JsonElement json = CliRun.Json(1, "check", CliRun.Example("application-not-eligible.json"), "--on", "2020-02-01", "--lang", "de");

        Assert.Equal("check", json.GetProperty("verb").GetString());
        JsonElement root = json.GetProperty("result").GetProperty("decision"); // the library's decision document
        Assert.Equal("not-eligible", root.GetProperty("outcome").GetString());
        string[] failed = [.. root.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("outcome").GetString() == "fail").Select(c => c.GetProperty("code").GetString()!)];
        Assert.Equal(["KI-ELIG-APPLICANT-KIND", "KI-ELIG-DELIVERY-PERIOD", "KI-ELIG-EARLY-START", "KI-ELIG-GRANT-RANGE", "KI-ELIG-OWN-CONTRIBUTION"], failed);
        Assert.StartsWith("Der Antrag", root.GetProperty("message").GetProperty("de").GetString(), StringComparison.Ordinal);
        Assert.All(root.GetProperty("criteria").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("legalReference").GetString())));
    }

    [Fact]
    public void Check_Csv_HasOneRowPerCriterion()
    {
        string output = CliRun.Succeeds("check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01", "--format", "csv");

        Assert.Equal(9, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Check_WithTheDefaultRulesFile_GivesTheSameHash()
    {
        JsonElement embedded = CliRun.Json("check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01");
        JsonElement fromFile = CliRun.Json("check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01", "--rules", CliRun.Example("default-rules.json"));

        Assert.Equal(RulesHash(embedded), RulesHash(fromFile));
    }

    [Fact]
    public void Check_BadFile_ExitsTwoWithThePath()
    {
        using var file = new TempFile("""{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"club"},"requestedAmount":"1.00"}}""");

        string error = CliRun.Fails("check", file.Path, "--on", "2020-02-01");

        Assert.StartsWith("ki check: $.application.applicant.kind: 'club' is not an applicant kind", error, StringComparison.Ordinal);
    }

    /// <summary>The rules hash in the decision of a <c>ki check --format json</c> output.</summary>
    internal static string? RulesHash(JsonElement output) =>
        output.GetProperty("result").GetProperty("decision").GetProperty("rulesHash").GetString();
}
