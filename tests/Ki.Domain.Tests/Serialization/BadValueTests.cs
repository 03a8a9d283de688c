using Ki.Domain.Tests.Places;

namespace Ki.Domain.Tests.Serialization;

/// <summary>
/// Each document reader refuses a document with one bad value: a <see cref="KiDataException"/> whose location is that
/// value's JSON path and whose reason says what is wrong. Every case writes a valid document, sets one value at a JSON
/// pointer (<see cref="JsonMutation.Refusal"/>) and reads the result back.
/// </summary>
public sealed class BadValueTests
{
    private static readonly KiProgramme RucksackSchule = ProgrammeCatalogue.Default.TryFindKiProgramme("rucksack-schule", out KiProgramme? p) ? p : throw new InvalidOperationException();

    [Theory]
    // One funding-line version of the default catalogue (CatalogueJson.ReadFundingLineVersion).
    [InlineData("funding-line-version", "/version/financing", "{\"value\":\"loan\"}", "$.version.financing.value", "not a financing type")]
    [InlineData("funding-line-version", "/version/financing", "{\"value\":3}", "$.version.financing.value", "found a number")]
    [InlineData("funding-line-version", "/version/rate", "{\"value\":0.9}", "$.version.rate.value", "found a number")]
    [InlineData("funding-line-version", "/version/rate", "{\"value\":\"9e-1\"}", "$.version.rate.value", "invariant notation")]
    [InlineData("funding-line-version", "/version/cap", "{\"value\":\"1.001\"}", "$.version.cap.value", "")]
    [InlineData("funding-line-version", "/version/cap", "{\"value\":\"5.00\",\"source\":{\"citation\":\" \",\"confidence\":\"verified\"}}", "$.version.cap.source", "citation")]
    [InlineData("funding-line-version", "/version/validity", "\"2017-01-01/2016-01-01\"", "$.version.validity", "end lies before the start")]
    [InlineData("funding-line-version", "/version/deadline", "{\"day\":\"--02-30\"}", "$.version.deadline.day", "day of the year")]
    [InlineData("funding-line-version", "/version/deadline", "{\"day\":\"--09-30\",\"yearOffset\":9}", "$.version.deadline", "five years")]
    [InlineData("funding-line-version", "/version/approvalAuthority", "{\"value\":\"59\"}", "$.version.approvalAuthority.value", "59")]
    [InlineData("funding-line-version", "/version/applicantKinds", "[\"kreis\",\"city\"]", "$.version.applicantKinds[1]", "not an applicant kind")]
    [InlineData("funding-line-version", "/version/passThroughAllowed", "\"yes\"", "$.version.passThroughAllowed", "")]
    [InlineData("funding-line-version", "/version/unknown", "1", "$.version.unknown", "")]
    // A gazetteer of three districts of the default one (GazetteerJson.Read).
    [InlineData("gazetteer", "/schemaVersion", "2", "$.schemaVersion", "schema version 2")]
    [InlineData("gazetteer", "/referenceDate", "\"31.12.2019\"", "$.referenceDate", "not an ISO date")]
    [InlineData("gazetteer", "/source", "\"\"", "$.source", "not blank")]
    [InlineData("gazetteer", "/separateCentreCities", "[\"05334002\",\"05314000\"]", "$.separateCentreCities[1]", "kreisfreie Stadt")]
    [InlineData("gazetteer", "/extra", "1", "$.extra", "extra")]
    [InlineData("gazetteer", "/districts/1/population", "1", "$.districts[1].population", "add up to")]
    [InlineData("gazetteer", "/districts/0/kind", "\"city\"", "$.districts[0].kind", "not a district kind")]
    [InlineData("gazetteer", "/districts/1/areaKm2", "1.5", "$.districts[1].areaKm2", "found a number")]
    [InlineData("gazetteer", "/districts/1/key", "\"5974\"", "$.districts[1].key", "5974")]
    [InlineData("gazetteer", "/municipalities/1/population", "-1", "$.municipalities[1].population", "negative")]
    [InlineData("gazetteer", "/municipalities/1/postalCode", "\"1234\"", "$.municipalities[1].postalCode", "five digits")]
    [InlineData("gazetteer", "/municipalities/1/areaKm2", "\"1.001\"", "$.municipalities[1].areaKm2", "two decimals")]
    [InlineData("gazetteer", "/municipalities/1/name", "null", "$.municipalities[1].name", "")]
    // The KI programme Rucksack Schule (CatalogueJson.ReadKiProgramme).
    // A description without its source.
    [InlineData("ki-programme", "/kiProgramme/versions/0/description", "{\"value\":{\"de\":\"x\",\"en\":\"y\"}}", "$.kiProgramme.versions[0]", "")]
    [InlineData("ki-programme", "/kiProgramme/versions/0/ageRange", "{\"value\":{\"min\":4,\"max\":3}}", "$.kiProgramme.versions[0].ageRange.value", "")]
    [InlineData("ki-programme", "/kiProgramme/versions/0/stages", "[{\"value\":\"university\"}]", "$.kiProgramme.versions[0].stages[0].value", "")]
    // A null description: found by the fuzz suite, it threw NullReferenceException.
    [InlineData("ki-programme", "/kiProgramme/versions/0/description", "{\"value\":null}", "$.kiProgramme.versions[0].description.value", "")]
    // A null language list text.
    [InlineData("ki-programme", "/kiProgramme/versions/0/languages", "{\"value\":null}", "$.kiProgramme.versions[0].languages.value", "")]
    public void Read_OneBadValue_ThrowsWithPathAndReason(string document, string at, string json, string path, string reason)
    {
        (byte[] valid, Action<byte[]> read) = document switch
        {
            "funding-line-version" => (CatalogueJson.Write(ProgrammeCatalogue.Default.Lines.First().Versions[0]), (Action<byte[]>)(bytes => CatalogueJson.ReadFundingLineVersion(bytes))),
            "gazetteer" => (GazetteerJson.Write(GazetteerFixtures.Small()), bytes => GazetteerJson.Read(bytes)),
            _ => (CatalogueJson.Write(RucksackSchule), bytes => CatalogueJson.ReadKiProgramme(bytes)),
        };

        KiDataException e = JsonMutation.Refusal(valid, at, json, read);

        Assert.Equal(path, e.Location);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }
}
