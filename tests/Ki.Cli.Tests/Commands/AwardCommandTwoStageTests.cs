namespace Ki.Cli.Tests.Commands;

/// <summary><c>ki award</c> on the Kreis Soest examples: both levels, reconciled to the cent.</summary>
public sealed class AwardCommandTwoStageTests
{
    private static string Example(string name) => RepositoryPaths.Combine("docs", "examples", name);

    [Theory]
    [InlineData("round-soest-2016.json")]
    [InlineData("round-soest-2016-minimum.json")]
    public void Award_SoestExamples_JsonShowsBothLevelsReconciledToTheCent(string file)
    {
        (_, string output, string error) = CliRun.Ki("award", Example(file), "--format", "json");

        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("award", json.RootElement.GetProperty("verb").GetString());
        JsonElement root = json.RootElement.GetProperty("result"); // the library's award result document
        Assert.True(root.GetProperty("reconciledAtBothLevels").GetBoolean());
        Assert.Equal("131000.00", root.GetProperty("budget").GetString());
        JsonElement pass = root.GetProperty("passThroughs")[0];
        decimal award = decimal.Parse(pass.GetProperty("award").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        decimal sum = pass.GetProperty("finalRecipients").EnumerateArray().Sum(f => decimal.Parse(f.GetProperty("awarded").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        decimal retained = decimal.Parse(pass.GetProperty("retained").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        decimal unallocated = decimal.Parse(pass.GetProperty("unallocated").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(award, sum + retained + unallocated);
        Assert.Equal(20, pass.GetProperty("finalRecipients").GetArrayLength());
    }

    [Fact]
    public void Award_SoestExample_TableAndCsvShowTheFinalRecipientsAndTheirProvisions()
    {
        (_, string table, _) = CliRun.Ki("award", Example("round-soest-2016.json"));
        (_, string csv, _) = CliRun.Ki("award", Example("round-soest-2016.json"), "--format", "csv");

        Assert.Contains("Pass-through of KOMM-AN-II-2016-SO", table, StringComparison.Ordinal);
        Assert.Contains("Stadt Lippstadt", table, StringComparison.Ordinal);
        Assert.Contains("ANBest-P", table, StringComparison.Ordinal);
        Assert.Contains("Both levels balance to the cent.", table, StringComparison.Ordinal);
        Assert.Contains("final", csv, StringComparison.Ordinal);
        Assert.Equal(1 + 2 + 1 + 20, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
