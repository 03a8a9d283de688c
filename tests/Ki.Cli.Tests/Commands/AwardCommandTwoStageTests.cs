using System.Globalization;

namespace Ki.Cli.Tests.Commands;

/// <summary><c>ki award</c> on the Kreis Soest examples: both levels, reconciled to the cent.</summary>
public sealed class AwardCommandTwoStageTests
{
    [Theory]
    [InlineData("round-soest-2016.json")]
    [InlineData("round-soest-2016-minimum.json")]
    public void Award_SoestExamples_JsonShowsBothLevelsReconciledToTheCent(string file)
    {
        (_, string output, string error) = CliRun.Ki("award", CliRun.Example(file), "--format", "json");

        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("award", json.RootElement.GetProperty("verb").GetString());
        JsonElement root = json.RootElement.GetProperty("result"); // the library's award result document
        Assert.True(root.GetProperty("reconciledAtBothLevels").GetBoolean());
        Assert.Equal("131000.00", root.GetProperty("budget").GetString());
        JsonElement pass = root.GetProperty("passThroughs")[0];
        decimal award = Amount(pass, "award");
        decimal sum = pass.GetProperty("finalRecipients").EnumerateArray().Sum(f => Amount(f, "awarded"));
        Assert.Equal(award, sum + Amount(pass, "retained") + Amount(pass, "unallocated"));
        Assert.Equal(20, pass.GetProperty("finalRecipients").GetArrayLength());
    }

    [Fact]
    public void Award_SoestExample_TableAndCsvShowTheFinalRecipientsAndTheirProvisions()
    {
        (_, string table, _) = CliRun.Ki("award", CliRun.Example("round-soest-2016.json"));
        (_, string csv, _) = CliRun.Ki("award", CliRun.Example("round-soest-2016.json"), "--format", "csv");

        CliRun.AssertContains(table, "Pass-through of KOMM-AN-II-2016-SO", "Stadt Lippstadt", "ANBest-P", "Both levels balance to the cent.");
        Assert.Contains("final", csv, StringComparison.Ordinal);
        Assert.Equal(1 + 2 + 1 + 20, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static decimal Amount(JsonElement element, string name) => decimal.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
