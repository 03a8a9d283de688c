namespace Ki.Cli.Tests.Commands;

public sealed class AwardCommandTests
{
    private static string Example(string name) => RepositoryPaths.Combine("docs", "examples", name);

    [Theory]
    [InlineData("round-komm-an-3-2020.json", "50000.00", 1)]
    [InlineData("round-komm-an-2b-2019.json", "150000.00", 0)]
    public void Award_ExampleRounds_ReconcileToTheBudget(string file, string budget, int expectedExit)
    {
        (int exit, string output, string error) = CliRun.Ki("award", Example(file), "--format", "json");

        Assert.Equal(expectedExit, exit);
        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("award", json.RootElement.GetProperty("verb").GetString());
        JsonElement root = json.RootElement.GetProperty("result"); // the library's award result document
        Assert.True(root.GetProperty("reconciled").GetBoolean());
        Assert.Equal(budget, root.GetProperty("budget").GetString());
        decimal awarded = root.GetProperty("lines").EnumerateArray().Sum(a => decimal.Parse(a.GetProperty("awarded").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        decimal unallocated = decimal.Parse(root.GetProperty("unallocated").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture), awarded + unallocated);
    }

    [Fact]
    public void Award_Table_ShowsThePassThroughWithAnBestP()
    {
        (int exit, string output, _) = CliRun.Ki("award", Example("round-komm-an-2b-2019.json"), "--lang", "de", "--wide");

        Assert.Equal(0, exit);
        Assert.Contains("KI-AWARD-PASS-THROUGH", output, StringComparison.Ordinal);
        Assert.Contains("Flüchtlingshilfe Werl e.V. (registered-association): 12.000,00 €, ANBest-P", output, StringComparison.Ordinal);
        Assert.Contains("Abgleich: bewilligt 150.000,00 € + nicht verteilt 0,00 € = Budget 150.000,00 € (auf den Cent ausgeglichen).", output, StringComparison.Ordinal);
        Assert.Contains("KI-AWARD-CUT: Anteilig", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Award_Csv_HasOneRowPerApplication()
    {
        (int exit, string output, _) = CliRun.Ki("award", Example("round-komm-an-3-2020.json"), "--format", "csv");

        Assert.Equal(1, exit);
        Assert.Equal(5, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("application,decision,tier,requested,computed,awarded,code,reason", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Award_MissingFile_ExitsTwo()
    {
        (int exit, _, string error) = CliRun.Ki("award", Example("no-such-round.json"));

        Assert.Equal(2, exit);
        Assert.StartsWith("ki award: round '", error, StringComparison.Ordinal);
        Assert.Contains("': there is no such file.", error, StringComparison.Ordinal);
    }
}
