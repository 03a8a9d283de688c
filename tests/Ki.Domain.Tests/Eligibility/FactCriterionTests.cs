using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

public sealed class FactCriterionTests
{
    private static readonly FactDeclaration Refugees = new("refugeesHoused", FactType.Number, new LocalizedText("Untergebrachte Geflüchtete", "Refugees housed"),
        new LocalizedText("Personen", "persons"));

    private static EligibilityDecision Decide(Criterion criterion, params (string Name, string Value)[] facts)
    {
        Application application = Caritas();
        application = new Application(application.Id, application.Applicant, application.LineId, application.FiscalYear, application.RequestedAmount)
        {
            Facts = facts.ToImmutableDictionary(f => f.Name, f => f.Value),
        };
        return EligibilityEvaluator.Evaluate(application, KommAn3, new RuleSet("komm-an-3", [criterion]), AsOf);
    }

    [Theory]
    [InlineData("151", EligibilityOutcome.Eligible)]
    [InlineData("150", EligibilityOutcome.NotEligible)]
    [InlineData("12.5", EligibilityOutcome.NotEligible)]
    public void Evaluate_RefugeesMoreThan150_ComparesTheNumber(string housed, EligibilityOutcome expected)
    {
        EligibilityDecision decision = Decide(new FactCriterion(Refugees, FactComparison.MoreThan, ["150"]), ("refugeesHoused", housed));

        Assert.Equal(expected, decision.Outcome);
        Assert.Equal(EligibilityCodes.Fact, decision.Results[0].Code);
    }

    [Fact]
    public void Evaluate_FactNotStated_IsUndeterminedAndNamesTheFact()
    {
        EligibilityDecision decision = Decide(new FactCriterion(Refugees, FactComparison.MoreThan, ["150"]));

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
        Assert.Equal(["facts.refugeesHoused"], decision.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_FactNotReadableAsItsType_IsUndeterminedNotFalse()
    {
        EligibilityDecision decision = Decide(new FactCriterion(Refugees, FactComparison.MoreThan, ["150"]), ("refugeesHoused", "many"));

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
    }

    [Fact]
    public void Explain_NumberWithUnit_InGermanAndEnglish()
    {
        CriterionResult result = Decide(new FactCriterion(Refugees, FactComparison.MoreThan, ["150"]), ("refugeesHoused", "120")).Results[0];

        TextAssert.Says(result.Message, "Untergebrachte Geflüchtete: nicht erfüllt (120 Personen; verlangt: mehr als 150 Personen).", "Refugees housed: not met (120 persons; required: more than 150 persons).");
    }

    [Theory]
    [InlineData(FactType.Date, FactComparison.AtMost, "2015-12-31", "2015-12-31", "2016-01-01")] // calendar dates
    [InlineData(FactType.Key, FactComparison.OneOf, "lakI|kfi", "kfi", "KFI")] // membership in the set, case and all
    [InlineData(FactType.Amount, FactComparison.AtLeast, "500.00", "500", "499.99")] // to the cent
    public void Evaluate_TypedComparison_DecidesBothSidesOfTheBoundary(FactType type, FactComparison comparison, string values, string meets, string misses)
    {
        var fact = new FactDeclaration("fact", type, new LocalizedText("Angabe", "Fact"));
        var criterion = new FactCriterion(fact, comparison, values.Split('|'));

        Assert.Equal(EligibilityOutcome.Eligible, Decide(criterion, ("fact", meets)).Outcome);
        Assert.Equal(EligibilityOutcome.NotEligible, Decide(criterion, ("fact", misses)).Outcome);
    }

    [Fact]
    public void Explain_DateBound_InGerman()
    {
        var founded = new FactDeclaration("founded", FactType.Date, new LocalizedText("Gründung", "Founded"));
        CriterionResult result = Decide(new FactCriterion(founded, FactComparison.AtMost, ["2015-12-31"]), ("founded", "2016-01-01")).Results[0];

        Assert.Equal("spätestens am 31.12.2015", result.Required.German);
    }

    [Fact]
    public void Constructor_KeyComparedByOrder_Throws()
    {
        var network = new FactDeclaration("network", FactType.Key, new LocalizedText("Netzwerk", "Network"));

        Assert.Throws<ArgumentException>("comparison", () => new FactCriterion(network, FactComparison.MoreThan, ["a"]));
        Assert.Throws<ArgumentException>("values", () => new FactCriterion(Refugees, FactComparison.MoreThan, ["many"]));
        Assert.Throws<ArgumentException>("values", () => new FactCriterion(Refugees, FactComparison.MoreThan, ["1", "2"]));
    }

    private const string RuleFile = """
        { "schemaVersion": 1,
          "facts": [ { "name": "refugeesHoused", "type": "number",
                       "label": { "de": "Untergebrachte Geflüchtete", "en": "Refugees housed" },
                       "unit": { "de": "Personen", "en": "persons" } } ],
          "ruleSets": [ { "line": "komm-an-3", "criteria": [
            { "type": "fact", "fact": "refugeesHoused", "operator": "more-than", "values": ["150"] } ] } ] }
        """;

    [Fact]
    public void RuleFile_DeclaredFact_ReadsAndRoundTripsWithTheSameHash()
    {
        RuleBook book = EligibilityJson.ReadRules(Encoding.UTF8.GetBytes(RuleFile));
        RuleBook back = EligibilityJson.ReadRules(EligibilityJson.WriteRules(book));

        var fact = Assert.IsType<FactCriterion>(book.RuleSets[0].Criteria[0]);
        Assert.Equal(FactType.Number, fact.Fact.Type);
        Assert.Equal("persons", fact.Fact.Unit!.Value.English);
        Assert.Equal(book.RuleSets[0].Hash, back.RuleSets[0].Hash);
        Assert.Null(book.RuleSets[0].VersionStart);
    }

    [Theory]
    [InlineData("\"refugees\"", "$.ruleSets[0].criteria[0].fact")]
    [InlineData("\"refugeesHoused\", \"operator\": \"greater\"", "$.ruleSets[0].criteria[0].operator")]
    public void RuleFile_UndeclaredFactOrUnknownOperator_NamesThePath(string fact, string location)
    {
        string text = RuleFile.Replace("\"refugeesHoused\", \"operator\": \"more-than\"", fact.Contains("operator", StringComparison.Ordinal) ? fact : fact + ", \"operator\": \"more-than\"", StringComparison.Ordinal);

        KiDataException e = Assert.Throws<KiDataException>(() => EligibilityJson.ReadRules(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(location, e.Location);
    }

    [Fact]
    public void RuleFile_ValueNotOfTheDeclaredType_NamesTheValue()
    {
        KiDataException e = Assert.Throws<KiDataException>(() => EligibilityJson.ReadRules(Encoding.UTF8.GetBytes(RuleFile.Replace("[\"150\"]", "[\"lots\"]", StringComparison.Ordinal))));

        Assert.Equal("$.ruleSets[0].criteria[0].values[0]", e.Location);
    }

    [Fact]
    public void ApplicationFile_Facts_ReadAsNumbersAndTextsAndRoundTrip()
    {
        Application application = Caritas();
        application = new Application(application.Id, application.Applicant, application.LineId, application.FiscalYear, application.RequestedAmount)
        {
            Facts = ImmutableDictionary.CreateRange([KeyValuePair.Create("refugeesHoused", "180"), KeyValuePair.Create("seatKey", "05974040")]),
        };

        Application back = EligibilityJson.ReadApplication(EligibilityJson.WriteApplication(application));

        Assert.Equal("180", back.Facts["refugeesHoused"]);
        Assert.Equal("05974040", back.Facts["seatKey"]);
        Assert.Contains("\"refugeesHoused\": 180", Encoding.UTF8.GetString(EligibilityJson.WriteApplication(application)), StringComparison.Ordinal);
    }
}
