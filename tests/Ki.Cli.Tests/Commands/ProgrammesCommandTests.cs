namespace Ki.Cli.Tests.Commands;

public sealed class ProgrammesCommandTests
{
    [Fact]
    public void Programmes_OnADateInJson_ShowsWhichLinesAreInForce()
    {
        JsonElement json = CliRun.Json("programmes", "--on", "2016-06-01");

        Dictionary<string, string> status = json.GetProperty("programmes").EnumerateArray()
            .SelectMany(p => p.GetProperty("lines").EnumerateArray())
            .ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("status").GetString()!);
        Assert.Equal("KI-LINE-NOT-IN-FORCE", status["ki-2023-staff"]);
        Assert.Equal("KI-LINE-IN-FORCE", status["komm-an-3"]);
        Assert.Equal("KI-LINE-IN-FORCE", status["komm-an-2a"]);
        Assert.Equal(13, status.Count);
    }

    [Fact]
    public void Programmes_Json_CarriesEveryFiguresCitationAndUncertainMark()
    {
        JsonElement[] figures = [.. CliRun.Json("programmes").GetProperty("programmes").EnumerateArray()
            .SelectMany(p => p.GetProperty("lines").EnumerateArray())
            .SelectMany(l => l.GetProperty("versions").EnumerateArray())
            .SelectMany(v => v.GetProperty("figures").EnumerateArray())];
        Assert.All(figures, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("citation").GetString())));
        Assert.Contains(figures, f => f.GetProperty("uncertain").GetBoolean() && f.GetProperty("confidence").GetString() == "[U]");
        Assert.Contains(figures, f => f.GetProperty("name").GetString() == "unit specialist-post" && f.GetProperty("value").GetString() == "57000.00");
    }

    [Fact]
    public void Programmes_Table_ListsEveryVersionWithMarkers()
    {
        string output = CliRun.Succeeds("programmes", "--wide");

        CliRun.AssertContains(output, "komm-an-3", "share of costs[V]", "57,000.00 EUR[V]", "[U] uncertain");
    }

    [Fact]
    public void Programmes_Csv_StartsWithTheHeader()
    {
        (_, string output, _) = CliRun.Ki("programmes", "--on", "2024-01-01", "--format", "csv");
        Assert.StartsWith("programme,line,from,to,financing,rate,cap,minimum,units,authority,uncertain", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Programmes_BadDate_Exits2WithOneLine()
    {
        string error = CliRun.Fails("programmes", "--on", "1.6.2016");
        Assert.Equal("ki programmes: --on '1.6.2016' is not a date like 2016-06-01.", error.TrimEnd());
    }

    [Fact]
    public void Programmes_Json_ListsTheKiProgrammesWithTheirSources()
    {
        JsonElement json = CliRun.Json("programmes");

        Dictionary<string, JsonElement> programmes = json.GetProperty("kiProgrammes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.Clone());
        foreach (string id in new[] { "griffbereit", "rucksack-kita", "rucksack-schule", "interkulturelles-assessment-center" })
        {
            JsonElement[] figures = [.. programmes[id].GetProperty("versions").EnumerateArray().SelectMany(v => v.GetProperty("figures").EnumerateArray())];
            Assert.NotEmpty(figures);
            Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("citation").GetString()), $"{id}: {f.GetProperty("name").GetString()}"));
            Assert.Contains(figures, f => f.GetProperty("name").GetString() == "description");
            Assert.Contains(figures, f => f.GetProperty("citation").GetString()!.Contains("https://", StringComparison.Ordinal));
        }

        Assert.DoesNotContain("shared/", json.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(programmes["rucksack-schule"].GetProperty("versions")[0].GetProperty("figures").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "pays for delivery" && f.GetProperty("value").GetString() == "the local provider");
        Assert.Contains(programmes["interkulturelles-assessment-center"].GetProperty("runBy").EnumerateArray(), r => r.GetProperty("centre").GetString() == "05974");
        Assert.NotEmpty(json.GetProperty("programmes").EnumerateArray());
    }

    [Fact]
    public void Programmes_KindLine_LeavesTheKiProgrammesOut_KindProgramme_TheLines()
    {
        JsonElement lines = CliRun.Json("programmes", "--kind", "line");
        Assert.Empty(lines.GetProperty("kiProgrammes").EnumerateArray());
        Assert.NotEmpty(lines.GetProperty("programmes").EnumerateArray());

        JsonElement programmes = CliRun.Json("programmes", "--kind", "programme");
        Assert.Empty(programmes.GetProperty("programmes").EnumerateArray());
        Assert.Equal(9, programmes.GetProperty("kiProgrammes").GetArrayLength());

        string table = CliRun.Succeeds("programmes", "--kind", "programme");
        Assert.Contains("rucksack-schule", table, StringComparison.Ordinal);
        Assert.DoesNotContain("komm-an-3", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Programmes_TargetGroup_ListsOnlyTheProgrammesForThatGroup()
    {
        JsonElement json = CliRun.Json("programmes", "--target-group", "young-people", "--on", "2020-01-01");

        Assert.Equal("young-people", json.GetProperty("targetGroup").GetString());
        Assert.Equal(["interkulturelles-assessment-center"], json.GetProperty("kiProgrammes").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        Assert.Empty(json.GetProperty("programmes").EnumerateArray());
    }

    [Theory]
    [InlineData("--kind", "lines", "ki programmes: --kind 'lines' is not one of programme, line.")]
    [InlineData("--target-group", "kids", "ki programmes: --target-group 'kids' is not one of parents, young-children")]
    public void Programmes_BadKindOrGroup_Exits2NamingTheChoices(string option, string value, string message)
    {
        string error = CliRun.Fails("programmes", option, value);
        Assert.StartsWith(message, error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Programmes_TargetGroupWithKindLine_Exits2()
    {
        string error = CliRun.Fails("programmes", "--kind", "line", "--target-group", "parents");
        Assert.Contains("no target group", error, StringComparison.Ordinal);
    }
}
