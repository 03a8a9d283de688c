using Ki.Domain.Programmes;
using Ki.Domain.Serialization;

namespace Ki.Cli.Tests.Commands;

/// <summary><c>--rules FILE</c> lays a rule file over the embedded rules; <c>--catalogue FILE</c> replaces the catalogue.</summary>
public sealed class SourceOptionsTests
{
    private static string Example(string name) => RepositoryPaths.Combine("docs", "examples", name);

    private static string Temp(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"ki-sources-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_RulesFileForAnotherLine_KeepsTheEmbeddedRulesOfThisLine()
    {
        string rules = Temp("""{"schemaVersion":1,"ruleSets":[{"line":"komm-an-1","criteria":[{"type":"non-profit"}]}]}""");
        try
        {
            (_, string embedded, _) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01", "--format", "json");
            (int exit, string overlaid, string error) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01", "--format", "json", "--rules", rules);

            Assert.Equal(0, exit);
            Assert.Empty(error);
            using JsonDocument a = JsonDocument.Parse(embedded);
            using JsonDocument b = JsonDocument.Parse(overlaid);
            Assert.Equal("eligible", b.RootElement.GetProperty("result").GetProperty("decision").GetProperty("outcome").GetString());
            Assert.Equal(a.RootElement.GetProperty("result").GetProperty("decision").GetProperty("rulesHash").GetString(), b.RootElement.GetProperty("result").GetProperty("decision").GetProperty("rulesHash").GetString());
        }
        finally
        {
            File.Delete(rules);
        }
    }

    [Fact]
    public void Check_RulesFileForThisLine_ReplacesOnlyItsRules()
    {
        string rules = Temp("""
            {"schemaVersion":1,
             "facts":[{"name":"refugeesHoused","type":"number","label":{"de":"Untergebrachte Geflüchtete","en":"Refugees housed"},"unit":{"de":"Personen","en":"persons"}}],
             "ruleSets":[{"line":"komm-an-3","criteria":[{"type":"fact","fact":"refugeesHoused","operator":"more-than","values":["150"]}]}]}
            """);
        try
        {
            (int exit, string output, _) = CliRun.Ki("check", Example("application-eligible.json"), "--on", "2020-02-01", "--format", "json", "--rules", rules);

            Assert.Equal(3, exit);
            using JsonDocument json = JsonDocument.Parse(output);
            Assert.Equal("undetermined", json.RootElement.GetProperty("result").GetProperty("decision").GetProperty("outcome").GetString());
            Assert.Contains("facts.refugeesHoused", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(rules);
        }
    }

    [Fact]
    public void Grant_CatalogueFile_DecidesAgainstTheUsersLines()
    {
        FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-3");
        var mine = new FundingLine("mein-programm", new LocalizedText("Mein Programm", "My programme"), line.Versions);
        var programme = new Programme("mein", new LocalizedText("Mein", "Mine"), new LegalBasis("Richtlinie", new NodaTime.LocalDate(2020, 1, 1), new SourceReference("Meine Richtlinie", Confidence.Verified)), [mine]);
        string catalogue = Temp(System.Text.Encoding.UTF8.GetString(CatalogueJson.Write(new ProgrammeCatalogue([programme]))));
        try
        {
            (int exit, string output, string error) = CliRun.Ki("grant", "--line", "mein-programm", "--costs", "10000", "--own", "1000", "--on", "2020-02-01", "--catalogue", catalogue);
            (int unknown, _, string unknownError) = CliRun.Ki("grant", "--line", "komm-an-3", "--costs", "10000", "--on", "2020-02-01", "--catalogue", catalogue);

            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.Contains("9000.00", output, StringComparison.Ordinal);
            Assert.Equal(2, unknown);
            Assert.Contains("mein-programm", unknownError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(catalogue);
        }
    }

    [Fact]
    public void Allocate_LineWithAKeyTheGazetteerLacks_SaysWhichIndicator()
    {
        (int exit, _, string error) = CliRun.Ki("allocate", "--line", "integrationspauschale-2018", "--district", "05974", "--budget", "131000");

        Assert.Equal(2, exit);
        Assert.Contains("awov-persons", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_LineWhoseKeyIsNotKnown_SaysSo()
    {
        (int exit, _, string error) = CliRun.Ki("allocate", "--line", "komm-an-2a", "--district", "05974", "--budget", "131000");

        Assert.Equal(2, exit);
        Assert.Contains("not known", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_LineKeyFromAFile_SplitsByTheLinesWeightsTotalsAndFloor()
    {
        string csv = Path.Combine(Path.GetTempPath(), $"ki-line-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csv, "id,name,awov-persons,flueag-persons\n05774032,Paderborn,1500,900\n05774016,Hövelhof,100,60\n");
        try
        {
            (int exit, string output, string error) = CliRun.Ki("allocate", "--line", "integrationspauschale-2018", "--input", csv, "--budget", "500000");

            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.Contains("Hövelhof", output, StringComparison.Ordinal);
            Assert.Contains("floor", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
