using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Mutation;

/// <summary>
/// The mutants of all/any that lived through the Stryker run of 29.11.2026 (Eligibility, 21 mutants tested): an
/// all-criterion reporting the code of any, its title emptied, and a null part accepted when the combination is made.
/// </summary>
public sealed class CombinationSurvivorTests
{
    private static CriterionResult Evaluate(Criterion criterion, Application application)
    {
        var rules = new RuleSet(application.LineId, KommAn3.Validity.Start, [criterion]);
        return EligibilityEvaluator.Evaluate(application, KommAn3, rules, AsOf).Results.Single();
    }

    [Fact]
    public void AllAndAny_CarryTheirOwnCodes()
    {
        Assert.Equal("KI-ELIG-ALL", new AllCriterion([new NonProfitCriterion()]).Code);
        Assert.Equal("KI-ELIG-ANY", new AnyCriterion([new NonProfitCriterion()]).Code);
    }

    [Fact]
    public void AllCriterion_Failed_SaysAllConditionsInBothLanguages()
    {
        // Caritas is non-profit and states that it runs no KI: the second part fails, so "all conditions" is not met.
        Application caritas = Caritas();
        Application noKi = new(caritas.Id, new Applicant("Caritas Soest", ApplicantKind.WelfareAssociation) { IsNonProfit = true, RunsIntegrationCentre = false },
            caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount);
        CriterionResult result = Evaluate(new AllCriterion([new NonProfitCriterion(), new IntegrationCentreCriterion()]), noKi);

        Assert.Equal(CriterionOutcome.Fail, result.Outcome);
        Assert.Equal("KI-ELIG-ALL", result.Code);
        Assert.StartsWith("Alle Bedingungen: nicht erfüllt", result.Message.German, StringComparison.Ordinal);
        Assert.StartsWith("All conditions: not met", result.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AllAndAny_WithANullPart_AreRefusedNamingTheParts()
    {
        ArgumentNullException all = Assert.Throws<ArgumentNullException>(() => new AllCriterion([new NonProfitCriterion(), null!]));
        ArgumentNullException any = Assert.Throws<ArgumentNullException>(() => new AnyCriterion([null!]));

        Assert.Equal("parts", all.ParamName);
        Assert.Equal("parts", any.ParamName);
    }
}
