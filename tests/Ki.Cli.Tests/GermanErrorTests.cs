using System.Text.Json.Nodes;
using Ki.Domain.Places;
using Ki.Domain.Serialization;

namespace Ki.Cli.Tests;

/// <summary>
/// A German grant officer's bad files with <c>--lang de</c>: the one line on stderr is German (location with
/// <c>Zeile</c>, reason with <c>Feld '…'</c>), says the same as the English line, and falls back to nothing English.
/// </summary>
public sealed class GermanErrorTests : IDisposable
{
    private readonly TempFolder _dir = new("ki-de-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Allocate_CsvWithoutWeightColumn_SaysSoInGerman()
    {
        string file = _dir.Write("kreis-soest.csv", "id;name;einwohner\n05974004;Soest;47000\n05974028;Lippstadt;67000\n");

        string german = CliRun.Fails("allocate", "--budget", "131000", "--input", file, "--lang", "de");
        string english = CliRun.Fails("allocate", "--budget", "131000", "--input", file, "--lang", "en");

        Assert.Equal("ki allocate: kreis-soest.csv: Kopfzeile: die Spalte 'weight' fehlt (die Datei hat 3 Spalten).", german.TrimEnd());
        Assert.Equal("ki allocate: kreis-soest.csv: header: the column 'weight' is missing (the file has 3 columns).", english.TrimEnd());
    }

    [Fact]
    public void Allocate_DecimalCommaInSemicolonFile_ExplainsTheNotationInGerman()
    {
        string file = _dir.Write("de.csv", "id;name;weight\na;Ahlen;1,5\n");

        string german = CliRun.Fails("allocate", "--budget", "100", "--input", file, "--lang", "de");

        Assert.Contains("de.csv: Zeile 2: Feld 'weight' ist keine einfache Zahl wie 1234.5 (Dezimalstellen mit Punkt schreiben", german, StringComparison.Ordinal);
        Assert.DoesNotContain("line", german, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_RepeatedId_NamesBothLinesInGerman()
    {
        string file = _dir.Write("twice.csv", "id,name,weight\na,Ahlen,1\na,Ahlen,2\n");

        string german = CliRun.Fails("allocate", "--budget", "100", "--input", file, "--lang", "de");

        Assert.Contains("twice.csv: Zeile 3: Feld 'id' wiederholt die Kennung aus twice.csv: Zeile 2;", german, StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_TextGazetteerWithBadPopulation_SaysSoInGerman()
    {
        string text = Gazetteer.Default.ToText();
        string[] lines = text.Split('\n');
        int district = Array.FindIndex(lines, l => l.StartsWith("district\t", StringComparison.Ordinal));
        string[] fields = lines[district].Split('\t');
        fields[3] = "12x";
        lines[district] = string.Join('\t', fields);
        string file = _dir.Write("nrw.txt", string.Join('\n', lines));

        string german = CliRun.Fails("districts", "--gazetteer", file, "--lang", "de");

        Assert.Contains($"nrw.txt Zeile {district + 1}: Feld 'population': '12x' ist keine ganze Zahl von Einwohnern (nur Ziffern).", german, StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_JsonGazetteerWhoseDistrictDoesNotAddUp_SaysSoInGermanWithGermanNumbers()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(Gazetteer.Default))!;
        long population = doc["districts"]![0]!["population"]!.GetValue<long>();
        doc["districts"]![0]!["population"] = population + 1_000_000;
        string file = _dir.Write("nrw.json", doc.ToJsonString());

        string german = CliRun.Fails("districts", "--gazetteer", file, "--lang", "de");

        Assert.Contains("nrw.json $.districts[0].population: Der Kreis", german, StringComparison.Ordinal);
        Assert.Contains((population + 1_000_000).ToString("N0", Output.Lang.GermanNumbers), german, StringComparison.Ordinal);
        Assert.Contains("Einwohner, seine", german, StringComparison.Ordinal);
    }
}
