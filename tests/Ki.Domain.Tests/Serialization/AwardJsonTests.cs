using System.Text.Json;
using Ki.Domain.Awards;
using Ki.Domain.Serialization;
using Ki.Domain.Tests.Support;

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
}
