namespace Ki.Cli.Tests.Commands;

public sealed class AllocateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("ki-allocate-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Allocate_KreisSoestByPopulationAsJson_IsTheLibraryDocumentWithItsContext()
    {
        string file = _folder.WriteLines("soest.csv", ["id,name,weight", .. SoestRows((pop, _) => pop)]);

        string output = CliRun.Succeeds("allocate", "--budget", "131000", "--input", file, "--format", "json", "--compact");

        Assert.Single(output.TrimEnd().Split('\n'));
        Assert.StartsWith("{\"verb\":\"allocate\",\"context\":{\"input\":\"soest.csv\",\"key\":\"weight\",\"method\":\"largest-remainder\",\"budget\":\"131000.00\",\"unit\":\"0.01\"},\"result\":{\"schemaVersion\":1,", output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement result = json.RootElement.GetProperty("result");
        JsonElement[] lines = [.. result.GetProperty("lines").EnumerateArray()];
        Assert.Equal(14, lines.Length);
        Assert.Equal("05974004", lines[0].GetProperty("id").GetString());
        JsonElement soest = Assert.Single(lines, l => l.GetProperty("id").GetString() == "05974040");
        Assert.Equal("20625.06", soest.GetProperty("amount").GetString());
        Assert.False(soest.TryGetProperty("reasons", out JsonElement reasons) && reasons.GetArrayLength() > 0);
        Assert.False(soest.TryGetProperty("flags", out _));
        Assert.Equal(131_000m, lines.Sum(l => decimal.Parse(l.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));

        // the result is the library's own document: its reader takes it back
        Ki.Domain.Allocation.AllocationResult read = Ki.Domain.Serialization.AllocationJson.ReadResult(System.Text.Encoding.UTF8.GetBytes(result.GetRawText()));
        Assert.Equal(14, read.Lines.Length);
    }

    [Fact]
    public void Allocate_WithKeyAndFloorAsTable_ExplainsTheFloorInWords()
    {
        string file = _folder.WriteLines("soest.csv", ["id,name,population,area", .. SoestRows((pop, area) => $"{pop},{area}")]);

        string output = CliRun.Succeeds("allocate", "--budget", "131000", "--input", file, "--key", "population:0.9,area:0.1", "--floor", "8000", "--unit", "1", "--wide");

        CliRun.AssertContains(
            output,
            "key: population × 0.9 + area × 0.1; largest remainder in units of 1.00 EUR; floor 8,000.00 EUR.",
            "raised to the floor",
            "131,000.00 EUR",
            "not allocated 0.00 EUR = budget 131,000.00 EUR (balanced to the cent).");
    }

    [Fact]
    public void Allocate_PerRecipientDemandAsCsv_ReportsReasonCodesWithRfc4180Quoting()
    {
        string file = _folder.WriteLines("r.csv", ["id,name,weight,demand", "a,A,1,100", "b,B,1,", "c,\"C, e.V.\",2,50.5"]);

        string output = CliRun.Succeeds("allocate", "--budget", "1000", "--input", file, "--cap", "600", "--format", "csv");

        Assert.Equal(
            ["id,name,weight,quota,amount,reasons", "a,A,1,100.000000,100.00,demand", "b,B,1,600.000000,600.00,cap", "c,\"C, e.V.\",2,50.500000,50.50,demand", string.Empty],
            output.Split("\r\n"));
    }

    [Fact]
    public void Allocate_SemicolonSeparatedFile_IsRead()
    {
        string comma = _folder.WriteLines("comma.csv", ["id,name,weight", "a,Alpha,1", "b,Beta,2"]);
        string semicolon = _folder.WriteLines("semicolon.csv", ["id;name;weight", "a;Alpha;1", "b;Beta;2"]);

        string fromSemicolon = CliRun.Succeeds("allocate", "--budget", "100", "--input", semicolon, "--format", "csv");
        string fromComma = CliRun.Succeeds("allocate", "--budget", "100", "--input", comma, "--format", "csv");

        Assert.Equal(fromComma, fromSemicolon);
    }

    [Fact]
    public void Allocate_SemicolonFileWithDecimalCommas_SaysHowToWriteNumbers()
    {
        string file = _folder.WriteLines("de.csv", ["id;name;weight", "a;Alpha;1,5"]);

        string error = CliRun.Fails("allocate", "--budget", "100", "--input", file);

        Assert.Contains("line 2: field 'weight' is not a plain number such as 1234.5 (write decimals with a point", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_SecretFileAsInput_DoesNotEchoItsFirstLine()
    {
        string file = _folder.WriteLines("secret.txt", ["password=hunter2,token=abc", "more secrets"]);

        string error = CliRun.Fails("allocate", "--budget", "100", "--input", file);

        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("password", error, StringComparison.Ordinal);
        Assert.Contains("secret.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_FormulaInAName_IsGuardedInCsv()
    {
        string file = _folder.WriteLines("evil.csv", ["id,name,weight", "a,=HYPERLINK(\"http://x\"),1", "b,@SUM(A1),1", "c,+1,1", "d,-2+3,1"]);

        string output = CliRun.Succeeds("allocate", "--budget", "100", "--input", file, "--format", "csv");

        string[] rows = output.Split("\r\n");
        Assert.StartsWith("a,\"'=HYPERLINK(\"\"http://x\"\")\",", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("b,'@SUM(A1),", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("c,+1,", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("d,'-2+3,", rows[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ControlCharactersInNames_AreShownNotExecutedAndDroppedFromTheChart()
    {
        string file = _folder.WriteLines("ctl.csv", ["id,name,weight", "a,\"Evil\u001b[31mRed\u0007\",1", "b,B,1"]);
        string chart = _folder.PathOf("ctl.svg");

        string output = CliRun.Succeeds("allocate", "--budget", "100", "--input", file, "--chart", chart);

        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.Contains("Evil\u241b[31mRed\u2407", output, StringComparison.Ordinal);
        string svg = File.ReadAllText(chart);
        Assert.DoesNotContain('\u001b', svg);
        System.Xml.Linq.XDocument.Parse(svg); // well-formed
        Assert.Contains("Evil[31mRed", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,name,weight\na,A,12x\n", "line 2: field 'weight' is not a plain number")]
    [InlineData("id,name,weight\na,A,-3\n", "line 2: field 'weight' is negative")]
    [InlineData("id,name,weight\na,A,1\na,B,2\n", "line 3: field 'id' repeats the id of bad.csv: line 2")]
    [InlineData("id,name\na,A\n", "the column 'weight' is missing")]
    [InlineData("id,name,weight\n", "bad.csv: the file has a header but no rows")]
    [InlineData("id,name,weight\n# only a comment\n\n", "bad.csv: the file has a header but no rows")]
    [InlineData("id,name,weight\na,A,0\n", "nothing to split by")]
    [InlineData("id,name,weight,floor\na,A,1,0.001\n", "field 'floor' has 3 decimals ('0.001')")]
    [InlineData("id,name,weight,floor\na,A,1,1.000\n", "field 'floor' has 3 decimals ('1.000')")]
    [InlineData("id,name,weight,floor\na,A,1,200\nb,B,1,0\n", "the floors add up to 200.00 EUR, more than the budget of 100.00 EUR")]
    public void Allocate_BadInput_ExitsWithCode2AndOneClearLine(string csv, string expected)
    {
        string file = _folder.WriteLines("bad.csv", csv.Split('\n'));

        string error = CliRun.FailsWithOneLine(expected, "allocate", "--budget", "100", "--input", file);

        Assert.DoesNotContain("units", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_MissingFileDirectoryAndUnreadableFile_AreToldApart()
    {
        string missing = CliRun.Fails("allocate", "--budget", "1", "--input", _folder.PathOf("nope.csv"));
        string directory = CliRun.Fails("allocate", "--budget", "1", "--input", _folder.Path);
        string noDir = CliRun.Fails("allocate", "--budget", "1", "--input", _folder.PathOf(Path.Combine("no-such-dir", "x.csv")));

        Assert.EndsWith("nope.csv': there is no such file.", missing.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("' is a directory; give a file.", directory.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("does not exist either", noDir, StringComparison.Ordinal);
        Assert.DoesNotContain("Access to the path", missing + directory + noDir, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            string locked = _folder.WriteLines("locked.csv", ["id,name,weight", "a,A,1"]);
            File.SetUnixFileMode(locked, UnixFileMode.None);
            string denied = CliRun.Fails("allocate", "--budget", "1", "--input", locked);
            Assert.EndsWith("locked.csv': no permission to read the file.", denied.TrimEnd(), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> SoestRows(Func<string, string, string> weight) =>
        Ki.Domain.Places.Gazetteer.Default.MembersOf(Ki.Domain.Places.DistrictKey.ParseNrw("05974")).Select(m =>
            $"{m.Key.Code},\"{m.Name}\",{weight(m.Population.ToString(System.Globalization.CultureInfo.InvariantCulture), m.AreaKm2.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
}
