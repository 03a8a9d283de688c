using System.Text;
using System.Text.Json.Nodes;
using Ki.Domain.Places;
using Ki.Domain.Serialization;

namespace Ki.Cli.Tests.Commands;

public sealed class GazetteerOptionTests : IDisposable
{
    private static readonly Gazetteer G = Gazetteer.Default;
    private readonly TempFolder _dir = new("ki-cli-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("small.json")]
    [InlineData("small.txt")]
    public void Districts_WithGazetteerFile_ListsItsDistricts(string name)
    {
        string path = Write(name, Small());
        JsonElement doc = CliRun.Json("districts", "--gazetteer", path);
        Assert.Equal(["05314", "05974"], doc.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("key").GetString()));
        Assert.Equal("a newer register", doc.GetProperty("source").GetString());
    }

    [Fact]
    public void Municipalities_WithGazetteerFile_UsesIt_AndSaysWhenTheDistrictIsMissing()
    {
        string path = Write("small.json", Small());
        string output = CliRun.Succeeds("municipalities", "05974", "--gazetteer", path, "--format", "csv");
        Assert.Equal(15, output.Trim().Split('\n').Length);

        string error = CliRun.Fails("municipalities", "05334", "--gazetteer", path);
        Assert.Contains("gazetteer small.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_MalformedJsonFile_ReportsTheKiDataExceptionOnStderrWithExit2()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(Small()))!;
        doc["districts"]![1]!["population"] = 1;
        string path = _dir.PathOf("bad.json");
        File.WriteAllText(path, doc.ToJsonString());
        var expected = Assert.Throws<Ki.Domain.KiDataException>(() => GazetteerJson.ReadFile(path));

        string error = CliRun.Fails("districts", "--gazetteer", path);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(expected.Message, error, StringComparison.Ordinal);
        Assert.Contains("bad.json $.districts[1].population", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Districts_MissingFile_Exits2()
    {
        string error = CliRun.Fails("districts", "--gazetteer", _dir.PathOf("none.json"));
        Assert.Contains("none.json", error, StringComparison.Ordinal);
    }

    private static Gazetteer Small()
    {
        District[] districts = [G.GetDistrict(DistrictKey.Parse("05314")), G.GetDistrict(DistrictKey.Parse("05974"))];
        return Gazetteer.Create("a newer register", G.ReferenceDate, districts, districts.SelectMany(d => G.MembersOf(d.Key)), []);
    }

    private string Write(string name, Gazetteer gazetteer)
    {
        string path = _dir.PathOf(name);
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            File.WriteAllBytes(path, GazetteerJson.Write(gazetteer));
        }
        else
        {
            File.WriteAllText(path, gazetteer.ToText(), Encoding.UTF8);
        }

        return path;
    }
}
