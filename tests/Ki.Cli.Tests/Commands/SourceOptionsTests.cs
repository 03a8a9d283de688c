using Ki.Domain.Programmes;
using Ki.Domain.Serialization;

namespace Ki.Cli.Tests.Commands;

/// <summary><c>--rules FILE</c> lays a rule file over the embedded rules; <c>--catalogue FILE</c> replaces the catalogue.</summary>
public sealed class SourceOptionsTests
{
    [Fact]
    public void Check_RulesFileForAnotherLine_KeepsTheEmbeddedRulesOfThisLine()
    {
        using var rules = new TempFile("""{"schemaVersion":1,"ruleSets":[{"line":"komm-an-1","criteria":[{"type":"non-profit"}]}]}""");

        JsonElement embedded = CliRun.Json("check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01");
        JsonElement overlaid = CliRun.Json("check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01", "--rules", rules.Path);

        Assert.Equal("eligible", overlaid.GetProperty("result").GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal(CheckCommandTests.RulesHash(embedded), CheckCommandTests.RulesHash(overlaid));
    }

    [Fact]
    public void Check_RulesFileForThisLine_ReplacesOnlyItsRules()
    {
        using var rules = new TempFile("""
            {"schemaVersion":1,
             "facts":[{"name":"refugeesHoused","type":"number","label":{"de":"Untergebrachte Geflüchtete","en":"Refugees housed"},"unit":{"de":"Personen","en":"persons"}}],
             "ruleSets":[{"line":"komm-an-3","criteria":[{"type":"fact","fact":"refugeesHoused","operator":"more-than","values":["150"]}]}]}
            """);

        JsonElement json = CliRun.Json(3, "check", CliRun.Example("application-eligible.json"), "--on", "2020-02-01", "--rules", rules.Path);

        Assert.Equal("undetermined", json.GetProperty("result").GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Contains("facts.refugeesHoused", json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Grant_CatalogueFile_DecidesAgainstTheUsersLines()
    {
        FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-3");
        var mine = new FundingLine("mein-programm", new LocalizedText("Mein Programm", "My programme"), line.Versions);
        var programme = new Programme("mein", new LocalizedText("Mein", "Mine"), new LegalBasis("Richtlinie", new NodaTime.LocalDate(2020, 1, 1), new SourceReference("Meine Richtlinie", Confidence.Verified)), [mine]);
        using var catalogue = new TempFile(System.Text.Encoding.UTF8.GetString(CatalogueJson.Write(new ProgrammeCatalogue([programme]))));

        string output = CliRun.Succeeds("grant", "--line", "mein-programm", "--costs", "10000", "--own", "1000", "--on", "2020-02-01", "--catalogue", catalogue.Path);
        string unknownError = CliRun.Fails("grant", "--line", "komm-an-3", "--costs", "10000", "--on", "2020-02-01", "--catalogue", catalogue.Path);

        Assert.Contains("9000.00", output, StringComparison.Ordinal);
        Assert.Contains("mein-programm", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_LineWithAKeyTheGazetteerLacks_SaysWhichIndicator()
    {
        string error = CliRun.Fails("allocate", "--line", "integrationspauschale-2018", "--district", "05974", "--budget", "131000");

        Assert.Contains("awov-persons", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_LineWhoseKeyIsNotKnown_SaysSo()
    {
        string error = CliRun.Fails("allocate", "--line", "komm-an-2a", "--district", "05974", "--budget", "131000");

        Assert.Contains("not known", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_LineKeyFromAFile_SplitsByTheLinesWeightsTotalsAndFloor()
    {
        using var csv = new TempFile("id,name,awov-persons,flueag-persons\n05774032,Paderborn,1500,900\n05774016,Hövelhof,100,60\n", ".csv");

        string output = CliRun.Succeeds("allocate", "--line", "integrationspauschale-2018", "--input", csv.Path, "--budget", "500000");

        CliRun.AssertContains(output, "Hövelhof", "floor");
    }
}
