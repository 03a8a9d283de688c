namespace Ki.Cli.Tests.Commands;

public sealed class MunicipalitiesCommandTests
{
    [Fact]
    public void Json_KreisSoest_Lists14WhosePopulationsAddUpTo301785()
    {
        JsonElement doc = CliRun.Json("municipalities", "05974");
        JsonElement[] municipalities = [.. doc.GetProperty("municipalities").EnumerateArray()];
        Assert.Equal(14, municipalities.Length);
        Assert.Equal(301_785, municipalities.Sum(m => m.GetProperty("population").GetInt64()));
        Assert.All(municipalities, m => Assert.StartsWith("05974", m.GetProperty("key").GetString(), StringComparison.Ordinal));
        JsonElement ruethen = Assert.Single(municipalities, m => m.GetProperty("key").GetString() == "05974036");
        Assert.Equal("Rüthen, Stadt", ruethen.GetProperty("name").GetString());
        Assert.Equal("stadt", ruethen.GetProperty("kind").GetString());
        Assert.Matches(@"^\d+\.\d\d$", ruethen.GetProperty("areaKm2").GetString());
        Assert.Equal("05974", ruethen.GetProperty("integrationCentre").GetString());
        Assert.Equal("Soest", doc.GetProperty("district").GetProperty("name").GetString());
        Assert.Equal(301_785, doc.GetProperty("total").GetProperty("population").GetInt64());
    }

    [Fact]
    public void Table_StaedteregionAachen_ShowsTheCitysOwnKi()
    {
        string output = CliRun.Succeeds("municipalities", "05334");
        string aachen = Assert.Single(output.Split('\n'), l => l.StartsWith("05334002", StringComparison.Ordinal));
        Assert.EndsWith("05334002", aachen.TrimEnd(), StringComparison.Ordinal);
        CliRun.AssertContains(output, "10 municipalities", "557,026");
    }

    [Fact]
    public void Csv_KreisfreieStadt_OneRow()
    {
        string output = CliRun.Succeeds("municipalities", "05314", "--format", "csv");
        string[] lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["key,name,kind,population,area_km2,postal_code,ki", "05314000,\"Bonn, Stadt\",kreisfreie-stadt,329673,141.06,53111,05314"], lines);
    }

    [Theory]
    [InlineData("5974", "exactly 5 digits")]
    [InlineData("09162", "North Rhine-Westphalia is required")]
    [InlineData("0597A", "not a digit")]
    [InlineData("05975", "'05975': NRW has no district with this key or name")]
    public void BadKey_OneLineOnStderr_Exit2(string key, string why)
    {
        string error = CliRun.Fails("municipalities", key);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(why, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKey_Exit2() => CliRun.Fails("municipalities");
}
