using System.Text;
using System.Text.Json;
using Ki.Domain.Serialization;
using Ki.Domain.Settlement;
using Ki.Domain.Tests.Support;
using NodaTime;

namespace Ki.Domain.Tests.Serialization;

public sealed class SettlementJsonTests
{
    private static readonly SchemaCheck BaseRatesSchema = SchemaCheck.Load("base-rates.schema.json");

    [Fact]
    public void BaseRates_RoundTrip_GivesAnEqualTable()
    {
        BaseRateTable read = SettlementJson.ReadBaseRates(SettlementJson.Write(BaseRateTable.Default));

        Assert.Equal(BaseRateTable.Default.KnownUntil, read.KnownUntil);
        Assert.Equal(BaseRateTable.Default.Source, read.Source);
        Assert.Equal(BaseRateTable.Default.Rates.Select(r => (r.From, r.Percent, r.Source)), read.Rates.Select(r => (r.From, r.Percent, r.Source)));
    }

    [Fact]
    public void BaseRates_Written_ConformsToTheSchema() =>
        Assert.Empty(BaseRatesSchema.Problems(JsonDocument.Parse(SettlementJson.Write(BaseRateTable.Default)).RootElement));

    [Fact]
    public void ExampleFile_IsTheEmbeddedTable()
    {
        string path = RepositoryPaths.Combine("docs", "examples", "base-rates.json");
        byte[] written = SettlementJson.Write(BaseRateTable.Default);
        if (Environment.GetEnvironmentVariable("KI_WRITE_DOCS") == "1")
        {
            File.WriteAllBytes(path, written);
        }

        Assert.Equal(Encoding.UTF8.GetString(written), File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void BaseRates_ANewerTableFromAFile_ExtendsWhatInterestCanCover()
    {
        string json = """
            {"schemaVersion":1,"source":{"citation":"Deutsche Bundesbank, Bekanntmachung","confidence":"verified"},"knownUntil":"2026-12-31",
             "rates":[{"from":"2025-07-01","percent":"1.27"},{"from":"2026-07-01","percent":"1.27"}]}
            """;
        BaseRateTable table = SettlementJson.ReadBaseRates(Encoding.UTF8.GetBytes(json));
        InterestResult result = new InterestCalculator(table, DayCount.Actual365, Ki.Domain.Money.RoundingMode.Commercial)
            .Calculate(InterestRule.RepaymentNrw, Ki.Domain.Money.Euro.FromEuros(10_000), new LocalDate(2026, 6, 30), new LocalDate(2026, 9, 30));

        Assert.True(result.IsKnown);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"source":{"citation":"x","confidence":"verified"},"knownUntil":"2026-12-31","rates":[]}""", "$.rates")]
    [InlineData("""{"schemaVersion":1,"source":{"citation":"x","confidence":"verified"},"knownUntil":"2026-12-31","rates":[{"from":"2026-07-01","percent":"1"},{"from":"2026-01-01","percent":"1"}]}""", "$.rates[1].from")]
    [InlineData("""{"schemaVersion":1,"source":{"citation":"x","confidence":"verified"},"knownUntil":"2026-12-31","rates":[{"from":"2026-07-01","percent":"100"}]}""", "$.rates[0].percent")]
    [InlineData("""{"schemaVersion":1,"source":{"citation":"x","confidence":"verified"},"knownUntil":"2025-12-31","rates":[{"from":"2026-07-01","percent":"1"}]}""", "$.knownUntil")]
    [InlineData("""{"schemaVersion":1,"source":{"citation":" ","confidence":"verified"},"knownUntil":"2026-12-31","rates":[{"from":"2026-07-01","percent":"1"}]}""", "$.source")]
    [InlineData("""{"schemaVersion":2,"source":{"citation":"x","confidence":"verified"},"knownUntil":"2026-12-31","rates":[{"from":"2026-07-01","percent":"1"}]}""", "$.schemaVersion")]
    public void BaseRates_BadFile_NamesThePath(string json, string location)
    {
        KiDataException e = Assert.Throws<KiDataException>(() => SettlementJson.ReadBaseRates(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(location, e.Location);
        Assert.DoesNotContain("System.", e.Reason, StringComparison.Ordinal);
    }
}
