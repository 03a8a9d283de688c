using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

/// <summary>One cap semantics: a request above the cap is capped, with the cap named, in eligibility, grant and award alike (issue 10).</summary>
public sealed class CapSemanticsTests
{
    private static readonly SourceReference Source = KommAn3.Financing.Source;

    private static FundingLineVersion Capped(bool inadmissible) => new(KommAn3.Validity, KommAn3.Financing)
    {
        ValiditySource = KommAn3.ValiditySource,
        Rate = KommAn3.Rate,
        MinimumGrant = KommAn3.MinimumGrant,
        Cap = new Figure<Euro>(Euro.FromEuros(30_000), Source),
        ApplicantKinds = KommAn3.ApplicantKinds,
        AboveCapInadmissible = inadmissible ? Source : null,
    };

    private static EligibilityDecision Decide(FundingLineVersion version) =>
        EligibilityEvaluator.Evaluate(Caritas(requested: 36_000), version, RuleBook.Default.Find("komm-an-3", KommAn3)!, AsOf);

    [Fact]
    public void Evaluate_RequestAboveTheCap_IsCappedAndNamesTheCap()
    {
        // Issue 10: the grant-range criterion refused 36,000 above a 30,000 cap while calculator and allocator capped it.
        EligibilityDecision decision = Decide(Capped(inadmissible: false));

        CriterionResult range = decision.Results.Single(r => r.Code == EligibilityCodes.GrantRange);
        Assert.Equal(CriterionOutcome.Pass, range.Outcome);
        TextAssert.Contains(range.Message, "gekappt auf den Höchstbetrag von 30.000,00 €", "36000.00 EUR, capped at the cap of 30000.00 EUR");
        Assert.Equal(EligibilityOutcome.Eligible, decision.Outcome);

        GrantResult grant = new GrantCalculator(new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2020, 2, 1, 12, 0)), RoundingMode.Commercial)
            .Calculate("komm-an-3", Capped(false), Caritas(requested: 36_000).ToGrantRequest(AsOf));
        Assert.Equal(Euro.FromEuros(30_000), grant.Grant);
    }

    [Fact]
    public void Evaluate_LineThatMakesRequestsAboveTheCapInadmissible_RefusesThem()
    {
        EligibilityDecision decision = Decide(Capped(inadmissible: true));

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        Assert.Equal([EligibilityCodes.GrantRange], decision.Failures.Select(f => f.Code));
    }

    [Fact]
    public void ScreeningPlan_AgreesWithTheEvaluatorOnCappedRequests()
    {
        foreach (bool inadmissible in new[] { false, true })
        {
            FundingLineVersion version = Capped(inadmissible);
            ScreeningPlan plan = ScreeningPlan.Compile(RuleBook.Default.Find("komm-an-3", KommAn3)!, version, AsOf, FiscalYear.Of(2020));
            Assert.Equal(Decide(version).Outcome, plan.Screen(Caritas(requested: 36_000)));
        }
    }
}
