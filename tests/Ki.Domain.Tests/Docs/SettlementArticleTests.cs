namespace Ki.Domain.Tests.Docs;

/// <summary>Keeps the code in docs/settlement.md compiling and true.</summary>
public sealed class SettlementArticleTests
{
    private static readonly string Article = File.ReadAllText(RepositoryPaths.Combine("docs", "settlement.md"));

    [Fact]
    public void LateRepaymentAcross2023_AsTheArticleSays()
    {
        // --- docs/settlement.md: late repayment ---
        InterestResult late = InterestCalculator.Default.Calculate(
            InterestRule.RepaymentNrw, Euro.FromEuros(10_000), new LocalDate(2022, 12, 15), new LocalDate(2023, 8, 31));
        // --- end ---

        Assert.Equal([16, 181, 62], late.Periods.Select(p => p.Days));
        Assert.Equal([2.12m, 4.62m, 6.12m], late.Periods.Select(p => p.RatePercent));
        Assert.Equal("2499160/73", late.ExactInterest.ToString());
        Assert.Equal(Euro.FromCents(34_235), late.Interest);
        Assert.Contains("InterestRule.RepaymentNrw, Euro.FromEuros(10_000), new LocalDate(2022, 12, 15), new LocalDate(2023, 8, 31));", Article, StringComparison.Ordinal);
        Assert.Contains("// late.ExactInterest: 2499160/73 (cents, = 12495800/365); late.Interest: 342.35", Article, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareWhoseCostsCameInLower_AsTheArticleSays()
    {
        // --- docs/settlement.md: final grant ---
        ProofOfUse proof = new("KOMM-AN-2022-III-041", FinancingType.Share, Euro.FromEuros(72_000), Euro.FromEuros(72_000),
            [new CostItem("staff", "Personalausgaben", Euro.FromEuros(60_000), Euro.FromEuros(58_000)),
             new CostItem("material", "Sachausgaben", Euro.FromEuros(20_000), Euro.FromEuros(12_000))],
            [new FundsLine("own", "Eigenanteil der Kommune", FundsKind.Own, Euro.FromEuros(8_000), Euro.FromEuros(8_000))]);
        FinalGrantResult settled = FinalGrantCalculator.Default.Calculate(proof);
        // --- end ---

        Assert.Equal(Euro.FromEuros(63_000), settled.FinalGrant);
        Assert.Equal(Euro.FromEuros(9_000), settled.Overpayment);
        Assert.Equal(SettlementCodes.Reduced, settled.Code);
        Assert.Contains("FinalGrantResult settled = FinalGrantCalculator.Default.Calculate(proof);", Article, StringComparison.Ordinal);
        Assert.Contains("Console.WriteLine(settled.FinalGrant);   // 63000.00", Article, StringComparison.Ordinal);
        Assert.Contains("Console.WriteLine(settled.Overpayment);  // 9000.00", Article, StringComparison.Ordinal);
        Assert.Equal("63000.00", settled.FinalGrant.ToString());
        Assert.Equal("9000.00", settled.Overpayment.ToString());

        // The same case as the example file gives the same figures.
        SettlementCase file = SettlementJson.ReadCase(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", "settlement-share-lower-costs.json")));
        Assert.Equal(settled.FinalGrant, FinalGrantCalculator.Default.Calculate(file.Proof).FinalGrant);
    }

    [Theory]
    [InlineData("share-lower-costs", "**63,000**", "**308.12**")]
    [InlineData("deficit-new-funder", "**34,000**", "**147.20**")]
    [InlineData("fixed-posts", "**279,000**", "**2,897.91**")]
    public void WorkedExamplesTable_ShowsWhatTheLibraryComputes(string name, string finalGrant, string interest)
    {
        SettlementResult result = SettlementCalculator.Default.Settle(
            SettlementJson.ReadCase(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", $"settlement-{name}.json"))));
        Euro shownInterest = result.RepaymentInterest?.Interest ?? result.LateUseInterest.Single().Interest!.Value;
        string row = Assert.Single(Article.Split('\n'), l => l.StartsWith($"| `settlement-{name}.json`", StringComparison.Ordinal));

        Assert.Contains(finalGrant, row, StringComparison.Ordinal);
        Assert.Contains(interest, row, StringComparison.Ordinal);
        Assert.Equal(finalGrant.Trim('*').Replace(",", string.Empty, StringComparison.Ordinal) + ".00", result.FinalGrant.FinalGrant.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(interest.Trim('*').Replace(",", string.Empty, StringComparison.Ordinal), shownInterest.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CallOffExample_AsTheArticleSays()
    {
        // Award 72,000 of 80,000 (90 %), payout 2024-03-01; 10,000 due on 15 March, 30 April, 1 May, 2 May; 36,000 asked.
        var request = new CallOffRequest(FinancingType.Share, Euro.FromEuros(72_000), Euro.FromEuros(80_000), Euro.FromEuros(8_000), new LocalDate(2024, 3, 1),
        [
            new DuePayment("a", new LocalDate(2024, 3, 15), Euro.FromEuros(10_000)), new DuePayment("b", new LocalDate(2024, 4, 30), Euro.FromEuros(10_000)),
            new DuePayment("c", new LocalDate(2024, 5, 1), Euro.FromEuros(10_000)), new DuePayment("d", new LocalDate(2024, 5, 2), Euro.FromEuros(10_000)),
        ])
        { Requested = Euro.FromEuros(36_000) };

        CallOffResult result = new CallOffPlanner(RoundingMode.Commercial).Plan(request);

        Assert.Equal(Euro.FromEuros(27_000), result.Allowed);
        Assert.Equal(Euro.FromEuros(9_000), result.Excess);
        Assert.Contains("27,000 may be called off, a request of\n36,000 is 9,000 too early", Article.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
