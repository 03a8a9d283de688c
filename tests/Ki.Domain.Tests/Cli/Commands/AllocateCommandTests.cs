using System.Text.Json;

namespace Ki.Domain.Tests.Cli.Commands;

public sealed class AllocateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ki-allocate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Allocate_KreisSoestByPopulationAsJson_PrintsTheIssueShape()
    {
        string file = Write("soest.csv", ["id,name,weight", .. SoestRows((pop, _) => pop)]);

        (int code, string output, string error) = CliRun.Ki("allocate", "--budget", "131000", "--input", file, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("{\"budget\":\"131000.00\",\"allocated\":\"131000.00\",\"unallocated\":\"0.00\",\"lines\":[", output, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"05974040\",\"name\":\"Soest, Stadt\",\"weight\":\"47514\",\"quota\":\"20625.060888\",\"amount\":\"20625.06\",\"flags\":[]}", output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(output);
        string[] ids = [.. json.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];
        Assert.Equal(14, ids.Length);
        Assert.Equal("05974004", ids[0]);
        Assert.Equal(131_000m, json.RootElement.GetProperty("lines").EnumerateArray().Sum(l => decimal.Parse(l.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Allocate_WithKeyAndFloorAsTable_ShowsFlagsAndTotals()
    {
        string file = Write("soest.csv", ["id,name,population,area", .. SoestRows((pop, area) => $"{pop},{area}")]);

        (int code, string output, _) = CliRun.Ki("allocate", "--budget", "131000", "--input", file, "--key", "population:0.9,area:0.1", "--floor", "8000", "--unit", "1");

        Assert.Equal(0, code);
        Assert.Contains("floor", output, StringComparison.Ordinal);
        Assert.Contains("131000.00", output, StringComparison.Ordinal);
        Assert.Contains("unallocated 0.00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_PerRecipientDemandAsCsv_ReportsDemandAndUnallocated()
    {
        string file = Write("r.csv", ["id,name,weight,demand", "a,A,1,100", "b,B,1,", "c,\"C, e.V.\",2,50.5"]);

        (int code, string output, _) = CliRun.Ki("allocate", "--budget", "1000", "--input", file, "--cap", "600", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(
            ["id,name,weight,quota,amount,flags", "a,A,1,100.000000,100.00,demand", "b,B,1,600.000000,600.00,cap", "c,\"C, e.V.\",2,50.500000,50.50,demand"],
            output.TrimEnd().Split(Environment.NewLine));
    }

    [Theory]
    [InlineData("id,name,weight\na,A,12x\n", "line 2: field 'weight': '12x' is not a plain number")]
    [InlineData("id,name,weight\na,A,-3\n", "line 2: field 'weight': '-3' is negative")]
    [InlineData("id,name,weight\na,A,1\na,B,2\n", "line 3: field 'id': 'a' occurs twice")]
    [InlineData("id,name\na,A\n", "the column 'weight' is missing")]
    [InlineData("id,name,weight\na,A,0\n", "nothing to split by")]
    [InlineData("id,name,weight,floor\na,A,1,0.001\n", "field 'floor': '0.001' has 3 decimals")]
    [InlineData("id,name,weight,floor\na,A,1,1.000\n", "field 'floor': '1.000' has 3 decimals")]
    [InlineData("id,name,weight,floor\na,A,1,200\nb,B,1,0\n", "floors add up to")]
    public void Allocate_BadInput_ExitsWithCode2AndOneClearLine(string csv, string expected)
    {
        string file = Write("bad.csv", csv.Split('\n'));

        (int code, string output, string error) = CliRun.Ki("allocate", "--budget", "100", "--input", file);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split(Environment.NewLine));
    }

    [Theory]
    [InlineData("abc", "--budget 'abc' is not a euro amount")]
    [InlineData("-5", "--budget '-5' must not be negative")]
    [InlineData("99999999999999999999", "--budget '99999999999999999999' is outside the range")]
    [InlineData("1.001", "--budget '1.001' has three decimals")]
    [InlineData("131.000", "--budget '131.000' has three decimals, but an amount in euros has at most two (cents); for 131 thousand euros write 131000 or 131,000.00")]
    [InlineData("0,500", "--budget '0,500' is not a euro amount in the invariant culture: a group separator cannot follow a leading 0")]
    public void Allocate_BadBudget_ExitsWithCode2NamingTheValue(string budget, string expected)
    {
        string file = Write("ok.csv", ["id,name,weight", "a,A,1"]);

        (int code, _, string error) = CliRun.Ki("allocate", "--budget", budget, "--input", file);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SoestRows(Func<string, string, string> weight) =>
        Support.TestCsv.Read("kreis_soest_gemeinden.csv").Select(r =>
            $"{r["ags"]},\"{r["name"]}\",{weight(r["bevoelkerung_31_12_2019"], r["flaeche_km2"])}");

    private string Write(string name, IEnumerable<string> lines)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
