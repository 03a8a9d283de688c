namespace Ki.Domain.Tests.Places;

/// <summary>Gazetteer files from outside: overflowing totals, encodings, sizes, special files (issue 11, 6 and 7).</summary>
public sealed class GazetteerRobustnessTests
{
    private const string Max = "9223372036854775807";

    private static string Overflowing() => GazetteerFixtures.ValidText
        .Replace("district\t05974\tkreis\t300\t", $"district\t05974\tkreis\t{Max}\t", StringComparison.Ordinal)
        .Replace("05974004\tstadt\t100\t", $"05974004\tstadt\t{Max}\t", StringComparison.Ordinal);

    [Fact]
    public void FromText_PopulationsAddingUpPastTheLargestCount_IsAKiDataException()
    {
        // Before: a raw OverflowException from PlaceTotals.Of.
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(Overflowing())));
        Assert.Contains("largest total", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GazetteerJson_PopulationsAtTheMaximum_IsRefusedOnReadingNotOnTotals()
    {
        // Before: the JSON gazetteer loaded and Gazetteer.Totals threw later.
        JsonNode doc = JsonNode.Parse(GazetteerJson.Write(GazetteerFixtures.Twins()))!;
        foreach (JsonNode? m in doc["municipalities"]!.AsArray())
        {
            m!["population"] = long.MaxValue;
        }

        foreach (JsonNode? d in doc["districts"]!.AsArray())
        {
            d!["population"] = long.MaxValue;
        }

        var e = Assert.Throws<KiDataException>(() => GazetteerJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString())));
        Assert.Contains("largest total", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTextFile_Windows1252_IsRefusedWithTheLineAndAHint()
    {
        // Before: loaded with "D\uFFFDsseldorf".
        using var folder = new TempFolder("ki-places-");
        string path = folder.WriteBytes("places.txt", Encoding.Latin1.GetBytes(GazetteerFixtures.ValidText.Replace("Neustadt, Stadt", "D\u00fcsseldorf, Stadt", StringComparison.Ordinal)));

        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromTextFile(path));
        Assert.Equal("places.txt line 8", e.Location);
        Assert.Contains("Windows-1252", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sseldorf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_ReplacementCharacter_IsRefused()
    {
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(GazetteerFixtures.ValidText.Replace("Soest", "So\uFFFDst", StringComparison.Ordinal))));
        Assert.Equal("line 7", e.Location);
    }

    [Fact]
    public void FromTextFile_ByteOrderMark_IsAccepted()
    {
        using var folder = new TempFolder("ki-places-");
        string path = folder.WriteBytes("places.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(GazetteerFixtures.ValidText)]);

        Assert.Equal(2, Gazetteer.FromTextFile(path).Districts.Length);
    }

    [Fact]
    public void FromText_EndlessLine_IsRefusedAfterTheLineLimit()
    {
        using var zeros = new CountingStream(() => 0);
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StreamReader(zeros)));
        Assert.Contains("longer than the limit", e.Reason, StringComparison.Ordinal);
        Assert.True(zeros.BytesRead < 1_000_000, $"{zeros.BytesRead} bytes read");
    }

    [Fact]
    public void FromTextFile_DevZero_IsRefusedQuickly()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        // Before: 104 s and 8.2 GB through the CLI.
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromTextFile("/dev/zero"));
        Assert.Equal("zero line 1", e.Location);
        Assert.Throws<KiDataException>(() => Gazetteer.FromGvIsysCsvFiles("/dev/zero", "/dev/zero"));
    }

    [Fact]
    public void FromText_TooManyLines_IsRefusedAtTheFirstLineOverTheLimit()
    {
        string comments = string.Concat(Enumerable.Repeat("#\n", 200_001));
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(GazetteerFixtures.ValidText + comments)));
        Assert.Equal("line 200001", e.Location);
    }
}
