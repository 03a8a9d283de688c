using Ki.Domain.Tests.Fuzz;

namespace Ki.Domain.Tests.Serialization;

/// <summary>The guard every JSON reader shares: nulls, byte order marks, encodings, streams and files that never end.</summary>
public sealed class JsonInputGuardTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void ReadRequest_NullRecipient_IsAKiDataExceptionAtTheElement()
    {
        // Issue 11, reproduction 1: a NullReferenceException before.
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadRequest(Utf8("""{"schemaVersion":1,"request":{"budget":"10.00","unit":"0.01","recipients":[null]}}""")));
        Assert.Equal("$.request.recipients[0]", e.Location);
        Assert.Contains("null", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GazetteerRead_NullMunicipality_IsAKiDataExceptionAtTheElement()
    {
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(ReaderCorpus.SmallGazetteer()))!;
        doc["municipalities"]!.AsArray()[1] = null;
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.Read(Utf8(doc.ToJsonString())));
        Assert.Equal("$.municipalities[1]", e.Location);
    }

    [Theory]
    [MemberData(nameof(ReaderCorpus.NamesWithLists), MemberType = typeof(ReaderCorpus))]
    public void EveryReader_NullInEveryListPosition_IsAKiDataExceptionAtThatPosition(string reader)
    {
        ReaderCorpus.Reader r = ReaderCorpus.Get(reader);
        JsonNode valid = JsonNode.Parse(r.Valid)!;
        var positions = new List<string>();
        Collect(valid, positions);
        Assert.NotEmpty(positions);
        foreach (string position in positions.Take(60))
        {
            JsonNode doc = valid.DeepClone();
            SetNull(doc, position);
            var e = Assert.Throws<KiDataException>(() => r.ReadAndCheck(Utf8(doc.ToJsonString()), null));
            Assert.Equal(position, e.Location);
        }
    }

    [Theory]
    [MemberData(nameof(ReaderCorpus.Names), MemberType = typeof(ReaderCorpus))]
    public void EveryReader_UnicodeByteOrderMark_IsAccepted(string reader)
    {
        // Issue 11, reproduction 7: "'0xEF' is an invalid start of a value" before.
        ReaderCorpus.Reader r = ReaderCorpus.Get(reader);
        Assert.Null(r.ReadAndCheck([0xEF, 0xBB, 0xBF, .. r.Valid], null));
    }

    [Fact]
    public void ReadRequest_Latin1Id_IsRefusedWithTheLineAndAHint()
    {
        byte[] json = Encoding.Latin1.GetBytes("{\"schemaVersion\":1,\n\"request\":{\"budget\":\"10.00\",\"unit\":\"0.01\",\n\"recipients\":[{\"id\":\"D\u00fcsseldorf\",\"name\":\"x\",\"weight\":\"1\"}]}}");
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadRequest(json));
        Assert.Equal("$.request.recipients[0].id", e.Location);
        Assert.Contains("line 3", e.Reason, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sseldorf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRequest_TwoDistinctInvalidIds_AreNotReportedAsDuplicates()
    {
        // Before: both became U+FFFD and the second was "an id twice".
        byte[] json = [.. Utf8("{\"schemaVersion\":1,\"request\":{\"budget\":\"10.00\",\"unit\":\"0.01\",\"recipients\":[{\"id\":\"a"), 0xFF,
            .. Utf8("\",\"name\":\"x\",\"weight\":\"1\"},{\"id\":\"a"), 0xFE, .. Utf8("\",\"name\":\"y\",\"weight\":\"1\"}]}}")];
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadRequest(json));
        Assert.Equal("$.request.recipients[0].id", e.Location);
        Assert.Contains("not UTF-8", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"request":{"budget":"10.00","unit":"0.01","recipients":{}}}""", "$.request.recipients", "a list")]
    [InlineData("""{"schemaVersion":1,"request":{"budget":"10.00","unit":"0.01","recipients":[7]}}""", "$.request.recipients[0]", "an object")]
    [InlineData("""{"schemaVersion":1,"request":{"budget":"10.00","unit":"0.01","recipients":[{"id":"a","weight":"1"}]}}""", "$.request.recipients[0]", "'name'")]
    [InlineData("""{"schemaVersion":1,"request":null}""", "$.request", "null")]
    [InlineData("""{"schemaVersion":1,"request":{"budget":"10.00","unit":"0.01","recipients":[],"extra":1}}""", "$.request.extra", "'extra'")]
    public void ReadRequest_WrongShape_NamesNoInternalType(string json, string location, string reason)
    {
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadRequest(Utf8(json)));
        Assert.Equal(location, e.Location);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Ki.Domain", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("+", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAllBytes_EndlessZeros_IsRefusedAtTheFirstBlock()
    {
        // Issue 11, reproduction 2: /dev/zero was read to the end of memory.
        using var zeros = new CountingStream(() => 0);
        var e = Assert.Throws<KiDataException>(() => GazetteerJson.Read(zeros));
        Assert.Contains("not valid JSON at line 1, column 1", e.Reason, StringComparison.Ordinal);
        Assert.True(zeros.BytesRead <= 200_000, $"{zeros.BytesRead} bytes read");
    }

    [Fact]
    public void ReadAllBytes_EndlessWhitespace_StopsAtTheSizeLimit()
    {
        using var spaces = new CountingStream(() => (byte)' ');
        var e = Assert.Throws<KiDataException>(() => KiJson.ReadAllBytes(spaces, KiJsonLimits.Default.WithMaxDocumentBytes(1_000_000)));
        Assert.Contains("larger than the limit", e.Reason, StringComparison.Ordinal);
        Assert.True(spaces.BytesRead <= 1_100_000, $"{spaces.BytesRead} bytes read");
    }

    [Fact]
    public void ReadAllBytes_EndlessString_StopsAtTheStringLimit()
    {
        using var text = new CountingStream(() => (byte)'x', prefix: Utf8("{\"name\":\""));
        var e = Assert.Throws<KiDataException>(() => KiJson.ReadAllBytes(text));
        Assert.Contains("longer than the limit", e.Reason, StringComparison.Ordinal);
        Assert.True(text.BytesRead <= 300_000, $"{text.BytesRead} bytes read");
    }

    [Fact]
    public void ReadAllBytes_DocumentInTinyBlocks_IsTheDocument()
    {
        foreach (ReaderCorpus.Reader r in ReaderCorpus.All)
        {
            byte[] withBom = [0xEF, 0xBB, 0xBF, .. r.Valid];
            using var slow = new TrickleStream(withBom, 7);
            Assert.Equal(r.Valid, KiJson.ReadAllBytes(slow));
        }
    }

    [Fact]
    public void ReadFile_DevZero_IsRefusedQuickly()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var e = Assert.Throws<KiDataException>(() => GazetteerJson.ReadFile("/dev/zero"));
        Assert.StartsWith("zero ", e.Location, StringComparison.Ordinal);
        var e2 = Assert.Throws<KiDataException>(() => KiJson.ReadFile("/dev/zero", bytes => AllocationJson.ReadRequest(bytes)));
        Assert.StartsWith("zero ", e2.Location, StringComparison.Ordinal);
    }

    private static void Collect(JsonNode node, List<string> positions)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (JsonNode? element in array)
                {
                    positions.Add(element!.GetPath());
                    Collect(element, positions);
                }

                break;
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    if (property.Value is not null)
                    {
                        Collect(property.Value, positions);
                    }
                }

                break;
        }
    }

    private static void SetNull(JsonNode doc, string path)
    {
        JsonNode target = Find(doc, path);
        JsonArray parent = target.Parent!.AsArray();
        parent[parent.IndexOf(target)] = null;
    }

    private static JsonNode Find(JsonNode node, string path)
    {
        if (node.GetPath() == path)
        {
            return node;
        }

        IEnumerable<JsonNode?> children = node switch
        {
            JsonArray a => a,
            JsonObject o => o.Select(p => p.Value),
            _ => [],
        };
        return children.Where(c => c is not null).Select(c => TryFind(c!, path)).FirstOrDefault(f => f is not null)!;
    }

    private static JsonNode? TryFind(JsonNode node, string path) =>
        path.StartsWith(node.GetPath(), StringComparison.Ordinal) ? Find(node, path) : null;

    /// <summary>A stream that returns at most a few bytes per read, as a pipe or a slow network does.</summary>
    internal sealed class TrickleStream(byte[] data, int block) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, block));
    }
}
