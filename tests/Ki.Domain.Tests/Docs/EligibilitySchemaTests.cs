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

    /// <summary>The file name of every example document in docs/examples.</summary>
    public static TheoryData<string> Examples() => [.. ExampleNames()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ConformsToItsSchema(string example)
    {
        JsonSchemaCheck schema = JsonSchemaCheck.OfSchemaFile(RepositoryPaths.Combine("docs", "schemas", SchemaOf(example)));
        using JsonDocument file = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("docs", "examples", example)));

        Assert.Empty(schema.Problems(file.RootElement));
    }

    [Fact]
    public void Examples_ExistForEverySchemaOfAnInputDocument() =>
        Assert.Equal(
            ["application.schema.json", "award-round.schema.json", "base-rates.schema.json", "eligibility-rules.schema.json", "settlement-case.schema.json"],
            ExampleNames().Select(SchemaOf).Distinct().Order(StringComparer.Ordinal));

    private static IEnumerable<string> ExampleNames() =>
        Directory.GetFiles(RepositoryPaths.Combine("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    /// <summary>The schema an example follows, by the prefix of its name; an example without one fails here.</summary>
    private static string SchemaOf(string example) => example switch
    {
        _ when example.StartsWith("application-", StringComparison.Ordinal) => "application.schema.json",
        _ when example.StartsWith("round-", StringComparison.Ordinal) => "award-round.schema.json",
        _ when example.StartsWith("settlement-", StringComparison.Ordinal) => "settlement-case.schema.json",
        "base-rates.json" => "base-rates.schema.json",
        "default-rules.json" => "eligibility-rules.schema.json",
        _ => throw new InvalidOperationException($"docs/examples/{example} names no schema; give it a prefix or a case here."),
    };

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
