namespace Ki.Cli.Tests;

public sealed class KiAppTests
{
    [Fact]
    public void FormatXml_NamesTheChoices_NotATypeName()
    {
        (_, _, string stderr) = CliRun.Ki("districts", "--format", "xml");

        Assert.Equal("ki districts: --format 'xml' is not one of table, json, csv.", stderr.TrimEnd());
    }

    [Fact]
    public void MistypedVerb_SuggestsTheVerbAndShowsItsHelp()
    {
        string stderr = CliRun.Fails("alocate", "--budget", "1");

        string[] lines = stderr.Split('\n');
        Assert.Equal("ki: unknown verb 'alocate'. Did you mean 'allocate'?", lines[0]);
        Assert.Contains("--budget", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedVerbInGerman_SuggestsInGerman()
    {
        (_, _, string stderr) = CliRun.InGerman("alocate");

        Assert.StartsWith("ki: unbekanntes Verb 'alocate'. Meinten Sie 'allocate'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedOption_SuggestsTheOptionAndShowsTheVerbsHelp()
    {
        string stderr = CliRun.Fails("allocate", "--budgt", "1", "--district", "05974");

        Assert.StartsWith("ki allocate: unknown option '--budgt'. Did you mean '--budget'?", stderr, StringComparison.Ordinal);
        Assert.Contains("--district", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredOption_NamesIt()
    {
        string stderr = CliRun.Fails("allocate", "--district", "05974");

        Assert.StartsWith("ki allocate: --budget is missing; it is required.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NoVerb_PrintsHelpWithTheVerbsAndExitCodes()
    {
        CliRun.AssertContains(CliRun.Succeeds(), "allocate", "Exit codes: 0 success");
    }

    [Theory]
    [InlineData("allocate", "allocate")]
    [InlineData("alocate", "allocate")]
    [InlineData("distrcts", "districts")]
    [InlineData("programs", "programmes")]
    [InlineData("chek", "check")]
    [InlineData("xyz", null)]
    public void Suggest_PicksTheClosestVerb(string typed, string? expected) =>
        Assert.Equal(expected, KiApp.Suggest(typed, KiApp.BuildRoot().Subcommands.Select(c => c.Name)));
}
