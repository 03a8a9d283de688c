namespace Ki.Domain.Tests.Eligibility;

/// <summary>
/// Pins every German and English text of whole decisions on the example applications, so a faster formatter cannot
/// change a character: the decision's message and, per criterion, code, outcome, actual and required value and message.
/// </summary>
public sealed class ExplanationTextTests
{
    private static readonly LocalDate AsOf = new(2020, 2, 1);

    [Theory]
    [InlineData("application-not-eligible.json", "not-eligible")]
    [InlineData("application-eligible.json", "eligible")]
    public void Evaluate_Example_AllTextsAsPinned(string example, string pinned) =>
        Assert.Equal(Pinned(pinned), Render(EligibilityEvaluator.Default.Evaluate(Example(example), AsOf)));

    [Fact]
    public void Evaluate_MissingFacts_AllTextsAsPinned()
    {
        Application full = Example("application-eligible.json");
        Application application = new(full.Id, new Applicant(full.Applicant.Name, full.Applicant.Kind), full.LineId, full.FiscalYear, full.RequestedAmount)
        {
            EligibleCosts = full.EligibleCosts,
            OwnContribution = full.OwnContribution,
        };

        Assert.Equal(Pinned("missing-facts"), Render(EligibilityEvaluator.Default.Evaluate(application, AsOf)));
    }

    /// <summary>The pinned texts in TestData/Explanations: the decision, then per criterion its code and outcome and six texts.</summary>
    private static string Pinned(string name) =>
        File.ReadAllText(RepositoryPaths.Combine("tests", "Ki.Domain.Tests", "TestData", "Explanations", name + ".txt")).ReplaceLineEndings("\n").TrimEnd('\n');

    private static Application Example(string name) =>
        EligibilityJson.ReadApplication(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name)));

    private static string Render(EligibilityDecision decision)
    {
        var text = new StringBuilder();
        text.Append(decision.Code).Append('\n');
        text.Append(decision.Message.German).Append('\n');
        text.Append(decision.Message.English).Append('\n');
        foreach (CriterionResult result in decision.Results)
        {
            text.Append(result.Code).Append(' ').Append(result.Outcome).Append('\n');
            text.Append(result.Actual.German).Append('\n');
            text.Append(result.Actual.English).Append('\n');
            text.Append(result.Required.German).Append('\n');
            text.Append(result.Required.English).Append('\n');
            text.Append(result.Message.German).Append('\n');
            text.Append(result.Message.English).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
