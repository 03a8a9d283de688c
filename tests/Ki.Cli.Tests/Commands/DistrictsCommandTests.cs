using System.Globalization;

namespace Ki.Cli.Tests.Commands;

public sealed class DistrictsCommandTests
{
    [Fact]
    public void Json_Lists53Districts_WithKeysAndAreasAsStrings()
    {
        JsonElement doc = CliRun.Json("districts");
        JsonElement[] districts = [.. doc.GetProperty("districts").EnumerateArray()];
        Assert.Equal(53, districts.Length);
        Assert.Equal(53, doc.GetProperty("districtCount").GetInt32());
        Assert.Equal("2019-12-31", doc.GetProperty("referenceDate").GetString());
        Assert.Equal(17_947_221, districts.Sum(d => d.GetProperty("population").GetInt64()));
        JsonElement soest = Assert.Single(districts, d => d.GetProperty("key").GetString() == "05974");
        Assert.Equal(JsonValueKind.String, soest.GetProperty("key").ValueKind);
        CliRun.AssertStrings(
            soest,
            ("areaKm2", "1328.63"),
            ("kind", "kreis"),
            ("region", "059"));
        Assert.Equal(14, soest.GetProperty("municipalityCount").GetInt32());
        Assert.Equal("232.80", Assert.Single(districts, d => d.GetProperty("key").GetString() == "05112").GetProperty("areaKm2").GetString());
        Assert.Equal("34112.33", doc.GetProperty("total").GetProperty("areaKm2").GetString());
    }

    [Fact]
    public void Region_ListsOnlyItsDistricts()
    {
        JsonElement doc = CliRun.Json("districts", "--region", "059");
        JsonElement[] districts = [.. doc.GetProperty("districts").EnumerateArray()];
        Assert.Equal(12, districts.Length);
        Assert.All(districts, d => Assert.StartsWith("059", d.GetProperty("key").GetString(), StringComparison.Ordinal));
        Assert.Equal("059", doc.GetProperty("region").GetString());
    }

    [Fact]
    public void Table_IsTheDefault_WithHeaderTotalAndSource()
    {
        string output = CliRun.Succeeds("districts");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("NRW's districts and kreisfreie Städte.", lines[0]);
        Assert.StartsWith("key", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("05974", StringComparison.Ordinal) && l.Contains("Soest", StringComparison.Ordinal) && l.Contains("301,785", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("53 districts", StringComparison.Ordinal) && l.Contains("17,947,221", StringComparison.Ordinal));
        Assert.Contains("Population at 2019-12-31", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HasHeaderAnd53Rows_QuotingNamesWithCommas()
    {
        string output = CliRun.Succeeds("districts", "--format", "csv");
        string[] lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,name,kind,region,municipalities,population,area_km2", lines[0]);
        Assert.Equal(54, lines.Length);
        Assert.Contains("05314,\"Bonn, Stadt\",kreisfreie-stadt,053,1,329673,141.06", lines);
        Assert.Equal(17_947_221, lines.Skip(1).Sum(l => long.Parse(l.Split(',')[^2], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("052")]
    [InlineData("59")]
    [InlineData("091")]
    public void BadRegion_OneLineOnStderr_Exit2(string region)
    {
        string error = CliRun.Fails("districts", "--region", region);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'{region}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
