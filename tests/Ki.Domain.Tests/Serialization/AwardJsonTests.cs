namespace Ki.Domain.Tests.Serialization;

public sealed class AwardJsonTests
{
    private static byte[] ExampleBytes(string name) => File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name));

    [Theory]
    [InlineData("round-komm-an-3-2020.json")]
    [InlineData("round-komm-an-2b-2019.json")]
    public void WriteRound_ExampleRounds_ReadBackToTheSameDocument(string name)
    {
        AwardRound round = AwardJson.ReadRound(ExampleBytes(name));

        byte[] written = AwardJson.WriteRound(round);
        AwardRound back = AwardJson.ReadRound(written);

        Assert.Equal(written, AwardJson.WriteRound(back));
        Assert.Equal(round.Applications.Select(a => a.Id), back.Applications.Select(a => a.Id));
        Assert.Equal(round.Priorities.OrderBy(p => p.Key), back.Priorities.OrderBy(p => p.Key));
        Assert.Equal(round.SubAwards.Values.Sum(s => s.Length), back.SubAwards.Values.Sum(s => s.Length));
    }

    [Fact]
    public void WriteResult_PriorityTierRound_WritesTotalsThatReconcileAndEveryLine()
    {
        AwardResult result = AwardAllocator.Default.Allocate(AwardJson.ReadRound(ExampleBytes("round-komm-an-2b-2019.json")));

        using JsonDocument json = JsonDocument.Parse(AwardJson.WriteResult(result));
        JsonElement root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("priority-tiers", root.GetProperty("policy").GetString());
        Assert.Equal(result.Awarded.ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("awarded").GetString());
        Assert.Equal(result.Message.German, root.GetProperty("message").GetProperty("de").GetString());
        Assert.Equal(result.Message.English, root.GetProperty("message").GetProperty("en").GetString());
        JsonElement[] lines = [.. root.GetProperty("lines").EnumerateArray()];
        Assert.Equal(result.Lines.Select(l => l.ApplicationId), lines.Select(l => l.GetProperty("application").GetString()));
        Assert.Equal(result.Lines.Select(l => l.Code), lines.Select(l => l.GetProperty("code").GetString()));
        Assert.Contains(lines, l => l.TryGetProperty("passThrough", out JsonElement p) && p.GetProperty("subAwards").GetArrayLength() > 0);
        Assert.DoesNotContain("\\u00", System.Text.Encoding.UTF8.GetString(AwardJson.WriteResult(result)), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteResult_SoestPassThrough_WritesBothLevelsAndTheyReconcileToTheCent()
    {
        AwardRound round = AwardJson.ReadRound(ExampleBytes("round-soest-2016.json"));
        TwoStageResult result = TwoStageAllocator.Default.Allocate(round);

        using JsonDocument json = JsonDocument.Parse(AwardJson.WriteResult(result));
        JsonElement root = json.RootElement;

        Assert.True(root.GetProperty("reconciled").GetBoolean());
        Assert.True(root.GetProperty("reconciledAtBothLevels").GetBoolean());
        Assert.Equal("131000.00", root.GetProperty("budget").GetString());
        JsonElement pass = Assert.Single(root.GetProperty("passThroughs").EnumerateArray());
        Assert.Equal("pro-rata", pass.GetProperty("method").GetString());
        JsonElement[] finals = [.. pass.GetProperty("finalRecipients").EnumerateArray()];
        Assert.Equal(result.PassThroughs[0].Lines.Length, finals.Length);
        long cents = finals.Sum(f => Euro.Parse(f.GetProperty("awarded").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Cents);
        Assert.Equal(result.PassThroughs[0].PassedOn.Cents, cents);
        Assert.Equal(Euro.Parse(pass.GetProperty("award").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Cents,
            cents + Euro.Parse(pass.GetProperty("retained").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Cents
            + Euro.Parse(pass.GetProperty("unallocated").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Cents);

        // A refused final recipient names its failed criterion; a funded one its ancillary provisions, in codes, not enum names.
        Assert.Contains(finals, f => f.TryGetProperty("failedCriteria", out JsonElement c) && c.EnumerateArray().Any(x => x.GetString() == "KI-ELIG-ROUTE"));
        Assert.All(finals.Where(f => f.TryGetProperty("provisions", out _)), f => Assert.Matches("^[a-z-]+$", f.GetProperty("provisions").GetString()!));
        string text = System.Text.Encoding.UTF8.GetString(AwardJson.WriteResult(result));
        Assert.DoesNotContain("\"AnBestP\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ProRata\"", text, StringComparison.Ordinal);
    }
}
