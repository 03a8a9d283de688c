namespace Ki.Cli.Tests.Commands;

public sealed class AllocateDistrictTests
{
    [Fact]
    public void Allocate_KreisSoest_SplitsTheBudgetOverItsFourteenMunicipalities()
    {
        JsonElement json = CliRun.Json("allocate", "--budget", "131000", "--district", "05974");

        JsonElement context = json.GetProperty("context");
        CliRun.AssertStrings(
            context,
            ("district", "05974"),
            ("districtName", "Kreis Soest"),
            ("referenceDate", "2019-12-31"),
            ("key", "population"),
            ("budget", "131000.00"));
        JsonElement root = json.GetProperty("result");
        Assert.Equal("131000.00", root.GetProperty("allocated").GetString());
        Assert.Equal("0.00", root.GetProperty("unallocated").GetString());
        JsonElement[] lines = [.. root.GetProperty("lines").EnumerateArray()];
        Assert.Equal(14, lines.Length);
        Assert.Equal(301_785, lines.Sum(l => long.Parse(l.GetProperty("weight").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        JsonElement soest = Assert.Single(lines, l => l.GetProperty("id").GetString() == "05974040");
        Assert.Equal("Soest, Stadt", soest.GetProperty("name").GetString());
        Assert.Equal("20625.06", soest.GetProperty("amount").GetString());
        long cents = lines.Sum(l => decimal.ToInt64(decimal.Parse(l.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture) * 100));
        Assert.Equal(13_100_000, cents);
    }

    [Fact]
    public void Allocate_Chart_IsTheCommittedDocsPicture()
    {
        // docs/allocation.md shows this chart; it must stay what the library computes. KI_WRITE_DOCS=1 redraws it.
        string committed = RepositoryPaths.Combine("docs", "allocation-soest.svg");
        using var fresh = new TempFile(string.Empty, ".svg");

        CliRun.Succeeds("allocate", "--budget", "131000", "--district", "05974", "--chart", fresh.Path);

        string svg = File.ReadAllText(fresh.Path);
        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
        CliRun.AssertContains(svg, ">Soest, Stadt<", ">20,625.06<");
        if (Environment.GetEnvironmentVariable("KI_WRITE_DOCS") == "1")
        {
            File.WriteAllText(committed, svg);
        }

        Assert.Equal(File.ReadAllText(committed), svg);
    }

    [Fact]
    public void Allocate_DistrictWithFlueAgKey_UsesPopulationAndArea()
    {
        string byPopulation = CliRun.Succeeds("allocate", "--budget", "131000", "--district", "05974", "--format", "csv");
        string byKey = CliRun.Succeeds("allocate", "--budget", "131000", "--district", "05974", "--key", "population:0.9,area:0.1", "--format", "csv");

        Assert.NotEqual(byPopulation, byKey);
        Assert.Equal(15, byKey.TrimEnd().Split('\n').Length);
    }

    [Theory]
    [InlineData("--district", "5974")]
    [InlineData("--district", "09162")]
    [InlineData("--district", "05975")]
    public void Allocate_BadDistrict_OneLineAndExit2(string option, string value)
    {
        string error = CliRun.Fails("allocate", "--budget", "131000", option, value);

        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("Soest")]
    [InlineData("Kreis Soest")]
    [InlineData("soest")]
    [InlineData("05974")]
    public void Allocate_DistrictByKeyOrName_IsTheSameSplit(string district)
    {
        string output = CliRun.Succeeds("allocate", "--budget", "131000", "--district", district, "--format", "csv");
        string byKey = CliRun.Succeeds("allocate", "--budget", "131000", "--district", "05974", "--format", "csv");

        Assert.Equal(byKey, output);
    }

    [Fact]
    public void Allocate_UnknownDistrictName_SaysWhereToLook()
    {
        string error = CliRun.Fails("allocate", "--budget", "1000", "--district", "Atlantis");

        Assert.Equal("ki allocate: --district 'Atlantis': NRW has no district with this key or name; 'ki districts' lists them.", error.TrimEnd());
    }

    [Fact]
    public void Allocate_BothInputAndDistrict_IsAUsageError()
    {
        string error = CliRun.Fails("allocate", "--budget", "1", "--district", "05974", "--input", "x.csv");
        Assert.Contains("exactly one of --input", error, StringComparison.Ordinal);
    }
}
