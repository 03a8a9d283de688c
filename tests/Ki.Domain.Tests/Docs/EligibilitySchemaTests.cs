namespace Ki.Domain.Tests.Docs;

/// <summary>The JSON Schemas in docs/schemas/ name exactly the criterion types, properties and enums the library reads.</summary>
public sealed class EligibilitySchemaTests
{
    private static JsonDocument Schema(string name) => JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("docs", "schemas", name)));

    private static string[] Enum(JsonElement element) => [.. element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];

    [Fact]
    public void RulesSchema_CriterionTypes_AreTheTypesTheLibraryWrites()
    {
        using JsonDocument schema = Schema("eligibility-rules.schema.json");
        JsonElement criterion = schema.RootElement.GetProperty("$defs").GetProperty("criterion");

        string[] types = Enum(criterion.GetProperty("properties").GetProperty("type"));
        using JsonDocument written = JsonDocument.Parse(EligibilityJson.WriteRules(new RuleBook([new RuleSet("x", new NodaTime.LocalDate(2020, 1, 1),
        [
            new NotCriterion(new AnyCriterion([new AllCriterion([]), new NonProfitCriterion(), new IntegrationCentreCriterion()])),
            new ApplicantKindCriterion([]), new SeatCriterion([], [Ki.Domain.Places.RegionKey.ParseNrw("059")]), new DeadlineCriterion(),
            new DeliveryPeriodCriterion(), new EarlyStartCriterion(), new GrantRangeCriterion(), new OwnContributionCriterion(0.1m),
            new RouteCriterion([Ki.Domain.Applications.ApplicationRoute.Direct]), new DirectApplicationCriterion([]), new SeatInAreaCriterion(),
            new FactCriterion(new FactDeclaration("refugeesHoused", FactType.Number, new Ki.Domain.Programmes.LocalizedText("Geflüchtete", "Refugees")), FactComparison.MoreThan, ["150"]),
        ])])));
        string[] used = [.. written.RootElement.GetProperty("ruleSets")[0].GetProperty("criteria").EnumerateArray()
            .SelectMany(Walk).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(types, used);
    }

    [Theory]
    [InlineData("application.schema.json", "application-eligible.json")]
    [InlineData("application.schema.json", "application-not-eligible.json")]
    [InlineData("award-round.schema.json", "round-komm-an-3-2020.json")]
    [InlineData("award-round.schema.json", "round-komm-an-2b-2019.json")]
    [InlineData("award-round.schema.json", "round-soest-2016.json")]
    [InlineData("award-round.schema.json", "round-soest-2016-minimum.json")]
    [InlineData("eligibility-rules.schema.json", "default-rules.json")]
    public void Schemas_TopLevelProperties_CoverTheExamples(string schemaName, string example)
    {
        using JsonDocument schema = Schema(schemaName);
        using JsonDocument file = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("docs", "examples", example)));
        HashSet<string> allowed = [.. schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
        string[] required = [.. schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!)];

        Assert.All(file.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, allowed));
        Assert.All(required, r => Assert.True(file.RootElement.TryGetProperty(r, out _), $"{example} lacks {r}"));
    }

    private static IEnumerable<string> Walk(JsonElement criterion)
    {
        yield return criterion.GetProperty("type").GetString()!;
        if (criterion.TryGetProperty("parts", out JsonElement parts))
        {
            foreach (string t in parts.EnumerateArray().SelectMany(Walk))
            {
                yield return t;
            }
        }

        if (criterion.TryGetProperty("part", out JsonElement part))
        {
            foreach (string t in Walk(part))
            {
                yield return t;
            }
        }
    }
}
