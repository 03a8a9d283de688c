namespace Ki.Cli.Tests.Commands;

public sealed class ProgrammesCommandTests
{
    [Fact]
    public void Programmes_OnADateInJson_ShowsWhichLinesAreInForce()
    {
        (int exit, string output, string error) = CliRun.Ki("programmes", "--on", "2016-06-01", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        Dictionary<string, string> status = json.RootElement.GetProperty("programmes").EnumerateArray()
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
        (_, string output, _) = CliRun.Ki("programmes", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement[] figures = [.. json.RootElement.GetProperty("programmes").EnumerateArray()
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
        (int exit, string output, _) = CliRun.Ki("programmes", "--wide");

        Assert.Equal(0, exit);
        Assert.Contains("komm-an-3", output, StringComparison.Ordinal);
        Assert.Contains("share of costs[V]", output, StringComparison.Ordinal);
        Assert.Contains("57,000.00 EUR[V]", output, StringComparison.Ordinal);
        Assert.Contains("[U] uncertain", output, StringComparison.Ordinal);
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
        (int exit, _, string error) = CliRun.Ki("programmes", "--on", "1.6.2016");
        Assert.Equal(2, exit);
        Assert.Equal("ki programmes: --on '1.6.2016' is not a date like 2016-06-01.", error.TrimEnd());
    }

    [Fact]
    public void Programmes_Json_ListsTheKiProgrammesWithTheirSources()
    {
        (int exit, string output, string error) = CliRun.Ki("programmes", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        Dictionary<string, JsonElement> programmes = json.RootElement.GetProperty("kiProgrammes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.Clone());
        foreach (string id in new[] { "griffbereit", "rucksack-kita", "rucksack-schule", "interkulturelles-assessment-center" })
        {
            JsonElement[] figures = [.. programmes[id].GetProperty("versions").EnumerateArray().SelectMany(v => v.GetProperty("figures").EnumerateArray())];
            Assert.NotEmpty(figures);
            Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("citation").GetString()), $"{id}: {f.GetProperty("name").GetString()}"));
            Assert.Contains(figures, f => f.GetProperty("name").GetString() == "description");
            Assert.Contains(figures, f => f.GetProperty("citation").GetString()!.Contains("https://", StringComparison.Ordinal));
        }

        Assert.DoesNotContain("shared/", output, StringComparison.Ordinal);
        Assert.Contains(programmes["rucksack-schule"].GetProperty("versions")[0].GetProperty("figures").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "pays for delivery" && f.GetProperty("value").GetString() == "the local provider");
        Assert.Contains(programmes["interkulturelles-assessment-center"].GetProperty("runBy").EnumerateArray(), r => r.GetProperty("centre").GetString() == "05974");
        Assert.NotEmpty(json.RootElement.GetProperty("programmes").EnumerateArray());
    }

    [Fact]
    public void Programmes_KindLine_LeavesTheKiProgrammesOut_KindProgramme_TheLines()
    {
        (_, string lines, _) = CliRun.Ki("programmes", "--kind", "line", "--format", "json");
        using (JsonDocument json = JsonDocument.Parse(lines))
        {
            Assert.Empty(json.RootElement.GetProperty("kiProgrammes").EnumerateArray());
            Assert.NotEmpty(json.RootElement.GetProperty("programmes").EnumerateArray());
        }

        (_, string programmes, _) = CliRun.Ki("programmes", "--kind", "programme", "--format", "json");
        using (JsonDocument json = JsonDocument.Parse(programmes))
        {
            Assert.Empty(json.RootElement.GetProperty("programmes").EnumerateArray());
            Assert.Equal(9, json.RootElement.GetProperty("kiProgrammes").GetArrayLength());
        }

        (int exit, string table, _) = CliRun.Ki("programmes", "--kind", "programme");
        Assert.Equal(0, exit);
        Assert.Contains("rucksack-schule", table, StringComparison.Ordinal);
        Assert.DoesNotContain("komm-an-3", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Programmes_TargetGroup_ListsOnlyTheProgrammesForThatGroup()
    {
        (int exit, string output, _) = CliRun.Ki("programmes", "--target-group", "young-people", "--on", "2020-01-01", "--format", "json");

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("young-people", json.RootElement.GetProperty("targetGroup").GetString());
        Assert.Equal(["interkulturelles-assessment-center"], json.RootElement.GetProperty("kiProgrammes").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        Assert.Empty(json.RootElement.GetProperty("programmes").EnumerateArray());
    }

    [Theory]
    [InlineData("--kind", "lines", "ki programmes: --kind 'lines' is not one of programme, line.")]
    [InlineData("--target-group", "kids", "ki programmes: --target-group 'kids' is not one of parents, young-children")]
    public void Programmes_BadKindOrGroup_Exits2NamingTheChoices(string option, string value, string message)
    {
        (int exit, _, string error) = CliRun.Ki("programmes", option, value);
        Assert.Equal(2, exit);
        Assert.StartsWith(message, error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Programmes_TargetGroupWithKindLine_Exits2()
    {
        (int exit, _, string error) = CliRun.Ki("programmes", "--kind", "line", "--target-group", "parents");
        Assert.Equal(2, exit);
        Assert.Contains("no target group", error, StringComparison.Ordinal);
    }
}
