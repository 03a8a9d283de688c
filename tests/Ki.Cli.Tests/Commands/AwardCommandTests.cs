using System.Globalization;

namespace Ki.Cli.Tests.Commands;

public sealed class AwardCommandTests
{
    [Theory]
    [InlineData("round-komm-an-3-2020.json", "50000.00", 1)]
    [InlineData("round-komm-an-2b-2019.json", "150000.00", 0)]
    public void Award_ExampleRounds_ReconcileToTheBudget(string file, string budget, int expectedExit)
    {
        JsonElement json = CliRun.Json(expectedExit, "award", CliRun.Example(file));

        Assert.Equal("award", json.GetProperty("verb").GetString());
        JsonElement root = json.GetProperty("result"); // the library's award result document
        Assert.True(root.GetProperty("reconciled").GetBoolean());
        Assert.Equal(budget, root.GetProperty("budget").GetString());
        decimal awarded = root.GetProperty("lines").EnumerateArray().Sum(a => decimal.Parse(a.GetProperty("awarded").GetString()!, CultureInfo.InvariantCulture));
        decimal unallocated = decimal.Parse(root.GetProperty("unallocated").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(budget, CultureInfo.InvariantCulture), awarded + unallocated);
    }

    [Fact]
    public void Award_Table_ShowsThePassThroughWithAnBestP()
    {
        string output = CliRun.Succeeds("award", CliRun.Example("round-komm-an-2b-2019.json"), "--lang", "de", "--wide");

        CliRun.AssertContains(
            output,
            "KI-AWARD-PASS-THROUGH",
            "Flüchtlingshilfe Werl e.V. (registered-association): 12.000,00 €, ANBest-P",
            "Abgleich: bewilligt 150.000,00 € + nicht verteilt 0,00 € = Budget 150.000,00 € (auf den Cent ausgeglichen).",
            "KI-AWARD-CUT: Anteilig");
    }

    [Fact]
    public void Award_Csv_HasOneRowPerApplication()
    {
        string output = CliRun.Prints(1, "award", CliRun.Example("round-komm-an-3-2020.json"), "--format", "csv");

        Assert.Equal(5, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("application,decision,tier,requested,computed,awarded,code,reason", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Award_MissingFile_ExitsTwo()
    {
        string error = CliRun.Fails("award", CliRun.Example("no-such-round.json"));

        Assert.StartsWith("ki award: round '", error, StringComparison.Ordinal);
        Assert.Contains("': there is no such file.", error, StringComparison.Ordinal);
    }
}
