namespace Ki.Domain.Tests.Serialization;

public sealed class GazetteerJsonTests
{
    private static readonly Gazetteer G = Gazetteer.Default;
    private static readonly string[] SmallKeys = ["05314", "05334", "05974"];

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

    [Theory]
    [InlineData("schemaVersion", "2", "$.schemaVersion", "schema version 2")]
    [InlineData("referenceDate", "\"31.12.2019\"", "$.referenceDate", "not an ISO date")]
    [InlineData("source", "\"\"", "$.source", "not blank")]
    [InlineData("separateCentreCities", "[\"05334002\",\"05314000\"]", "$.separateCentreCities[1]", "kreisfreie Stadt")]
    [InlineData("extra", "1", "$.extra", "extra")]
    public void Read_BadTopLevelField_ThrowsWithPathAndReason(string field, string json, string path, string reason)
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(Small()))!;
        doc[field] = JsonNode.Parse(json);
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal(path, e.Location);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("districts", 1, "population", "1", "$.districts[1].population", "add up to")]
    [InlineData("districts", 0, "kind", "\"city\"", "$.districts[0].kind", "not a district kind")]
    [InlineData("districts", 1, "areaKm2", "1.5", "$.districts[1].areaKm2", "found a number")]
    [InlineData("districts", 1, "key", "\"5974\"", "$.districts[1].key", "5974")]
    [InlineData("municipalities", 1, "population", "-1", "$.municipalities[1].population", "negative")]
    [InlineData("municipalities", 1, "postalCode", "\"1234\"", "$.municipalities[1].postalCode", "five digits")]
    [InlineData("municipalities", 1, "areaKm2", "\"1.001\"", "$.municipalities[1].areaKm2", "two decimals")]
    [InlineData("municipalities", 1, "name", "null", "$.municipalities[1].name", "")]
    public void Read_BadPlace_ThrowsWithPathAndReason(string list, int index, string field, string json, string path, string reason)
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(Small()))!;
        doc[list]![index]![field] = JsonNode.Parse(json);
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal(path, e.Location);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PopulationsTooLargeToAdd_ThrowsKiDataException()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(Small()))!;
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
        string path = folder.WriteBytes("places.json", GazetteerJson.Write(Small()));
        AssertEqual(Small(), GazetteerJson.ReadFile(path));

        folder.Write("places.json", "{\"schemaVersion\":1,");
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.ReadFile(path));
        Assert.StartsWith("places.json $", e.Location, StringComparison.Ordinal);
    }

    [Property]
    public Property Property_MutatedGazetteerDocuments_LoadOrRaiseKiDataException() =>
        JsonMutation.Law(GazetteerJson.Write(Small()), bytes => GazetteerJson.Read(bytes, JsonMutation.Limits));

    /// <summary>Three districts: a kreisfreie Stadt, Kreis Soest and Städteregion Aachen with Aachen's own KI.</summary>
    private static Gazetteer Small()
    {
        District[] districts = [.. SmallKeys.Select(k => G.GetDistrict(DistrictKey.Parse(k)))];
        return Gazetteer.Create(G.Source, G.ReferenceDate, districts, districts.SelectMany(d => G.MembersOf(d.Key)), [MunicipalityKey.Parse("05334002")]);
    }

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
