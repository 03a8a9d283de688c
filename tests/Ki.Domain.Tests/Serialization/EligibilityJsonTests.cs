using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Serialization;

public sealed class EligibilityJsonTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static KiDataException RulesError(string criterion) => Assert.Throws<KiDataException>(() => EligibilityJson.ReadRules(Utf8(
        $$"""{"schemaVersion":1,"ruleSets":[{"line":"komm-an-3","version":"2016-01-01","criteria":[{"type":"non-profit"},{{criterion}}]}]}""")));

    [Property(MaxTest = 200)]
    public Property Rules_RandomRuleSets_RoundTripWithTheSameHash()
    {
        return Prop.ForAll(EligibilityGen.RuleSets.ToArbitrary(), rules =>
        {
            RuleBook back = EligibilityJson.ReadRules(EligibilityJson.WriteRules(new RuleBook([rules])));
            return back.RuleSets.Length == 1 && back.RuleSets[0].Hash == rules.Hash && back.RuleSets[0].ToString() == rules.ToString();
        });
    }

    [Fact]
    public void Rules_DefaultBook_RoundTripsEveryHash()
    {
        RuleBook back = EligibilityJson.ReadRules(EligibilityJson.WriteRules(RuleBook.Default));

        Assert.Equal(RuleBook.Default.RuleSets.Select(s => s.Hash), back.RuleSets.Select(s => s.Hash));
    }

    [Fact]
    public void Rules_ExampleFile_IsTheEmbeddedDefaultRules()
    {
        string path = RepositoryPaths.Combine("docs", "examples", "default-rules.json");
        if (Environment.GetEnvironmentVariable("KI_APPROVE_RULES") == "1")
        {
            File.WriteAllBytes(path, EligibilityJson.WriteRules(RuleBook.Default));
        }

        byte[] file = File.ReadAllBytes(path);

        RuleBook read = EligibilityJson.ReadRules(file);

        Assert.Equal(RuleBook.Default.RuleSets.Select(s => s.Hash), read.RuleSets.Select(s => s.Hash));
    }

    [Fact]
    public void Rules_MemberNoCriterionHas_IsAnErrorAtThatMember()
    {
        KiDataException e = RulesError("""{"type":"run-script","code":"rm -rf /"}""");

        Assert.Equal("$.ruleSets[0].criteria[1].code", e.Location);
    }

    [Fact]
    public void Rules_UnknownTypeName_IsAnErrorAtTheType()
    {
        KiDataException e = RulesError("""{"type":"run-script"}""");

        Assert.Equal("$.ruleSets[0].criteria[1].type", e.Location);
        Assert.Contains("'run-script' is not a criterion type", e.Reason, StringComparison.Ordinal);
        Assert.Contains("applicant-kind", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_FieldOfAnotherType_IsAnError()
    {
        KiDataException e = RulesError("""{"type":"non-profit","kinds":["kreis"]}""");

        Assert.Equal("$.ruleSets[0].criteria[1].kinds", e.Location);
        Assert.Equal("A 'non-profit' criterion has no field 'kinds'.", e.Reason);
    }

    [Fact]
    public void Rules_NestedBadKind_NamesTheNestedPath()
    {
        KiDataException e = RulesError("""{"type":"any","parts":[{"type":"not","part":{"type":"applicant-kind","kinds":["kreis","club"]}}]}""");

        Assert.Equal("$.ruleSets[0].criteria[1].parts[0].part.kinds[1]", e.Location);
        Assert.Contains("'club' is not an applicant kind", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"own-contribution","minimumShare":"1.5"}""", "$.ruleSets[0].criteria[1].minimumShare")]
    [InlineData("""{"type":"own-contribution"}""", "$.ruleSets[0].criteria[1].minimumShare")]
    [InlineData("""{"type":"grant-range","minimum":"10.00","maximum":"5.00"}""", "$.ruleSets[0].criteria[1].minimum")]
    [InlineData("""{"type":"grant-range","minimum":"10.001"}""", "$.ruleSets[0].criteria[1].minimum")]
    [InlineData("""{"type":"seat","districts":["1234"]}""", "$.ruleSets[0].criteria[1].districts[0]")]
    [InlineData("""{"type":"seat"}""", "$.ruleSets[0].criteria[1]")]
    [InlineData("""{"type":"deadline","day":"--02-30"}""", "$.ruleSets[0].criteria[1].day")]
    [InlineData("""{"type":"route","routes":[]}""", "$.ruleSets[0].criteria[1].routes")]
    [InlineData("""{"type":"not"}""", "$.ruleSets[0].criteria[1].part")]
    [InlineData("""{"type":"non-profit","reference":" "}""", "$.ruleSets[0].criteria[1].reference")]
    [InlineData("""{"kinds":[]}""", "$.ruleSets[0].criteria[1]")]
    public void Rules_MalformedRule_IsAKiDataExceptionAtItsPath(string criterion, string location) =>
        Assert.Equal(location, RulesError(criterion).Location);

    [Fact]
    public void Rules_WrongSchemaVersion_IsAnError()
    {
        KiDataException e = Assert.Throws<KiDataException>(() => EligibilityJson.ReadRules(Utf8("""{"schemaVersion":2,"ruleSets":[]}""")));

        Assert.Equal("$.schemaVersion", e.Location);
    }

    [Fact]
    public void Application_RoundTrip_KeepsEveryFact()
    {
        Application original = Caritas();

        Application back = EligibilityJson.ReadApplication(EligibilityJson.WriteApplication(original));

        Assert.Equal(EligibilityJson.WriteApplication(original), EligibilityJson.WriteApplication(back));
        Assert.Equal(original.Submitted, back.Submitted);
        Assert.Equal(original.DeliveryPeriod, back.DeliveryPeriod);
        Assert.Equal(original.Applicant.Seat, back.Applicant.Seat);
        Assert.Equal(original.OwnContribution, back.OwnContribution);
    }

    [Fact]
    public void Application_NegativeAmount_NamesThePathWithTheValidatorsCode()
    {
        KiDataException e = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication(Utf8(
            """{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"school"},"requestedAmount":"-1.00"}}""")));

        Assert.Equal("$.application.requestedAmount", e.Location);
        Assert.Contains("KI-APP-NEGATIVE", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Application_UnknownRouteAndMissingField_AreErrorsAtTheirPaths()
    {
        KiDataException route = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication(Utf8(
            """{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"school"},"requestedAmount":"1.00","route":"by-pigeon"}}""")));
        KiDataException missing = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication(Utf8(
            """{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"requestedAmount":"1.00"}}""")));
        KiDataException extra = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication(Utf8(
            """{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"school","iban":"DE00"},"requestedAmount":"1.00"}}""")));

        Assert.Equal("$.application.route", route.Location);
        Assert.Contains("applicant", missing.Reason, StringComparison.Ordinal);
        Assert.StartsWith("$.application.applicant", extra.Location, StringComparison.Ordinal);
    }
}

public sealed class EligibilityJsonDecisionTests
{
    [Fact]
    public void WriteDecision_NotEligible_WritesEveryCriterionWithBothLanguagesAndTheApplication()
    {
        Application application = Caritas(own: 1_000);
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        using System.Text.Json.JsonDocument json = System.Text.Json.JsonDocument.Parse(EligibilityJson.WriteDecision(decision));
        System.Text.Json.JsonElement d = json.RootElement.GetProperty("decision");

        Assert.Equal("not-eligible", d.GetProperty("outcome").GetString());
        Assert.Equal(decision.Code, d.GetProperty("code").GetString());
        Assert.Equal(decision.RulesHash, d.GetProperty("rulesHash").GetString());
        Assert.Equal(application.Id, d.GetProperty("application").GetProperty("id").GetString());
        System.Text.Json.JsonElement[] criteria = [.. d.GetProperty("criteria").EnumerateArray()];
        Assert.Equal(decision.Results.Select(r => r.Code), criteria.Select(c => c.GetProperty("code").GetString()));
        System.Text.Json.JsonElement own = criteria.Single(c => c.GetProperty("type").GetString() == "own-contribution");
        Assert.Equal("fail", own.GetProperty("outcome").GetString());
        Assert.Equal(decision.Results.Single(r => r.Criterion is OwnContributionCriterion).Message.German, own.GetProperty("message").GetProperty("de").GetString());
    }

    [Fact]
    public void WriteDecision_ApplicationInside_ReadsBackAsTheSameApplication()
    {
        Application application = Caritas();
        byte[] written = EligibilityJson.WriteDecision(EligibilityEvaluator.Default.Evaluate(application, AsOf));

        using System.Text.Json.JsonDocument json = System.Text.Json.JsonDocument.Parse(written);
        string inner = $$"""{"schemaVersion":1,"application":{{json.RootElement.GetProperty("decision").GetProperty("application").GetRawText()}}}""";

        Assert.Equal(EligibilityJson.WriteApplication(application), EligibilityJson.WriteApplication(EligibilityJson.ReadApplication(System.Text.Encoding.UTF8.GetBytes(inner))));
    }

    [Fact]
    public void ReadApplication_NullApplication_NamesTheJsonPropertyNotTheDotnetOne()
    {
        // Found by hand at the last stop: the message said 'Application', the C# name, where the file says 'application'.
        var e = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication("""{"schemaVersion":1,"application":null}"""u8));

        Assert.Equal("$.application", e.Location);
        Assert.Contains("'application' is null", e.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("'Application'", e.Message, StringComparison.Ordinal);
    }
}
