using NodaTime.Testing;

namespace Ki.Domain.Tests.Serialization;

public sealed class GrantJsonTests
{
    private static readonly GrantCalculator Calculator = new(new FakeClock(Instant.FromUtc(2016, 6, 1, 10, 0)), RoundingMode.Commercial);

    [Property]
    public Property Property_Request_RoundTripsInEveryProperty() =>
        DeepEqual.RoundTripsFor(CatalogueGen.Requests, GrantJson.Write, json => GrantJson.ReadRequest(json));

    [Property]
    public Property Property_Result_RoundTripsInEveryProperty() =>
        DeepEqual.RoundTripsFor(
            from version in ProgrammesGen.Versions from request in ProgrammesGen.Requests select Calculator.Calculate("test-line", version, request),
            GrantJson.Write,
            json => GrantJson.ReadResult(json));

    [Fact]
    public void Write_KommAnResult_CarriesCodeReasonStepsAndVersion()
    {
        Assert.True(ProgrammeCatalogue.Default.TryFindLine("komm-an-3", out FundingLine? line));
        GrantResult result = Calculator.Calculate(line, new GrantRequest(Euro.FromEuros(12_000)) { On = new LocalDate(2016, 6, 1) });
        JsonNode doc = JsonNode.Parse(GrantJson.Write(result))!;
        Assert.Equal(1, (int)doc["schemaVersion"]!);
        Assert.Equal(result.Code, (string)doc["code"]!);
        Assert.Equal(result.Grant.ToString(), (string)doc["grant"]!);
        Assert.Equal(result.Reason.German, (string)doc["reason"]!["de"]!);
        Assert.Equal("commercial", (string)doc["rounding"]!);
        Assert.Equal(result.Steps.Length, doc["steps"]!.AsArray().Count);
        Assert.Equal("2016-06-01", (string)doc["on"]!);
        Assert.NotNull(doc["version"]!["validity"]);
        DeepEqual.Assert(result, GrantJson.ReadResult(GrantJson.Write(result)));
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"eligibleCosts":"100.00","ownContribution":"0.00","thirdPartyFunds":"0.00","units":{"a":6}}""", "$.units.a")]
    [InlineData("""{"schemaVersion":1,"eligibleCosts":"100.00","ownContribution":"0.00","thirdPartyFunds":"0.00","units":{"a":"6","a":"7"}}""", "$.units.a")]
    [InlineData("""{"schemaVersion":1,"eligibleCosts":"100.00","ownContribution":"0.00","thirdPartyFunds":"0.00","applicantKind":"Kreis"}""", "$.applicantKind")]
    [InlineData("""{"schemaVersion":1,"eligibleCosts":"100.00","ownContribution":"0.000"}""", "$.ownContribution")]
    [InlineData("""{"schemaVersion":1,"eligibleCosts":"1e400","ownContribution":"0.00","thirdPartyFunds":"0.00"}""", "$.eligibleCosts")]
    [InlineData("""{"schemaVersion":1,"eligibleCosts":"100.00","ownContribution":"0.00","thirdPartyFunds":"0.00","on":"2016-06-31"}""", "$.on")]
    public void ReadRequest_Malformed_ThrowsWithPath(string json, string path)
    {
        var e = Assert.Throws<KiDataException>(() => GrantJson.ReadRequest(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(path, e.Location);
    }

    [Property]
    public Property Property_MutatedResultDocuments_LoadOrRaiseKiDataException()
    {
        Assert.True(ProgrammeCatalogue.Default.TryFindLine("komm-an-3", out FundingLine? line));
        GrantResult result = Calculator.Calculate(line, new GrantRequest(Euro.FromEuros(12_000)) { On = new LocalDate(2016, 6, 1) });
        return JsonMutation.Law(GrantJson.Write(result), bytes => GrantJson.ReadResult(bytes, JsonMutation.Limits));
    }
}
