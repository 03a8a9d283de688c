namespace Ki.Domain.Tests.Serialization;

public sealed class CatalogueJsonTests
{
    private static readonly ProgrammeCatalogue Default = ProgrammeCatalogue.Default;

    [Fact]
    public void Write_Read_Default_IsEqualInEveryProperty()
    {
        byte[] json = CatalogueJson.Write(Default);
        ProgrammeCatalogue back = CatalogueJson.Read(json);
        DeepEqual.Assert(Default, back);
        Assert.Equal(json, CatalogueJson.Write(back));
        Assert.Empty(back.Check());
    }

    [Fact]
    public void Write_Default_HasTheDocumentedShape()
    {
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(Default))!;
        Assert.Equal(1, (int)doc["schemaVersion"]!);
        JsonNode version = doc["programmes"]![0]!["lines"]![0]!["versions"]![0]!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$", (string)version["validity"]!);
        Assert.Matches("^(share|deficit|fixed-amount|full)$", (string)version["financing"]!["value"]!);
        Assert.Matches("^(verified|secondary|uncertain|derived)$", (string)version["financing"]!["source"]!["confidence"]!);
        JsonNode capped = doc["programmes"]!.AsArray().SelectMany(p => p!["lines"]!.AsArray()).SelectMany(l => l!["versions"]!.AsArray()).First(v => v!["minimumGrant"] is not null)!;
        Assert.Matches(@"^\d+\.\d{2}$", (string)capped["minimumGrant"]!["value"]!);
    }

    [Property(MaxTest = 100)]
    public Property Property_Catalogue_RoundTripsInEveryProperty() =>
        DeepEqual.RoundTripsFor(CatalogueGen.Catalogues, CatalogueJson.Write, json => CatalogueJson.Read(json));

    [Property(MaxTest = 150)]
    public Property Property_Parts_RoundTripInEveryProperty() =>
        Prop.ForAll(CatalogueGen.Programmes.ToArbitrary(), CatalogueGen.Versions.ToArbitrary(), CatalogueGen.Mixes.ToArbitrary(), (programme, version, mix) =>
            DeepEqual.FirstDifference(programme, CatalogueJson.ReadProgramme(CatalogueJson.Write(programme))) is null
            && programme.Lines.All(l => DeepEqual.FirstDifference(l, CatalogueJson.ReadFundingLine(CatalogueJson.Write(l))) is null)
            && DeepEqual.FirstDifference(version, CatalogueJson.ReadFundingLineVersion(CatalogueJson.Write(version))) is null
            && DeepEqual.FirstDifference(mix, CatalogueJson.ReadFundingMix(CatalogueJson.Write(mix))) is null);

    [Fact]
    public void DeepEqual_SeesAChangedFigure()
    {
        FundingLineVersion version = Default.Lines.SelectMany(l => l.Versions).First(v => v.MinimumGrant is not null);
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(version))!;
        doc["version"]!["minimumGrant"]!["value"] = "1.00";
        FundingLineVersion changed = CatalogueJson.ReadFundingLineVersion(Encoding.UTF8.GetBytes(doc.ToJsonString()));
        Assert.Equal("$.MinimumGrant", DeepEqual.FirstDifference(version, changed)?.Split(':')[0]);
    }

    [Fact]
    public void Read_MissingRequiredOrNull_ThrowsWithPath()
    {
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(Default))!;
        doc["programmes"]![0]!.AsObject().Remove("basis");
        var e = Assert.Throws<KiDataException>(() => CatalogueJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.StartsWith("$.programmes[0]", e.Location, StringComparison.Ordinal);
        Assert.Contains("basis", e.Reason, StringComparison.Ordinal);

        doc = JsonNode.Parse(CatalogueJson.Write(Default))!;
        doc["programmes"]![0]!["id"] = null;
        e = Assert.Throws<KiDataException>(() => CatalogueJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal("$.programmes[0].id", e.Location);
    }

    [Fact]
    public void ReadFundingMix_TotalNotTheSumOrSourceTwice_Throws()
    {
        FundingMix mix = Default.FundingMixes[0];
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(mix))!;
        doc["fundingMix"]!["total"] = "1.00";
        var e = Assert.Throws<KiDataException>(() => CatalogueJson.ReadFundingMix(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal("$.fundingMix.total", e.Location);

        doc = JsonNode.Parse(CatalogueJson.Write(mix))!;
        JsonArray contributions = doc["fundingMix"]!["contributions"]!.AsArray();
        contributions.Add(contributions[0]!.DeepClone());
        e = Assert.Throws<KiDataException>(() => CatalogueJson.ReadFundingMix(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal("$.fundingMix.contributions", e.Location);
    }

    [Fact]
    public void Read_NewerSchemaVersion_SaysSoFirst()
    {
        var e = Assert.Throws<KiDataException>(() => CatalogueJson.Read("{\"schemaVersion\":2,\"programmes\":[],\"newThing\":{}}"u8));
        Assert.Equal("$.schemaVersion", e.Location);
        Assert.Contains("schema version 2", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_AndStream_ReadTheSameCatalogue()
    {
        using var folder = new TempFolder("ki-catalogue-");
        string path = folder.WriteBytes("catalogue.json", CatalogueJson.Write(Default));

        DeepEqual.Assert(Default, CatalogueJson.ReadFile(path));
        using FileStream stream = File.OpenRead(path);
        DeepEqual.Assert(Default, CatalogueJson.Read(stream));
    }

    [Property]
    public Property Property_MutatedCatalogueDocuments_LoadOrRaiseKiDataException() =>
        JsonMutation.Law(CatalogueJson.Write(Default), bytes => CatalogueJson.Read(bytes, JsonMutation.Limits));
}
