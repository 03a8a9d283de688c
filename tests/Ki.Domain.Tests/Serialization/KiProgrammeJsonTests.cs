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
