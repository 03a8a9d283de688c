using Xunit.Abstractions;

namespace Ki.Domain.Tests.Fuzz;

/// <summary>
/// The bounded, seeded fuzz suite (issue 11): mutated documents through every public reader. The law: a
/// <see cref="KiDataException"/> with a location and a reason in the user's words, in German and English (no .NET
/// type names, no enum identifiers, the German reason its own), or a result
/// that passes the invariants of a result read from a valid document. Prints the counts per class.
/// </summary>
/// <remarks>
/// Seeded (<see cref="Seed"/>), so a failure replays exactly; bounded to a few thousand reads, well under a minute on
/// two cores. The <c>ki</c> verbs are fuzzed in the CLI's own tests, not here.
/// </remarks>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_129;

    private static readonly string[] HugeValues =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "79228162514264337593543950335",
        "1e400", "-1", "\"92233720368547758.07\"", "\"79228162514264337593543950335\"", "\"-0.01\"", "\"1e400\"", "\"NaN\"",
    ];

    private static readonly string[] SwapValues = ["0", "\"\"", "\"x\"", "true", "{}", "[]", "[{}]", "{\"a\":1}", "1.5", "null"];

    /// <summary>Copies of a valid input with one random byte replaced, then cut at a random length ("byte flip", "truncation").</summary>
    private static IEnumerable<(string Kind, byte[] Bytes)> FlipsAndCuts(byte[] valid, Random random, int flips, int cuts)
    {
        for (int i = 0; i < flips; i++)
        {
            byte[] flipped = (byte[])valid.Clone();
            flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
            yield return ("byte flip", flipped);
        }

        for (int i = 0; i < cuts; i++)
        {
            yield return ("truncation", valid[..random.Next(valid.Length)]);
        }
    }

    [Fact]
    public void Fuzz_EveryJsonReader_RefusesWithKiDataExceptionOrReturnsAValidResult()
    {
        var random = new Random(Seed);
        var counts = new Counts();
        foreach (ReaderCorpus.Reader reader in ReaderCorpus.All)
        {
            byte[] valid = reader.Valid;
            JsonNode root = JsonNode.Parse(valid)!;
            List<JsonNode> values = Values(root);

            foreach ((string kind, byte[] bytes) in FlipsAndCuts(valid, random, flips: 40, cuts: 25))
            {
                Check(counts, kind, reader, bytes);
            }

            foreach (JsonNode value in Sample(values, 40, random))
            {
                Check(counts, "null in every position", reader, Replace(root, value, "null"));
            }

            foreach (JsonNode value in Sample(values, 40, random))
            {
                Check(counts, "type swap", reader, Replace(root, value, SwapValues[random.Next(SwapValues.Length)]));
            }

            foreach (JsonNode value in Sample([.. values.Where(v => v is JsonValue)], 30, random))
            {
                Check(counts, "huge number", reader, Replace(root, value, HugeValues[random.Next(HugeValues.Length)]));
            }

            foreach (JsonNode value in Sample(values, 6, random))
            {
                int depth = random.Next(20, 400);
                Check(counts, "deep nesting", reader, Replace(root, value, new string('[', depth) + new string(']', depth)));
            }

            Check(counts, "BOM", reader, [0xEF, 0xBB, 0xBF, .. valid], mustLoad: true);
            Check(counts, "Latin-1", reader, Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"", "\"\u00fc", StringComparison.Ordinal)));
            foreach (JsonNode value in Sample([.. values.Where(v => v is JsonValue)], 5, random))
            {
                byte[] windows1252 = Replace(root, value, "\"D\u00fcsseldorf \u0080\"");
                Check(counts, "Latin-1", reader, Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(windows1252)));
            }

            CheckStream(counts, "special file", reader, new CountingStream(() => 0));
            CheckStream(counts, "special file", reader, new CountingStream(() => (byte)' '), KiJsonLimits.Default.WithMaxDocumentBytes(1 << 20));
            CheckStream(counts, "special file", reader, new MemoryStream([]));
        }

        if (File.Exists("/dev/zero"))
        {
            foreach (ReaderCorpus.Reader reader in ReaderCorpus.All)
            {
                Count(counts, "special file", reader.Name, () => KiJson.ReadFile("/dev/zero", bytes => reader.ReadAndCheck(bytes, null)));
                Count(counts, "special file", reader.Name, () => KiJson.ReadFile("/dev/null", bytes => reader.ReadAndCheck(bytes, null)));
            }
        }

        output.WriteLine(counts.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fuzz-counts-json.txt"), counts.Report());
        Assert.True(counts.Violations.Count == 0, string.Join(Environment.NewLine, counts.Violations.Take(20)));
        Assert.True(counts.Total > 2_500, $"only {counts.Total} cases");
    }

    [Fact]
    public void Fuzz_GazetteerTextAndCsv_RefuseWithKiDataExceptionOrReturnAValidGazetteer()
    {
        var random = new Random(Seed + 1);
        var counts = new Counts();
        byte[] valid = Encoding.UTF8.GetBytes(Places.GazetteerFixtures.ValidText);
        string[] lines = Places.GazetteerFixtures.ValidLines;
        const string Reader = "Gazetteer.FromText";

        foreach ((string kind, byte[] bytes) in FlipsAndCuts(valid, random, flips: 300, cuts: 100))
        {
            CheckText(counts, kind, Reader, bytes);
        }

        for (int line = 4; line < lines.Length; line++)
        {
            string[] fields = lines[line].Split('\t');
            for (int f = 1; f < fields.Length; f++)
            {
                foreach (string huge in new[] { "9223372036854775807", "9223372036854775808", "-1", "79228162514264337593543950335", "1e400", "", "null", "\u0000" })
                {
                    string[] changed = [.. fields];
                    changed[f] = huge;
                    string[] text = [.. lines];
                    text[line] = string.Join('\t', changed);
                    CheckText(counts, f is 3 or 4 ? "huge number" : "type swap", Reader, Encoding.UTF8.GetBytes(string.Join('\n', text) + "\n"));
                }
            }
        }

        // Two municipalities of one district whose populations add up past 2^63 - 1 (with a matching district total
        // that cannot be written) and a district whose members overflow the sum.
        string overflow = Places.GazetteerFixtures.ValidText
            .Replace("district\t05974\tkreis\t300", "district\t05974\tkreis\t9223372036854775807", StringComparison.Ordinal)
            .Replace("05974004\tstadt\t100", "05974004\tstadt\t9223372036854775807", StringComparison.Ordinal);
        CheckText(counts, "huge number", Reader, Encoding.UTF8.GetBytes(overflow));

        CheckText(counts, "BOM", Reader, [0xEF, 0xBB, 0xBF, .. valid], mustLoad: true);
        CheckText(counts, "Latin-1", Reader, Encoding.Latin1.GetBytes(Places.GazetteerFixtures.ValidText.Replace("Soest", "S\u00f6st", StringComparison.Ordinal)));
        CheckText(counts, "deep nesting", Reader, Encoding.UTF8.GetBytes(Places.GazetteerFixtures.ValidText + new string('\t', 100_000) + "\n"));
        CheckText(counts, "special file", Reader, new byte[70_000]);
        CheckText(counts, "special file", Reader, []);
        if (File.Exists("/dev/zero"))
        {
            Count(counts, "special file", "Gazetteer.FromTextFile", () => Check(Gazetteer.FromTextFile("/dev/zero")));
            Count(counts, "special file", "Gazetteer.FromGvIsysCsvFiles", () => Check(Gazetteer.FromGvIsysCsvFiles("/dev/zero", "/dev/zero")));
        }

        output.WriteLine(counts.Report());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fuzz-counts-text.txt"), counts.Report());
        Assert.True(counts.Violations.Count == 0, string.Join(Environment.NewLine, counts.Violations.Take(20)));
        Assert.True(counts.Total > 500, $"only {counts.Total} cases");
    }

    private static void CheckText(Counts counts, string kind, string reader, byte[] text, bool mustLoad = false)
    {
        // A name of its own per call: a thread id is unique only within one process, and test runs of other checkouts share /tmp.
        string path = Path.Combine(Path.GetTempPath(), $"ki-fuzz-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, text);
        try
        {
            Count(counts, kind, "Gazetteer.FromTextFile", () => Check(Gazetteer.FromTextFile(path)), mustLoad);
            Count(counts, kind, reader, () => Check(Gazetteer.FromText(new StreamReader(new MemoryStream(text), Encoding.UTF8))), mustLoad);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string? Check(Gazetteer g)
    {
        PlaceTotals totals = g.Totals;
        foreach (District d in g.Districts)
        {
            if (g.TotalsOf(d.Key).Population != d.Population)
            {
                return $"district {d.Key} does not add up";
            }
        }

        foreach (IntegrationCentre c in g.IntegrationCentres)
        {
            _ = c.Population;
        }

        return totals.Population < 0 ? "negative total" : null;
    }

    private static void Check(Counts counts, string kind, ReaderCorpus.Reader reader, byte[] document, bool mustLoad = false) =>
        Count(counts, kind, reader.Name, () => reader.ReadAndCheck(document, null), mustLoad);

    private static void CheckStream(Counts counts, string kind, ReaderCorpus.Reader reader, Stream stream, KiJsonLimits? limits = null)
    {
        using (stream)
        {
            Count(counts, kind, reader.Name, () => reader.ReadAndCheck(KiJson.ReadAllBytes(stream, limits), null));
        }
    }

    private static void Count(Counts counts, string kind, string reader, Func<string?> run, bool mustLoad = false)
    {
        try
        {
            string? broken = run();
            if (broken is not null)
            {
                counts.Violations.Add($"{kind} / {reader}: a result that breaks an invariant: {broken}");
            }
            else
            {
                counts.Add(kind, accepted: true);
            }
        }
        catch (KiDataException e)
        {
            if (mustLoad)
            {
                counts.Violations.Add($"{kind} / {reader}: a valid document was refused: {e.Message}");
            }
            else if (string.IsNullOrWhiteSpace(e.Location) || string.IsNullOrWhiteSpace(e.Reason)
                || e.Message.Contains("Ki.Domain.", StringComparison.Ordinal) || e.Message.Contains("System.", StringComparison.Ordinal)
                || (e.Message.Contains('+', StringComparison.Ordinal) && e.Message.Contains("Data", StringComparison.Ordinal)))
            {
                counts.Violations.Add($"{kind} / {reader}: a message without location or with a .NET type name: {e.Message}");
            }
            else if (GermanReasons.Problem(e) is { } language)
            {
                counts.Violations.Add($"{kind} / {reader}: {language}: {e.Location}: {e.Reason} | {e.ReasonGerman}");
            }
            else
            {
                counts.Add(kind, accepted: false);
            }
        }
        catch (Exception e)
        {
            counts.Violations.Add($"{kind} / {reader}: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split(Environment.NewLine).FirstOrDefault()?.Trim()}");
        }
    }

    /// <summary>Every value node (object member values and list elements) of the document.</summary>
    private static List<JsonNode> Values(JsonNode root)
    {
        var all = new List<JsonNode>();
        void Walk(JsonNode node)
        {
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (JsonNode? child in children)
            {
                if (child is not null)
                {
                    all.Add(child);
                    Walk(child);
                }
            }
        }

        Walk(root);
        return all;
    }

    private static IEnumerable<JsonNode> Sample(List<JsonNode> values, int count, Random random) =>
        values.Count <= count ? values : Enumerable.Range(0, count).Select(_ => values[random.Next(values.Count)]);

    /// <summary>The document with one value replaced by raw JSON text.</summary>
    private static byte[] Replace(JsonNode root, JsonNode value, string raw)
    {
        JsonNode copy = root.DeepClone();
        JsonNode target = Locate(copy, value.GetPath());
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = JsonValue.Create("\u0001ki-fuzz\u0001");
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = JsonValue.Create("\u0001ki-fuzz\u0001");
                break;
        }

        string text = copy.ToJsonString();
        string marker = JsonValue.Create("\u0001ki-fuzz\u0001")!.ToJsonString();
        return Encoding.UTF8.GetBytes(text.Replace(marker, raw, StringComparison.Ordinal));
    }

    private static JsonNode Locate(JsonNode node, string path)
    {
        if (node.GetPath() == path)
        {
            return node;
        }

        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is not null && (path.StartsWith(child.GetPath() + ".", StringComparison.Ordinal) || path.StartsWith(child.GetPath() + "[", StringComparison.Ordinal) || path == child.GetPath()))
            {
                return Locate(child, path);
            }
        }

        throw new InvalidOperationException($"No node at {path}.");
    }

    private sealed class Counts
    {
        private readonly SortedDictionary<string, (int Refused, int Accepted)> _byKind = new(StringComparer.Ordinal);

        public List<string> Violations { get; } = [];

        public int Total => _byKind.Values.Sum(v => v.Refused + v.Accepted) + Violations.Count;

        public void Add(string kind, bool accepted)
        {
            (int refused, int ok) = _byKind.GetValueOrDefault(kind);
            _byKind[kind] = accepted ? (refused, ok + 1) : (refused + 1, ok);
        }

        public string Report()
        {
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"{"class",-24} {"cases",7} {"refused",8} {"accepted",9}");
            foreach ((string kind, (int refused, int accepted)) in _byKind)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{kind,-24} {refused + accepted,7} {refused,8} {accepted,9}");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"{"violations",-24} {Violations.Count,7}");
            foreach (string v in Violations.Take(30))
            {
                report.AppendLine(v);
            }

            return report.ToString();
        }
    }
}
