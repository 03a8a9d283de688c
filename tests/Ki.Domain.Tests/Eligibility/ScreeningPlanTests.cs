using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

public sealed class ScreeningPlanTests
{
    [Property(MaxTest = 200)]
    public Property Screen_RandomRulesAndApplications_AgreesWithTheEvaluator()
    {
        Gen<(RuleSet, Application[], int)> cases =
            from rules in EligibilityGen.RuleSets
            from applications in EligibilityGen.Applications("komm-an-3").ArrayOf(20)
            from asOfDay in Gen.Choose(0, 365)
            select (rules, applications, asOfDay);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (RuleSet rules, Application[] applications, int day) = c;
            LocalDate asOf = new LocalDate(2020, 1, 1).PlusDays(day);
            ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, asOf, FiscalYear.Of(2020));
            var outcomes = new EligibilityOutcome[applications.Length];
            plan.Screen(applications, outcomes);
            return applications.Select(a => EligibilityEvaluator.Evaluate(a, KommAn3, rules, asOf).Outcome).SequenceEqual(outcomes);
        });
    }

    [Fact]
    public void Screen_DefaultKommAnIIIRules_AgreesOnTheFixture()
    {
        RuleSet rules = RuleBook.Default.Find("komm-an-3", KommAn3)!;
        ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020));

        Assert.Equal(EligibilityOutcome.Eligible, plan.Screen(Caritas()));
        Assert.Equal(EligibilityOutcome.NotEligible, plan.Screen(Caritas(requested: 4_000)));
    }

    [Fact]
    public void Screen_ApplicationOfAnotherYear_Throws()
    {
        RuleSet rules = RuleBook.Default.Find("komm-an-3", KommAn3)!;
        ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2021));

        Assert.Throws<ArgumentException>(() => plan.Screen(Caritas()));
    }

    [Fact]
    public void Compile_DeadlineInTheYearBeforeFiscalYearOne_ThrowsAtOnceNamingTheYears()
    {
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(12, 31), -1))]);

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(1)));

        Assert.Contains("1 and 9999", error.Message, StringComparison.Ordinal);
        Assert.NotNull(ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2)));
    }

    [Fact]
    public void Screen_ShortOutcomeSpan_Throws()
    {
        ScreeningPlan plan = ScreeningPlan.Compile(RuleBook.Default.Find("komm-an-3", KommAn3)!, KommAn3, AsOf, FiscalYear.Of(2020));

        Assert.Throws<ArgumentException>("outcomes", () => plan.Screen([Caritas()], Span<EligibilityOutcome>.Empty));
    }
}
