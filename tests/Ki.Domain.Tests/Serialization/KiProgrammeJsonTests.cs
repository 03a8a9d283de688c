namespace Ki.Domain.Tests.Serialization;

/// <summary>The KI programmes in the catalogue JSON: lossless, documented codes, broken input named by its path.</summary>
public sealed class KiProgrammeJsonTests
{
    private static readonly KiProgramme RucksackSchule = ProgrammeCatalogue.Default.TryFindKiProgramme("rucksack-schule", out KiProgramme? p) ? p : throw new InvalidOperationException();

    [Fact]
    public void Write_Read_EachEmbeddedKiProgramme_IsEqualInEveryProperty()
    {
        foreach (KiProgramme programme in ProgrammeCatalogue.Default.KiProgrammes)
        {
            byte[] json = CatalogueJson.Write(programme);
            KiProgramme back = CatalogueJson.ReadKiProgramme(json);
            DeepEqual.Assert(programme, back);
            Assert.Equal(json, CatalogueJson.Write(back));
        }
    }

    [Fact]
    public void Write_RucksackSchule_UsesCodesAndLeavesUnknownsOut()
    {
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(RucksackSchule))!;
        JsonNode version = doc["kiProgramme"]!["versions"]![0]!;
        Assert.Equal("primary", (string)version["stages"]![0]!["value"]!);
        Assert.Contains(version["responsibilities"]!.AsArray(), r => (string)r!["role"]! == "pays-for-delivery");
        JsonNode local = version["funding"]!.AsArray().First(f => (string)f!["funder"]!["de"]! == "Träger vor Ort")!;
        Assert.Null(local["kind"]);
        Assert.Null(local["amount"]);
        Assert.Null(version["ageRange"]);
        Assert.Equal("05974", (string)doc["kiProgramme"]!["localDeliveries"]![0]!["centre"]!);
    }

    [Theory]
    [InlineData("$.kiProgramme.versions[0].description.source", "description", "{\"value\":{\"de\":\"x\",\"en\":\"y\"}}", "$.kiProgramme.versions[0]")]
    [InlineData("$.kiProgramme.versions[0].ageRange", "ageRange", "{\"value\":{\"min\":4,\"max\":3}}", "$.kiProgramme.versions[0].ageRange.value")]
    [InlineData("$.kiProgramme.versions[0].stages", "stages", "[{\"value\":\"university\"}]", "$.kiProgramme.versions[0].stages[0].value")]
    [InlineData("a null description (found by the fuzz suite: it threw NullReferenceException)", "description", "{\"value\":null}", "$.kiProgramme.versions[0].description.value")]
    [InlineData("a null language list text", "languages", "{\"value\":null}", "$.kiProgramme.versions[0].languages.value")]
    public void ReadKiProgramme_BadField_ThrowsWithPath(string what, string field, string json, string path)
    {
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(RucksackSchule))!;
        doc["kiProgramme"]!["versions"]![0]![field] = JsonNode.Parse(json);
        var e = Assert.Throws<KiDataException>(() => CatalogueJson.ReadKiProgramme(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.True(e.Location.StartsWith(path, StringComparison.Ordinal), $"{what}: {e.Location}");
    }

    [Fact]
    public void ReadKiProgramme_OverlappingVersionsOrBadKiCode_IsRefused()
    {
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(RucksackSchule))!;
        JsonArray versions = doc["kiProgramme"]!["versions"]!.AsArray();
        versions.Add(versions[0]!.DeepClone());
        var e = Assert.Throws<KiDataException>(() => CatalogueJson.ReadKiProgramme(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal("$.kiProgramme", e.Location);
        Assert.Contains("overlap", e.Reason, StringComparison.Ordinal);

        doc = JsonNode.Parse(CatalogueJson.Write(RucksackSchule))!;
        doc["kiProgramme"]!["localDeliveries"]![0]!["centre"] = "Soest";
        e = Assert.Throws<KiDataException>(() => CatalogueJson.ReadKiProgramme(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal("$.kiProgramme.localDeliveries[0]", e.Location);
    }
}
