using System.Text.Json;

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
        Assert.Equal(11, status.Count);
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
        Assert.Contains("share[V]", output, StringComparison.Ordinal);
        Assert.Contains("specialist-post=57000.00[V]", output, StringComparison.Ordinal);
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
}
