namespace Ki.Domain.Tests.Settlement;

/// <summary>
/// The worked examples in docs/examples/settlement-*.json, settled end to end as the Bezirksregierung would; every
/// figure is worked out by hand in the comments.
/// </summary>
public sealed class SettlementCalculatorTests
{
    private static SettlementCase Example(string name) =>
        SettlementJson.ReadCase(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", $"settlement-{name}.json")));

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Settle_ShareLowerCosts_LateRepaymentAcrossThe2023RateChanges()
    {
        // Anteil 90 %: 72,000 x 70,000 / 80,000 = 63,000 final; paid 72,000, so 9,000 to repay.
        // Ineffective 2022-12-15, repaid in full on 2023-08-31: interest days 2022-12-16 .. 2023-08-31 on 9,000 EUR:
        //   16 days at -0.88 + 3 = 2.12 %:  9,000 x 2.12 % x 16 / 365  =   3,052.8 / 365
        //  181 days at  1.62 + 3 = 4.62 %:  9,000 x 4.62 % x 181 / 365 =  75,259.8 / 365
        //   62 days at  3.12 + 3 = 6.12 %:  9,000 x 6.12 % x 62 / 365  =  34,149.6 / 365
        //  together 112,462.2 / 365 = 308.1156... EUR -> 308.12 EUR (rounded once, commercially).
        SettlementResult result = SettlementCalculator.Default.Settle(Example("share-lower-costs"));

        Assert.Equal(Euro.FromEuros(63_000), result.FinalGrant.FinalGrant);
        Assert.Equal(Euro.FromEuros(9_000), result.Overpayment);
        Assert.Equal(Euro.Zero, result.Outstanding);
        Assert.Equal(SettlementCodes.Repayment, result.Code);
        InterestResult interest = Assert.IsType<InterestResult>(result.RepaymentInterest);
        Assert.Equal([16, 181, 62], interest.Periods.Select(p => p.Days));
        Assert.Equal(CentFraction.Of(11_246_220, 365), interest.ExactInterest);
        Assert.Equal(Euro.FromCents(30_812), interest.Interest);
        TextAssert.Contains(result.Reason, "§ 49a Abs. 3 VwVfG NRW", "§ 49a(3) VwVfG NRW");
        Assert.Empty(result.LateUseInterest);
    }

    [Fact]
    public void Settle_DeficitNewFunder_PartialRepaymentStopsInterestOnItsPart()
    {
        // Fehlbedarf: gap 50,000 - 10,000 = 40,000 planned, 50,000 - 16,000 = 34,000 actual: final 34,000, 6,000 to repay.
        // Ineffective 2024-03-31 (the foundation paid), 3,000 repaid on 2024-06-30, as of 2024-09-30:
        //   2024-04-01 .. 2024-06-30:  91 days on 6,000 at 3.62 + 3 = 6.62 %: 6,000 x 6.62 % x 91 / 365 = 36,145.2 / 365
        //   2024-07-01 .. 2024-09-30:  92 days on 3,000 at 3.37 + 3 = 6.37 %: 3,000 x 6.37 % x 92 / 365 = 17,581.2 / 365
        //   together 53,726.4 / 365 = 147.1956... EUR -> 147.20 EUR; 3,000 still outstanding.
        SettlementResult result = SettlementCalculator.Default.Settle(Example("deficit-new-funder"));

        Assert.Equal(Euro.FromEuros(34_000), result.FinalGrant.FinalGrant);
        Assert.Equal(Euro.FromEuros(6_000), result.Overpayment);
        Assert.Equal(Euro.FromEuros(3_000), result.Outstanding);
        InterestResult interest = Assert.IsType<InterestResult>(result.RepaymentInterest);
        Assert.Equal([(91, Euro.FromEuros(6_000)), (92, Euro.FromEuros(3_000))], interest.Periods.Select(p => (p.Days, p.Amount)));
        Assert.Equal(CentFraction.Of(5_372_640, 365), interest.ExactInterest);
        Assert.Equal(Euro.FromCents(14_720), interest.Interest);
    }

    [Fact]
    public void Settle_FixedPostsWithAnUnfilledPost_AndALatePayoutEarnsZwischenzinsen()
    {
        // 5 x 57,000 + 1 x 22,500 = 307,500 awarded; 4.5 specialist posts filled: 4.5 x 57,000 + 22,500 = 279,000; 28,500 to repay.
        // No repayment dates in the file: the claim stands, no interest on it is calculated.
        // Payout 1 (2024-01-15, used 2024-03-10) is within two months (2024-03-15). Payout 2 (2024-07-15) was used on
        // 2024-10-31, after 2024-09-15: Zwischenzinsen from 2024-07-16 to 2024-10-31 = 16 + 31 + 30 + 31 = 108 days at
        // 3.37 + 3 = 6.37 %: 153,750 x 6.37 % x 108 / 365 = 1,057,738.5 / 365 = 2,897.913... EUR -> 2,897.91 EUR.
        SettlementResult result = SettlementCalculator.Default.Settle(Example("fixed-posts"));

        Assert.Equal(Euro.FromEuros(279_000), result.FinalGrant.FinalGrant);
        Assert.Equal(Euro.FromEuros(28_500), result.Overpayment);
        Assert.Null(result.RepaymentInterest);
        Assert.Contains("ohne den Tag der Unwirksamkeit", result.Reason.German, StringComparison.Ordinal);
        InterestResult late = Assert.Single(result.LateUseInterest);
        Assert.Equal(108, late.Days);
        Assert.Equal(6.37m, Assert.Single(late.Periods).RatePercent);
        Assert.Equal(Euro.FromCents(289_791), late.Interest);
        Assert.Equal(InterestRule.InterimNrw, late.Rule);
    }

    [Fact]
    public void Settle_PaidLessThanTheFinalGrant_NothingToRepay_NoInterest()
    {
        // Final 34,000, paid 30,000: nothing to repay even though dates are given.
        var proof = new ProofOfUse("x", FinancingType.Deficit, Euro.FromEuros(40_000), Euro.FromEuros(30_000),
            [new CostItem("all", "Ausgaben", Euro.FromEuros(50_000), Euro.FromEuros(50_000))],
            [new FundsLine("own", "Eigenmittel", FundsKind.Own, Euro.FromEuros(10_000), Euro.FromEuros(16_000))]);
        var settlement = new SettlementCase(proof) { Repayment = new RepaymentClaim(D(2024, 3, 31), D(2024, 9, 30), []) };

        SettlementResult result = SettlementCalculator.Default.Settle(settlement);

        Assert.Equal(SettlementCodes.NothingToRepay, result.Code);
        Assert.Equal(Euro.Zero, result.Overpayment);
        Assert.Null(result.RepaymentInterest);
    }

    [Fact]
    public void Settle_RepaidMoreThanTheOverpayment_IsReported_NoInterestGuessed()
    {
        // Overpayment 6,000 (as in the new-funder case), but 7,000 were repaid: 1,000 too much, said, not interest-bearing.
        var proof = new ProofOfUse("x", FinancingType.Deficit, Euro.FromEuros(40_000), Euro.FromEuros(40_000),
            [new CostItem("all", "Ausgaben", Euro.FromEuros(50_000), Euro.FromEuros(50_000))],
            [new FundsLine("own", "Eigenmittel", FundsKind.Own, Euro.FromEuros(10_000), Euro.FromEuros(16_000))]);
        var settlement = new SettlementCase(proof)
        {
            Repayment = new RepaymentClaim(D(2024, 3, 31), D(2024, 9, 30), [new Payment(D(2024, 6, 30), Euro.FromEuros(7_000))]),
        };

        SettlementResult result = SettlementCalculator.Default.Settle(settlement);

        Assert.Equal(SettlementCodes.RepaidTooMuch, result.Code);
        Assert.Equal(Euro.FromEuros(-1_000), result.Outstanding);
        Assert.Null(result.RepaymentInterest);
        Assert.Contains("um 1.000,00 €", result.Reason.German, StringComparison.Ordinal);
    }

    [Fact]
    public void RepaymentClaim_AsOfBeforeIneffective_Throws() =>
        Assert.Throws<ArgumentException>("asOf", () => new RepaymentClaim(D(2024, 3, 31), D(2024, 3, 30), []));

    [Fact]
    public void RepaymentClaim_PaymentAfterAsOf_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepaymentClaim(D(2024, 3, 31), D(2024, 9, 30), [new Payment(D(2024, 10, 1), Euro.FromEuros(1))]));
}
