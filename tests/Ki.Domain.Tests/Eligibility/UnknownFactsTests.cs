using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

/// <summary>Facts that are not stated are unknown, never 0.00, and an application the validator rejects is never eligible (issue 10).</summary>
public sealed class UnknownFactsTests
{
    [Fact]
    public void Evaluate_NoCostsStated_IsUndeterminedAndNamesTheCosts()
    {
        // Issue 10: the costs defaulted to 0.00 and the decision read "own contribution 2000.00 EUR of 0.00 EUR: met", eligible.
        Application application = CaritasStating(costs: null, own: Euro.FromEuros(2_000));

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
        Assert.Equal("eligibleCosts", Assert.Single(decision.MissingFacts));
        CriterionResult own = decision.Results.Single(r => r.Code == EligibilityCodes.OwnContribution);
        Assert.Equal(CriterionOutcome.Unknown, own.Outcome);
        Assert.Contains("eligibleCosts", own.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", own.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoOwnContributionStated_IsUndeterminedAndNamesIt()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(CaritasStating(costs: Euro.FromEuros(40_000), own: null), AsOf);

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
        Assert.Equal("ownContribution", Assert.Single(decision.MissingFacts));
    }

    [Fact]
    public void Evaluate_ApplicationTheValidatorRejects_IsNotEligibleWithItsFindings()
    {
        // Own contribution and third-party funds above the costs: every criterion passes, the validator says KI-APP-FUNDS-EXCEED-COSTS.
        Application application = CaritasStating(costs: Euro.FromEuros(40_000), own: Euro.FromEuros(4_000), thirdParty: Euro.FromEuros(37_000));
        Assert.False(new ApplicationValidator(CultureInfo.InvariantCulture).Validate(application).IsValid);

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        Assert.Equal(EligibilityCodes.ApplicationInvalid, decision.Code);
        ApplicationFinding finding = Assert.Single(decision.Findings);
        Assert.Equal(ApplicationCodes.FundsExceedCosts, finding.Code);
        Assert.Contains("KI-APP-FUNDS-EXCEED-COSTS", decision.Message.English, StringComparison.Ordinal);
        TextAssert.Contains(decision.Message, "übersteigen die zuwendungsfähigen Ausgaben", "exceed the eligible costs");
    }

    [Fact]
    public void Evaluate_NegativeCosts_IsNotEligibleWithTheNegativeFinding()
    {
        Application application = CaritasStating(costs: Euro.FromEuros(-40_000), own: Euro.FromEuros(4_000));

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, AsOf);

        Assert.Equal(EligibilityCodes.ApplicationInvalid, decision.Code);
        Assert.Contains(decision.Findings, f => f.Code == ApplicationCodes.Negative && f.Field == "EligibleCosts");
        Assert.Equal(EligibilityOutcome.NotEligible, ScreeningPlan.Compile(RuleBook.Default.Find("komm-an-3", KommAn3)!, KommAn3, AsOf, FiscalYear.Of(2020)).Screen(application));
    }

    [Fact]
    public void Property_WellFormedShortcut_AgreesWithTheValidator()
    {
        var validator = new ApplicationValidator(CultureInfo.InvariantCulture);
        int invalid = 0;
        Properties.Check(Prop.ForAll(EligibilityGen.Applications("komm-an-3").ToArbitrary(), a =>
        {
            bool valid = validator.Validate(a).IsValid;
            invalid += valid ? 0 : 1;
            return ApplicationValidator.IsWellFormed(a) == valid && ApplicationValidator.Check(a).IsEmpty == valid;
        }), 500);
        Assert.True(invalid > 20, $"only {invalid} ill-formed applications were generated");
    }

    [Fact]
    public void ReadApplication_AbsentOrNullMoney_IsNotStated()
    {
        Application absent = EligibilityJson.ReadApplication("""{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"school"},"requestedAmount":"1.00"}}"""u8);
        Application nulls = EligibilityJson.ReadApplication("""{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"school"},"requestedAmount":"1.00","eligibleCosts":null,"ownContribution":null}}"""u8);

        Assert.Null(absent.EligibleCosts);
        Assert.Null(absent.OwnContribution);
        Assert.Null(absent.ThirdPartyFunds);
        Assert.Null(nulls.EligibleCosts);
        Assert.Null(nulls.OwnContribution);
        Assert.DoesNotContain("eligibleCosts", System.Text.Encoding.UTF8.GetString(EligibilityJson.WriteApplication(absent)), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadGrantRequest_AbsentMoney_IsNotStated()
    {
        // A grant request that states no figures reads as not stated, not as a missing required property or 0.00.
        GrantRequest request = GrantJson.ReadRequest("""{"schemaVersion":1,"on":"2020-02-01"}"""u8);

        Assert.Null(request.EligibleCosts);
        Assert.Null(request.OwnContribution);
        Assert.Null(request.ThirdPartyFunds);
    }

    [Fact]
    public void FundsExceed_FiguresNotStated_AreNeverAGuess()
    {
        // Without costs nothing is known to exceed them; a figure not stated adds nothing to the stated ones.
        Assert.False(GrantRequest.FundsExceed(null, Euro.FromEuros(2_000), Euro.FromEuros(500)));
        Assert.False(GrantRequest.FundsExceed(Euro.FromEuros(2_000), null, null));
        Assert.True(GrantRequest.FundsExceed(Euro.FromEuros(2_000), Euro.FromEuros(2_000), Euro.FromCents(1)));
        Assert.True(GrantRequest.FundsExceed(Euro.FromEuros(2_000), null, Euro.FromCents(200_001)));
        Assert.True(new GrantRequest(Euro.FromEuros(1_000)) { OwnContribution = Euro.FromEuros(1_001) }.FundsExceedCosts);
    }

    [Fact]
    public void FundsExceed_FiguresAtTheLargestAmount_AreAddedWithoutOverflow()
    {
        // Own money and third-party funds of the largest amount each add up to twice what a Euro holds.
        Assert.True(GrantRequest.FundsExceed(Euro.MaxValue, Euro.MaxValue, Euro.FromCents(1)));
        Assert.False(GrantRequest.FundsExceed(Euro.MaxValue, Euro.MaxValue, Euro.Zero));
        Assert.False(GrantRequest.FundsExceed(Euro.MaxValue, Euro.FromCents(long.MaxValue - 5), Euro.FromCents(5)));
        Assert.True(GrantRequest.FundsExceed(Euro.FromCents(long.MaxValue - 1), Euro.FromCents(long.MaxValue - 5), Euro.FromCents(5)));
    }

    [Fact]
    public void Calculate_NoCostsStated_SaysWhichFactItNeeds()
    {
        // Issue 10: a request without costs computed a grant on 0.00 EUR.
        var calculator = new GrantCalculator(new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2020, 2, 1, 12, 0)), RoundingMode.Commercial);

        GrantResult result = calculator.Calculate("komm-an-3", KommAn3, new GrantRequest(null) { OwnContribution = Euro.FromEuros(2_000), On = AsOf });

        Assert.Equal(GrantOutcome.Undetermined, result.Outcome);
        Assert.False(result.IsGranted);
        Assert.Equal(GrantCodes.FactMissing, result.Code);
        Assert.Null(Assert.Single(result.Steps, s => s.Name == "grant").Amount); // not stated is not 0.00 EUR
        TextAssert.Contains(result.Reason, "eligibleCosts", "eligibleCosts");
        Assert.Equal(Euro.Zero, result.Grant);
    }

    [Fact]
    public void Calculate_UnknownOwnContributionOnAShareLine_IsNotNeeded()
    {
        var calculator = new GrantCalculator(new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2020, 2, 1, 12, 0)), RoundingMode.Commercial);

        GrantResult result = calculator.Calculate("komm-an-3", KommAn3, new GrantRequest(Euro.FromEuros(40_000)) { On = AsOf });

        Assert.Equal(Euro.FromEuros(36_000), result.Grant);
    }
}
