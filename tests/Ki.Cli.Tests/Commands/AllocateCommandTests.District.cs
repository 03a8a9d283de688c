namespace Ki.Cli.Tests.Commands;

public sealed class AllocateDistrictTests
{
    [Fact]
    public void Allocate_KreisSoest_SplitsTheBudgetOverItsFourteenMunicipalities()
    {
        (int code, string output, string error) = CliRun.Ki("allocate", "--budget", "131000", "--district", "05974", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement context = json.RootElement.GetProperty("context");
        Assert.Equal("05974", context.GetProperty("district").GetString());
        Assert.Equal("Kreis Soest", context.GetProperty("districtName").GetString());
        Assert.Equal("2019-12-31", context.GetProperty("referenceDate").GetString());
        Assert.Equal("population", context.GetProperty("key").GetString());
        Assert.Equal("131000.00", context.GetProperty("budget").GetString());
        JsonElement root = json.RootElement.GetProperty("result");
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
        string fresh = Path.Combine(Path.GetTempPath(), $"ki-chart-{Guid.NewGuid():N}.svg");
        try
        {
            (int code, _, string error) = CliRun.Ki("allocate", "--budget", "131000", "--district", "05974", "--chart", fresh);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            string svg = File.ReadAllText(fresh);
            Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
            Assert.Contains(">Soest, Stadt<", svg, StringComparison.Ordinal);
            Assert.Contains(">20,625.06<", svg, StringComparison.Ordinal);
            if (Environment.GetEnvironmentVariable("KI_WRITE_DOCS") == "1")
            {
                File.WriteAllText(committed, svg);
            }

            Assert.Equal(File.ReadAllText(committed), svg);
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Fact]
    public void Allocate_DistrictWithFlueAgKey_UsesPopulationAndArea()
    {
        (int code, string byPopulation, _) = CliRun.Ki("allocate", "--budget", "131000", "--district", "05974", "--format", "csv");
        (int code2, string byKey, _) = CliRun.Ki("allocate", "--budget", "131000", "--district", "05974", "--key", "population:0.9,area:0.1", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(0, code2);
        Assert.NotEqual(byPopulation, byKey);
        Assert.Equal(15, byKey.TrimEnd().Split('\n').Length);
    }

    [Theory]
    [InlineData("--district", "5974")]
    [InlineData("--district", "09162")]
    [InlineData("--district", "05975")]
    public void Allocate_BadDistrict_OneLineAndExit2(string option, string value)
    {
        (int code, string output, string error) = CliRun.Ki("allocate", "--budget", "131000", option, value);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("Soest")]
    [InlineData("Kreis Soest")]
    [InlineData("soest")]
    [InlineData("05974")]
    public void Allocate_DistrictByKeyOrName_IsTheSameSplit(string district)
    {
        (int code, string output, string error) = CliRun.Ki("allocate", "--budget", "131000", "--district", district, "--format", "csv");
        (_, string byKey, _) = CliRun.Ki("allocate", "--budget", "131000", "--district", "05974", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(byKey, output);
    }

    [Fact]
    public void Allocate_UnknownDistrictName_SaysWhereToLook()
    {
        (int code, _, string error) = CliRun.Ki("allocate", "--budget", "1000", "--district", "Atlantis");

        Assert.Equal(2, code);
        Assert.Equal("ki allocate: --district 'Atlantis': NRW has no district with this key or name; 'ki districts' lists them.", error.TrimEnd());
    }

    [Fact]
    public void Allocate_BothInputAndDistrict_IsAUsageError()
    {
        (int code, _, string error) = CliRun.Ki("allocate", "--budget", "1", "--district", "05974", "--input", "x.csv");
        Assert.Equal(2, code);
        Assert.Contains("exactly one of --input", error, StringComparison.Ordinal);
    }
}
