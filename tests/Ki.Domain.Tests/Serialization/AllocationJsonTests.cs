namespace Ki.Domain.Tests.Serialization;

public sealed class AllocationJsonTests
{
    [Property]
    public Property Property_Request_RoundTripsInEveryProperty() =>
        DeepEqual.RoundTripsFor(AllocationDocumentGen.Requests, AllocationJson.Write, json => AllocationJson.ReadRequest(json));

    [Property]
    public Property Property_Result_RoundTripsInEveryProperty() =>
        DeepEqual.RoundTripsFor(AllocationGen.BoundedRequest.Select(request => Allocator.Allocate(request)), AllocationJson.Write, json => AllocationJson.ReadResult(json));

    [Property]
    public Property Property_Apportionment_RoundTripsInEveryProperty() =>
        DeepEqual.RoundTripsFor(AllocationDocumentGen.Apportionments, AllocationJson.Write, json => AllocationJson.ReadApportionment(json));

    [Fact]
    public void Write_FivePenceOverSeven_ShowsExactQuotasAndReasons()
    {
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(5), AllocationGen.Recipients([1, 1, 1, 1, 1, 1, 1])));
        JsonNode doc = JsonNode.Parse(AllocationJson.Write(result))!;
        Assert.Equal(1, (int)doc["schemaVersion"]!);
        Assert.Equal("0.05", (string)doc["request"]!["budget"]!);
        Assert.Equal("0.05", (string)doc["allocated"]!);
        Assert.Equal("0.00", (string)doc["unallocated"]!);
        JsonArray lines = doc["lines"]!.AsArray();
        Assert.Equal(7, lines.Count);
        Assert.All(lines, l => Assert.Equal(result.Lines[0].Quota, Parse((string)l!["quota"]!)));
        Assert.Equal(5, lines.Count(l => (string)l!["amount"]! == "0.01"));
        Assert.Equal(5, lines.Count(l => l!["reasons"]?.AsArray().Any(r => (string)r! == "remainder") == true));
        Assert.Equal("1", (string)lines[0]!["weight"]!);
    }

    [Fact]
    public void Write_Apportionment_UsesMethodCodes()
    {
        ApportionmentResult result = Apportioner.Apportion(ApportionmentMethod.DHondt, 8, AllocationGen.Recipients([41, 29, 17, 13]));
        JsonNode doc = JsonNode.Parse(AllocationJson.Write(result))!;
        Assert.Equal("d-hondt", (string)doc["method"]!);
        Assert.Equal("8", (string)doc["seats"]!);
        Assert.Equal(4, (long)doc["lines"]![0]!["units"]!);
    }

    [Theory]
    [InlineData("lines", 0, "id", "\"x\"", "$.lines[0].id")]
    [InlineData("lines", 1, "weight", "\"2\"", "$.lines[1].weight")]
    [InlineData("lines", 1, "amount", "\"9.99\"", "$.lines")]
    [InlineData("lines", 1, "amount", "\"0.00\"", "$.allocated")]
    [InlineData("lines", 0, "quota", "\"1/0\"", "$.lines[0].quota")]
    [InlineData("lines", 0, "quota", "\"1.5/2\"", "$.lines[0].quota")]
    [InlineData("lines", 0, "reasons", "[\"remainder\",\"remainder\"]", "$.lines[0].reasons[1]")]
    [InlineData("lines", 0, "reasons", "[\"luck\"]", "$.lines[0].reasons[0]")]
    public void ReadResult_InconsistentLine_ThrowsWithPath(string list, int index, string field, string json, string path)
    {
        JsonNode doc = JsonNode.Parse(AllocationJson.Write(FivePence()))!;
        doc[list]![index]![field] = JsonNode.Parse(json);
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Equal(path, e.Location);
    }

    [Fact]
    public void ReadResult_BadRequestOrTotals_ThrowsWithPath()
    {
        JsonNode doc = JsonNode.Parse(AllocationJson.Write(FivePence()))!;
        doc["request"]!["recipients"]![1]!["id"] = "r00";
        Assert.Equal("$.request", Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(Encoding.UTF8.GetBytes(doc.ToJsonString()))).Location);

        doc = JsonNode.Parse(AllocationJson.Write(FivePence()))!;
        doc["request"]!["recipients"]![1]!["weight"] = "-1";
        Assert.Equal("$.request.recipients[1]", Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(Encoding.UTF8.GetBytes(doc.ToJsonString()))).Location);

        doc = JsonNode.Parse(AllocationJson.Write(FivePence()))!;
        doc["unallocated"] = "1.00";
        Assert.Equal("$.unallocated", Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(Encoding.UTF8.GetBytes(doc.ToJsonString()))).Location);

        doc = JsonNode.Parse(AllocationJson.Write(FivePence()))!;
        doc["lines"]!.AsArray().RemoveAt(6);
        Assert.Equal("$.lines", Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(Encoding.UTF8.GetBytes(doc.ToJsonString()))).Location);
    }

    [Property]
    public Property Property_MutatedResultDocuments_LoadOrRaiseKiDataException() =>
        JsonMutation.Law(AllocationJson.Write(FivePence()), bytes => AllocationJson.ReadResult(bytes, JsonMutation.Limits));

    [Property]
    public Property Property_MutatedApportionmentDocuments_LoadOrRaiseKiDataException() =>
        JsonMutation.Law(
            AllocationJson.Write(Apportioner.Apportion(ApportionmentMethod.SainteLague, 8, AllocationGen.Recipients([41, 29, 17, 13]))),
            bytes => AllocationJson.ReadApportionment(bytes, JsonMutation.Limits));

    private static AllocationResult FivePence() =>
        Allocator.Allocate(AllocationRequest.Of(Euro.FromCents(5), AllocationGen.Recipients([1, 1, 1, 1, 1, 1, 1])));

    private static ExactAmount Parse(string fraction)
    {
        var document = JsonNode.Parse($"{{\"schemaVersion\":1,\"request\":{{\"budget\":\"0.00\",\"unit\":\"0.01\",\"recipients\":[{{\"id\":\"a\",\"name\":\"a\",\"weight\":\"1\"}}]}},\"lambda\":\"{fraction}\",\"allocated\":\"0.00\",\"unallocated\":\"0.00\",\"lines\":[{{\"id\":\"a\",\"name\":\"a\",\"weight\":\"1\",\"quota\":\"0/1\",\"amount\":\"0.00\"}}]}}")!;
        return AllocationJson.ReadResult(Encoding.UTF8.GetBytes(document.ToJsonString())).Lambda;
    }
}
