using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

public sealed class EligibilityEvaluatorTests
{
    [Fact]
    public void Evaluate_EligibleKommAnIII_PassesAllEightCriteria()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Caritas(), AsOf);

        Assert.Equal(EligibilityOutcome.Eligible, decision.Outcome);
        Assert.Equal(EligibilityCodes.Eligible, decision.Code);
        Assert.Equal(8, decision.Results.Length);
        Assert.All(decision.Results, r => Assert.Equal(CriterionOutcome.Pass, r.Outcome));
        Assert.Empty(decision.Failures);
        TextAssert.Says(decision.Message, "Der Antrag III-017 ist förderfähig: alle 8 Kriterien sind erfüllt.", "Application III-017 is eligible: all 8 criteria are met.");
    }

    [Fact]
    public void Evaluate_SeveralFailures_ListsEveryFailureWithoutShortCircuit()
    {
        Application application = new(Caritas().Id, new Applicant("Initiative", ApplicantKind.VolunteerInitiative) { IsNonProfit = true, Seat = Caritas().Applicant.Seat },
            "komm-an-3", FiscalYear.Of(2020), Euro.FromEuros(4_000))
        {
            EligibleCosts = Euro.FromEuros(4_200),
            OwnContribution = Euro.FromEuros(200),
            PlannedStart = new LocalDate(2020, 1, 15),
            DeliveryPeriod = new DateInterval(new LocalDate(2020, 1, 15), new LocalDate(2021, 3, 31)),
        };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        Assert.Equal(
            [EligibilityCodes.ApplicantKind, EligibilityCodes.DeliveryPeriod, EligibilityCodes.EarlyStart, EligibilityCodes.GrantRange, EligibilityCodes.OwnContribution],
            decision.Failures.Select(f => f.Code));
        Assert.Equal(8, decision.Results.Length);
        Assert.Contains("KI-ELIG-GRANT-RANGE", decision.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFacts_IsUndeterminedAndNamesThem()
    {
        Application full = Caritas();
        Application application = new(full.Id, new Applicant(full.Applicant.Name, full.Applicant.Kind), full.LineId, full.FiscalYear, full.RequestedAmount)
        {
            EligibleCosts = full.EligibleCosts,
            OwnContribution = full.OwnContribution,
        };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
        Assert.Equal(["applicant.nonProfit", "applicant.seat", "deliveryPeriod", "plannedStart"], decision.MissingFacts.Order(StringComparer.Ordinal));
        Assert.Contains("applicant.seat", decision.Message.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FailureAndMissingFact_IsNotEligibleAndStillNamesTheFact()
    {
        Application full = Caritas();
        Application application = new(full.Id, new Applicant("Schule", ApplicantKind.School), full.LineId, full.FiscalYear, full.RequestedAmount)
        {
            EligibleCosts = full.EligibleCosts,
            OwnContribution = full.OwnContribution,
            PlannedStart = full.PlannedStart,
            DeliveryPeriod = full.DeliveryPeriod,
        };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        Assert.Contains("applicant.seat", decision.MissingFacts);
    }

    [Fact]
    public void Evaluate_Decision_RecordsVersionRulesHashLibraryAndDate()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Caritas(), AsOf);

        Assert.Same(KommAn3, decision.Version);
        Assert.NotNull(decision.Rules);
        Assert.Equal(decision.Rules.Hash, decision.RulesHash);
        Assert.Matches("^[0-9a-f]{64}$", decision.RulesHash);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?(\+|$)", decision.LibraryVersion);
        Assert.Equal(AsOf, decision.AsOf);
    }

    [Fact]
    public void Evaluate_UnknownLine_IsNotEligibleWithItsCode()
    {
        Application full = Caritas();
        var application = new Application(full.Id, full.Applicant, "no-such-line", full.FiscalYear, full.RequestedAmount);

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        Assert.Equal(EligibilityCodes.LineUnknown, decision.Code);
        Assert.Null(decision.RulesHash);
    }

    [Fact]
    public void Evaluate_LineNotInForce_IsNotEligibleWithItsCode()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Caritas(), new LocalDate(2015, 6, 1));

        Assert.Equal(EligibilityCodes.LineNotInForce, decision.Code);
        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
    }

    [Fact]
    public void Evaluate_VersionWithoutRules_IsUndeterminedWithNoRules()
    {
        var evaluator = new EligibilityEvaluator(ProgrammeCatalogue.Default, new RuleBook([]));

        EligibilityDecision decision = evaluator.Evaluate(Caritas(), AsOf);

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
        Assert.Equal(EligibilityCodes.NoRules, decision.Code);
        Assert.Same(KommAn3, decision.Version);
    }

    [Fact]
    public void Evaluate_RulesOfAnotherLine_Throws()
    {
        var rules = new RuleSet("komm-an-1", KommAn3.Validity.Start, []);

        Assert.Throws<ArgumentException>("rules", () => EligibilityEvaluator.Evaluate(Caritas(), KommAn3, rules, AsOf));
    }

    [Fact]
    public void Evaluate_SameInputsLater_GiveTheSameDecision()
    {
        EligibilityDecision first = EligibilityEvaluator.Default.Evaluate(Caritas(), AsOf);
        EligibilityDecision again = new EligibilityEvaluator(ProgrammeCatalogue.Default, RuleBook.Default).Evaluate(Caritas(), AsOf);

        Assert.Equal(first.RulesHash, again.RulesHash);
        Assert.Equal(first.Results.Select(r => r.Message), again.Results.Select(r => r.Message));
    }
}
