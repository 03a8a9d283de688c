namespace Ki.Domain.Tests.Serialization;

public sealed class SettlementJsonTests
{
    private static readonly JsonSchemaCheck BaseRatesSchema = JsonSchemaCheck.OfSchemaFile(RepositoryPaths.Combine("docs", "schemas", "base-rates.schema.json"));

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

/// <summary>The settlement case file: examples, schema, round trip, and reading errors at their JSON path.</summary>
public sealed class SettlementCaseJsonTests
{
    private static readonly JsonSchemaCheck CaseSchema = JsonSchemaCheck.OfSchemaFile(RepositoryPaths.Combine("docs", "schemas", "settlement-case.schema.json"));

    public static TheoryData<string> Examples() => new("share-lower-costs", "deficit-new-funder", "fixed-posts");

    private static string ExamplePath(string name) => RepositoryPaths.Combine("docs", "examples", $"settlement-{name}.json");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsWhatTheHouseWriterWrites_AndConformsToTheSchema(string name)
    {
        string path = ExamplePath(name);
        byte[] written = SettlementJson.Write(SettlementJson.ReadCase(File.ReadAllBytes(path)));
        if (Environment.GetEnvironmentVariable("KI_WRITE_DOCS") == "1")
        {
            File.WriteAllBytes(path, written);
        }

        Assert.Equal(Encoding.UTF8.GetString(written), File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Empty(CaseSchema.Problems(JsonDocument.Parse(written).RootElement));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Case_RoundTrip_IsLossless(string name)
    {
        byte[] once = SettlementJson.Write(SettlementJson.ReadCase(File.ReadAllBytes(ExamplePath(name))));
        byte[] twice = SettlementJson.Write(SettlementJson.ReadCase(once));

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Case_TermsFromTheBescheid_RoundTrip()
    {
        string json = """
            {"schemaVersion":1,"id":"t","financing":"deficit","awarded":"40000.00","paidOut":"40000.00",
             "items":[{"id":"a","name":"A","planned":"50000.00","actual":"49700.00"}],
             "terms":{"itemTolerance":{"value":"0.1","source":{"citation":"Bescheid","confidence":"verified"}},
                      "noReductionThreshold":{"value":"500.00","source":{"citation":"ANBest-P (Bund) Nr. 2.2","confidence":"secondary"}}}}
            """;

        SettlementCase read = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json));

        Assert.Equal(0.1m, read.Proof.Terms.ItemTolerance.Value);
        Assert.Equal(Ki.Domain.Money.Euro.FromEuros(500), read.Proof.Terms.NoReductionThreshold!.Value.Value);
        Assert.Equal(SettlementCodes.BelowThreshold, FinalGrantCalculator.Default.Calculate(read.Proof).Code);
        Assert.Equal(SettlementJson.Write(read), SettlementJson.Write(SettlementJson.ReadCase(SettlementJson.Write(read))));
    }

    private const string Head = """{"schemaVersion":1,"id":"x","financing":"share","awarded":"100.00","paidOut":"100.00",""";

    [Theory]
    [InlineData(Head + """ "items":[]}""", "$")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"-1.00","actual":"1.00"}]}""", "$.items[0]")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"50.00","actual":"1.00"}]}""", "$")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"100.00","actual":"1.00"}],"funds":[{"id":"f","name":"F","kind":"donation","planned":"0.00","actual":"1.00"}]}""", "$.funds[0].kind")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"100.00","actual":"1.00"}],"units":[{"id":"p","name":"P","amountPerUnit":"1.00","awarded":"1","actual":"1"}]}""", "$.units")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"100.00","actual":"1.00"}],"repayment":{"ineffectiveFrom":"2024-03-31","asOf":"2024-03-30"}}""", "$.repayment.asOf")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"100.00","actual":"1.00"}],"repayment":{"ineffectiveFrom":"2024-03-31","asOf":"2024-09-30","payments":[{"on":"2024-10-01","amount":"1.00"}]}}""", "$.repayment.payments[0].on")]
    [InlineData(Head + """ "items":[{"id":"a","name":"A","planned":"100.00","actual":"1.00"}],"payouts":[{"paidOn":"2024-03-31","amount":"1.00","usedOn":"2024-03-30"}]}""", "$.payouts[0]")]
    [InlineData("""{"schemaVersion":1,"id":"x","financing":"partial","awarded":"100.00","paidOut":"100.00","items":[{"id":"a","name":"A","planned":"100.00","actual":"1.00"}]}""", "$.financing")]
    public void ReadCase_BadData_NamesThePath(string json, string path)
    {
        KiDataException e = Assert.Throws<KiDataException>(() => SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(path, e.Location);
        Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
    }
}
