using System.Text.Json.Serialization;

namespace Ki.Domain.Tests.Serialization;

public sealed partial class KiJsonTests
{
    private const string Valid = """
        {"schemaVersion":1,"name":"Soest","kind":"district","budget":"131000.00","count":14,
         "lines":[{"id":"05974040","amount":"20625.06"},{"id":"05974028","amount":"29497.32"}]}
        """;

    [Fact]
    public void Deserialize_ValidDocument_Loads()
    {
        Doc doc = KiJson.Deserialize(Encoding.UTF8.GetBytes(Valid), TestJsonContext.Default.Doc);
        Assert.Equal(Euro.FromEuros(131_000), doc.Budget);
        Assert.Equal(2, doc.Lines.Count);
        Assert.Equal(DocKind.District, doc.Kind);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"name":"a","name":"b"}""", "$.name", "appears twice")]
    [InlineData("""{"schemaVersion":1,"count":1e400}""", "$.count", "")]
    [InlineData("""{"schemaVersion":1,"count":"14"}""", "$.count", "")]
    [InlineData("""{"schemaVersion":1,"kind":"village"}""", "$.kind", "")]
    [InlineData("""{"schemaVersion":1,"budget":131000}""", "$.budget", "found a number")]
    [InlineData("""{"schemaVersion":1,"lines":[{"id":"1","amount":"0.001"}]}""", "$.lines[0].amount", "fraction of a cent")]
    [InlineData("""{"schemaVersion":1,"lines":[{"id":"1",""", "$.lines[0]", "not valid JSON")]
    [InlineData("null", "$", "null")]
    [InlineData("", "$", "not valid JSON")]
    public void Deserialize_Malformed_ThrowsKiDataExceptionWithPath(string json, string path, string reason)
    {
        var e = Assert.Throws<KiDataException>(() => KiJson.Deserialize(Encoding.UTF8.GetBytes(json), TestJsonContext.Default.Doc));
        Assert.Equal(path, e.Location);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TooDeep_TooLong_TooLarge_AreRefused()
    {
        string deep = "{\"schemaVersion\":1,\"extra\":" + string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)) + "}";
        var e1 = Assert.Throws<KiDataException>(() => KiJson.Deserialize(Encoding.UTF8.GetBytes(deep), TestJsonContext.Default.Doc));
        Assert.Contains("nested deeper", e1.Reason, StringComparison.Ordinal);

        KiJsonLimits small = KiJsonLimits.Default.WithMaxArrayLength(3);
        string longArray = "{\"schemaVersion\":1,\"lines\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"x\",\"amount\":\"1.00\"}", 4)) + "]}";
        var e2 = Assert.Throws<KiDataException>(() => KiJson.Deserialize(Encoding.UTF8.GetBytes(longArray), TestJsonContext.Default.Doc, small));
        Assert.Equal("$.lines[3]", e2.Location);

        var e3 = Assert.Throws<KiDataException>(() => KiJson.Deserialize(Encoding.UTF8.GetBytes(Valid), TestJsonContext.Default.Doc, KiJsonLimits.Default.WithMaxDocumentBytes(100)));
        Assert.Contains("more than the limit", e3.Reason, StringComparison.Ordinal);

        var e4 = Assert.Throws<KiDataException>(() => KiJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(Valid)), TestJsonContext.Default.Doc, KiJsonLimits.Default.WithMaxDocumentBytes(100)));
        Assert.Contains("larger than the limit", e4.Reason, StringComparison.Ordinal);

        string longString = "{\"schemaVersion\":1,\"name\":\"" + new string('x', 70_000) + "\"}";
        var e5 = Assert.Throws<KiDataException>(() => KiJson.Deserialize(Encoding.UTF8.GetBytes(longString), TestJsonContext.Default.Doc));
        Assert.Equal("$.name", e5.Location);
    }

    [Property(MaxTest = 500)]
    public Property Property_MutatedDocuments_LoadOrRaiseKiDataException()
    {
        byte[] valid = Encoding.UTF8.GetBytes(Valid);
        var mutation = Gen.OneOf(
            Gen.Zip(Gen.Choose(0, valid.Length - 1), Gen.Choose(0, 255)).Select(t => JsonMutation.Flip(valid, t.Item1, (byte)t.Item2)),
            Gen.Choose(0, valid.Length - 1).Select(n => valid[..n]),
            Gen.Choose(1, 200).Select(depth => Encoding.UTF8.GetBytes(Valid.Replace("\"count\":14", "\"count\":" + new string('[', depth), StringComparison.Ordinal))),
            Gen.Choose(1, 3000).Select(n => Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"lines\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"x\",\"amount\":\"1.00\"}", n)) + "]}")));
        return JsonMutation.Law(mutation, bytes => KiJson.Deserialize(bytes, TestJsonContext.Default.Doc, JsonMutation.Limits));
    }

    internal enum DocKind
    {
        District,
        Municipality,
    }

    internal sealed record Line(string Id, Euro Amount);

    internal sealed record Doc(int SchemaVersion, string? Name, DocKind Kind, Euro Budget, int Count, IReadOnlyList<Line> Lines, object? Extra)
    {
        public IReadOnlyList<Line> Lines { get; init; } = Lines ?? [];
    }

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        UseStringEnumConverter = true,
        Converters = [typeof(EuroJsonConverter)])]
    [JsonSerializable(typeof(Doc))]
    internal sealed partial class TestJsonContext : JsonSerializerContext;
}
