using Ki.Domain.Tests.Places;

namespace Ki.Domain.Tests.Serialization;

public sealed class GazetteerJsonTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Fact]
    public void Write_Read_Default_GivesAnEqualGazetteer()
    {
        Gazetteer back = GazetteerJson.Read(GazetteerJson.Write(G));
        AssertEqual(G, back);
        Assert.Equal(54, back.IntegrationCentres.Length);
        Assert.Equal(G.ToText(), back.ToText());
    }

    [Fact]
    public void Write_Default_HasTheDocumentedShape()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(G))!;
        Assert.Equal(1, (int)doc["schemaVersion"]!);
        Assert.Equal("2019-12-31", (string)doc["referenceDate"]!);
        Assert.Equal("05334002", (string)doc["separateCentreCities"]![0]!);
        JsonNode soest = doc["districts"]!.AsArray().Single(d => (string)d!["key"]! == "05974")!;
        Assert.Equal("kreis", (string)soest["kind"]!);
        Assert.Equal(G.GetDistrict(DistrictKey.Parse("05974")).AreaKm2.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)soest["areaKm2"]!);
        Assert.Equal(14, soest["municipalities"]!.AsArray().Count);
        Assert.Equal(396, doc["municipalities"]!.AsArray().Count);
        Assert.Equal("stadt", (string)doc["municipalities"]!.AsArray().Single(m => (string)m!["key"]! == "05974040")!["kind"]!);
    }

    [Property(MaxTest = 40)]
    public Property Property_WriteThenRead_GivesAnEqualGazetteer() =>
        Prop.ForAll(GazetteerGen.Gazetteers.ToArbitrary(), gazetteer =>
        {
            byte[] json = GazetteerJson.Write(gazetteer);
            Gazetteer back = GazetteerJson.Read(json);
            return Equal(gazetteer, back) && json.AsSpan().SequenceEqual(GazetteerJson.Write(back));
        });

    [Property]
    public Property Property_DistrictAndMunicipality_RoundTrip() =>
        Prop.ForAll(PlacesGen.District.ToArbitrary(), PlacesGen.Municipality.ToArbitrary(), (district, municipality) =>
            GazetteerJson.ReadDistrict(GazetteerJson.Write(district)).Equals(district)
            && GazetteerJson.ReadMunicipality(GazetteerJson.Write(municipality)).Equals(municipality));

    [Fact]
    public void ReadIntegrationCentre_EveryCentreOfTheDefault_RoundTrips()
    {
        foreach (IntegrationCentre centre in G.IntegrationCentres)
        {
            Assert.Same(centre, GazetteerJson.ReadIntegrationCentre(GazetteerJson.Write(centre), G));
        }

        JsonNode aachen = JsonNode.Parse(GazetteerJson.Write(G.IntegrationCentreOf(MunicipalityKey.Parse("05334002"))))!;
        Assert.Equal("05334002", (string)aachen["integrationCentre"]!["city"]!);
    }

    [Fact]
    public void ReadIntegrationCentre_DifferentPopulationOrUnknownCode_ThrowsWithPath()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(G.IntegrationCentres[0]))!;
        doc["integrationCentre"]!["population"] = 1;
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.ReadIntegrationCentre(Encoding.UTF8.GetBytes(doc.ToJsonString()), G));
        Assert.Equal("$.integrationCentre.population", e.Location);

        doc["integrationCentre"]!["code"] = "05999";
        e = Assert.Throws<KiDataException>(() => GazetteerJson.ReadIntegrationCentre(Encoding.UTF8.GetBytes(doc.ToJsonString()), G));
        Assert.Equal("$.integrationCentre.code", e.Location);
    }

    [Fact]
    public void Read_PopulationsTooLargeToAdd_ThrowsKiDataException()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(GazetteerFixtures.Small()))!;
        foreach (JsonNode? m in doc["municipalities"]!.AsArray().Where(m => ((string)m!["key"]!).StartsWith("05974", StringComparison.Ordinal)))
        {
            m!["population"] = long.MaxValue / 2;
        }

        var e = Assert.Throws<KiDataException>(() => GazetteerJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Matches(@"^\$\.municipalities\[\d+\]\.population$", e.Location);
    }

    [Fact]
    public void ReadFile_NamesTheFileInTheLocation()
    {
        using var folder = new TempFolder("ki-gazetteer-");
        string path = folder.WriteBytes("places.json", GazetteerJson.Write(GazetteerFixtures.Small()));
        AssertEqual(GazetteerFixtures.Small(), GazetteerJson.ReadFile(path));

        folder.Write("places.json", "{\"schemaVersion\":1,");
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.ReadFile(path));
        Assert.StartsWith("places.json $", e.Location, StringComparison.Ordinal);
    }

    [Property]
    public Property Property_MutatedGazetteerDocuments_LoadOrRaiseKiDataException() =>
        JsonMutation.Law(GazetteerJson.Write(GazetteerFixtures.Small()), bytes => GazetteerJson.Read(bytes, JsonMutation.Limits));

    /// <summary>Three districts: a kreisfreie Stadt, Kreis Soest and Städteregion Aachen with Aachen's own KI.</summary>
    private static bool Equal(Gazetteer a, Gazetteer b) =>
        a.Source == b.Source && a.ReferenceDate == b.ReferenceDate
        && a.Districts.SequenceEqual(b.Districts) && a.Municipalities.SequenceEqual(b.Municipalities)
        && a.SeparateCentreCities.SequenceEqual(b.SeparateCentreCities)
        && a.IntegrationCentres.Select(c => (c.Code, c.Population, c.AreaKm2)).SequenceEqual(b.IntegrationCentres.Select(c => (c.Code, c.Population, c.AreaKm2)));

    private static void AssertEqual(Gazetteer expected, Gazetteer actual)
    {
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.ReferenceDate, actual.ReferenceDate);
        Assert.Equal<District>(expected.Districts, actual.Districts);
        Assert.Equal<Municipality>(expected.Municipalities, actual.Municipalities);
        Assert.Equal<MunicipalityKey>(expected.SeparateCentreCities, actual.SeparateCentreCities);
        Assert.True(Equal(expected, actual));
    }
}
