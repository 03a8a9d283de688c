using Ki.Domain.Money;
using Ki.Domain.Settlement;
using Ki.Domain.Tests.Support;
using NodaTime;

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
}
