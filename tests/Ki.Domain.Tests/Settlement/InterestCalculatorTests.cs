namespace Ki.Domain.Tests.Settlement;

public sealed partial class InterestCalculatorTests
{
    private static readonly Euro TenThousand = Euro.FromEuros(10_000);

    private static InterestCalculator Act365 => InterestCalculator.Default;

    private static InterestCalculator ActAct => new(BaseRateTable.Default, DayCount.ActualActual, RoundingMode.Commercial);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Calculate_WhollyBefore2023_NegativeBaseRateLowersTheRateBelowThePoints()
    {
        // 10,000 EUR from 2020-03-15 to 2021-09-30: interest days 2020-03-16 .. 2021-09-30.
        // 2020-03-15 -> 2021-03-15 is 365 days (29 Feb 2020 lies before the start); 2021-03-15 -> 2021-09-30 is
        // 16 + 30 + 31 + 30 + 31 + 31 + 30 = 199 days; together 564 days.
        // Base rate -0.88 % the whole time (1 July 2016 to 31 December 2022), + 3 points = 2.12 % (not 3 %).
        // 10,000 x 2.12 % x 564 / 365 = 212 x 564 / 365 = 119,568 / 365 = 327.5835... EUR -> 327.58 EUR.
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2020, 3, 15), D(2021, 9, 30));

        Assert.Equal(564, result.Days);
        InterestPeriod period = Assert.Single(result.Periods);
        Assert.Equal(-0.88m, period.BaseRate.Percent);
        Assert.Equal(2.12m, period.RatePercent);
        Assert.Equal(564, period.Days);
        Assert.Equal(CentFraction.Of(11_956_800, 365), result.ExactInterest);
        Assert.Equal(Euro.FromCents(32_758), result.Interest);
        Assert.Equal(SettlementCodes.InterestCalculated, result.Code);
    }

    [Fact]
    public void Calculate_Across2023RateChanges_SplitsWithTheChangeDayAtTheNewRate()
    {
        // 10,000 EUR from 2022-12-15 to 2023-08-31 (259 days):
        //   2022-12-16 .. 2022-12-31:  16 days at -0.88 + 3 = 2.12 %  -> 212 x 16  =   3,392
        //   2023-01-01 .. 2023-06-30: 181 days at  1.62 + 3 = 4.62 %  -> 462 x 181 =  83,622
        //   2023-07-01 .. 2023-08-31:  62 days at  3.12 + 3 = 6.12 %  -> 612 x 62  =  37,944
        // (124,958 / 365) EUR = 342.3506... EUR -> 342.35 EUR.
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2022, 12, 15), D(2023, 8, 31));

        Assert.Equal(259, result.Days);
        Assert.Equal([16, 181, 62], result.Periods.Select(p => p.Days));
        Assert.Equal([2.12m, 4.62m, 6.12m], result.Periods.Select(p => p.RatePercent));
        Assert.Equal(D(2023, 1, 1), result.Periods[1].FirstDay);
        Assert.Equal(D(2023, 7, 1), result.Periods[2].FirstDay);
        Assert.Equal(CentFraction.Of(12_495_800, 365), result.ExactInterest);
        Assert.Equal(Euro.FromCents(34_235), result.Interest);
    }

    [Fact]
    public void Calculate_LeapYear_Act365AndActAct()
    {
        // 10,000 EUR from 2024-01-31 to 2024-03-31: interest days 1 Feb .. 31 Mar 2024 = 29 + 31 = 60 days,
        // base rate 3.62 % + 3 = 6.62 %: 662 x 60 = 39,720.
        // act/365: 39,720 / 365 = 108.8219... -> 108.82 EUR; act/act (2024 has 366 days): 39,720 / 366 = 108.5245... -> 108.52 EUR.
        InterestResult act365 = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 1, 31), D(2024, 3, 31));
        InterestResult actAct = ActAct.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 1, 31), D(2024, 3, 31));

        Assert.Equal(60, act365.Days);
        Assert.Equal(Euro.FromCents(10_882), act365.Interest);
        Assert.Equal("act/365", act365.DayCountName);
        Assert.Equal(365, Assert.Single(act365.Periods).YearDays);
        Assert.Equal(Euro.FromCents(10_852), actAct.Interest);
        Assert.Equal("act/act", actAct.DayCountName);
        Assert.Equal(366, Assert.Single(actAct.Periods).YearDays);
    }

    [Fact]
    public void Calculate_IssueExample_FourPeriods()
    {
        // 10,000 EUR from 2023-03-15 to 2024-09-30 (565 days):
        //   2023-03-16 .. 2023-06-30: 107 days at 4.62 % -> 462 x 107 =  49,434
        //   2023-07-01 .. 2023-12-31: 184 days at 6.12 % -> 612 x 184 = 112,608
        //   2024-01-01 .. 2024-06-30: 182 days at 6.62 % -> 662 x 182 = 120,484
        //   2024-07-01 .. 2024-09-30:  92 days at 6.37 % -> 637 x 92  =  58,604
        // act/365: 341,130 / 365 = 934.6027... -> 934.60 EUR.
        // act/act: 162,042 / 365 + 179,088 / 366 = 443.9507 + 489.3115 = 933.2622 -> 933.26 EUR.
        InterestResult act365 = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2023, 3, 15), D(2024, 9, 30));
        InterestResult actAct = ActAct.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2023, 3, 15), D(2024, 9, 30));

        Assert.Equal([107, 184, 182, 92], act365.Periods.Select(p => p.Days));
        Assert.Equal(Euro.FromCents(93_460), act365.Interest);
        Assert.Equal(Euro.FromCents(93_326), actAct.Interest);
    }

    [Fact]
    public void Calculate_ActAct_SplitsAtNewYearEvenWithoutARateChange()
    {
        // 2009-07-01 .. 2011-06-30 the base rate stayed at 0.12 %; under act/act the period still splits at each 1 January.
        InterestResult result = ActAct.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2009, 12, 1), D(2010, 1, 31));

        Assert.Equal([30, 31], result.Periods.Select(p => p.Days)); // 2 .. 31 December, 1 .. 31 January
        Assert.Equal(D(2010, 1, 1), result.Periods[1].FirstDay);
    }

    [Fact]
    public void Calculate_ZeroDays_ZeroInterestAndNoPeriod()
    {
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 5, 2), D(2024, 5, 2));

        Assert.Equal(0, result.Days);
        Assert.Empty(result.Periods);
        Assert.Equal(Euro.Zero, result.Interest);
    }

    [Fact]
    public void Calculate_OneDay_IsTheEndDay()
    {
        // Start 2022-12-31, end 2023-01-01: one interest day, 1 January 2023, at the new rate 4.62 %.
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2022, 12, 31), D(2023, 1, 1));

        InterestPeriod period = Assert.Single(result.Periods);
        Assert.Equal(4.62m, period.RatePercent);
        Assert.Equal(CentFraction.Of(46_200, 365), result.ExactInterest);
    }

    [Fact]
    public void Calculate_PartialRepayments_EachAmountEarnsUntilItsPaymentDay()
    {
        // 10,000 EUR owed from 2024-01-31; 4,000 EUR paid on 2024-02-29, the rest on 2024-03-31. Rate 6.62 %.
        //   4,000 EUR earns 2024-02-01 .. 2024-02-29 (29 days):  4,000 x 6.62 % x 29 / 365
        //   6,000 EUR earns 2024-02-01 .. 2024-03-31 (60 days):  6,000 x 6.62 % x 60 / 365
        // As balances: 10,000 for 29 days + 6,000 for 31 days = (662 x 29 + 397.2 x 31) / 365 = (19,198 + 12,313.2) / 365 = 86.3320... -> 86.33 EUR.
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 1, 31), D(2024, 3, 31),
            [new Payment(D(2024, 3, 31), Euro.FromEuros(6_000)), new Payment(D(2024, 2, 29), Euro.FromEuros(4_000))]);

        Assert.Equal([TenThousand, Euro.FromEuros(6_000)], result.Periods.Select(p => p.Amount));
        Assert.Equal([29, 31], result.Periods.Select(p => p.Days));
        CentFraction perAmount = InterestCalculator.Exact(Euro.FromEuros(4_000), 6.62m, 29, 365) + InterestCalculator.Exact(Euro.FromEuros(6_000), 6.62m, 60, 365);
        Assert.Equal(perAmount, result.ExactInterest);
        Assert.Equal(Euro.FromCents(8_633), result.Interest);
    }

    [Fact]
    public void Calculate_PaidInFullBeforeTheEnd_NoInterestAfterThePayment()
    {
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 1, 31), D(2024, 12, 31),
            [new Payment(D(2024, 3, 31), TenThousand)]);

        Assert.Equal(Euro.FromCents(10_882), result.Interest);
        Assert.Equal(D(2024, 3, 31), result.Periods[^1].LastDay);
    }

    [Fact]
    public void Calculate_AfterTheTablesLastKnownDay_InterestIsUnknownNotZero()
    {
        InterestResult result = Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2026, 5, 31), D(2026, 8, 31));

        Assert.False(result.IsKnown);
        Assert.Null(result.Interest);
        Assert.Equal(SettlementCodes.BaseRateUnknown, result.Code);
        Assert.Equal(D(2026, 6, 30), Assert.Single(result.Periods).LastDay);
        Assert.Contains("2026-07-01", result.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_BeforeTheRulesFirstPoints_InterestIsUnknown()
    {
        var rule = new InterestRule(new LocalizedText("Test", "Test"), "§ 1 Test",
            [new InterestMargin(D(2024, 1, 1), 5m, new SourceReference("Test decision", Confidence.Verified))]);

        InterestResult result = Act365.Calculate(rule, TenThousand, D(2023, 12, 1), D(2024, 2, 1));

        Assert.Equal(SettlementCodes.PointsUnknown, result.Code);
        Assert.Null(result.Interest);
    }

    [Fact]
    public void Calculate_PointsChange_SplitsAtTheChange()
    {
        var rule = new InterestRule(new LocalizedText("Test", "Test"), "§ 1 Test",
        [
            new InterestMargin(D(2002, 1, 1), 5m, new SourceReference("Old text", Confidence.Uncertain)),
            new InterestMargin(D(2024, 2, 15), 3m, new SourceReference("New text", Confidence.Verified)),
        ]);

        InterestResult result = Act365.Calculate(rule, TenThousand, D(2024, 1, 31), D(2024, 3, 31));

        Assert.Equal([8.62m, 6.62m], result.Periods.Select(p => p.RatePercent));
        Assert.Equal([14, 46], result.Periods.Select(p => p.Days));
    }

    [Fact]
    public void Calculate_RateBelowZero_PeriodEarnsNothingAndSaysSo()
    {
        // 0 points on a negative base rate: the rate would be -0.88 %; interest is never negative.
        InterestRule rule = InterestRule.RepaymentNrw.WithPoints(0m, new SourceReference("What-if", Confidence.Derived));

        InterestResult result = Act365.Calculate(rule, TenThousand, D(2020, 1, 1), D(2020, 12, 31));

        InterestPeriod period = Assert.Single(result.Periods);
        Assert.True(period.IsRateBelowZero);
        Assert.True(period.Interest.IsZero);
        Assert.Contains(SettlementCodes.RateBelowZero, period.Text.English, StringComparison.Ordinal);
        Assert.Equal(Euro.Zero, result.Interest);
    }

    [Fact]
    public void Calculate_Rounding_IsStatedAndApplied()
    {
        // 124,958 / 365 EUR = 342.3506... : commercial and floor give 342.35, ceiling 342.36.
        InterestResult ceiling = new InterestCalculator(BaseRateTable.Default, DayCount.Actual365, RoundingMode.Ceiling)
            .Calculate(InterestRule.RepaymentNrw, TenThousand, D(2022, 12, 15), D(2023, 8, 31));

        Assert.Equal(Euro.FromCents(34_236), ceiling.Interest);
        Assert.Equal(RoundingMode.Ceiling, ceiling.Rounding);
        TextAssert.Contains(ceiling.Reason, "aufgerundet", "act/365");
        Assert.Contains("§ 49a Abs. 3 VwVfG NRW", ceiling.Reason.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_BadInput_ThrowsNamingTheArgument()
    {
        Assert.Throws<ArgumentOutOfRangeException>("amount", () => Act365.Calculate(InterestRule.RepaymentNrw, Euro.FromEuros(-1), D(2024, 1, 1), D(2024, 2, 1)));
        Assert.Throws<ArgumentException>("end", () => Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 2, 1), D(2024, 1, 1)));
        Assert.Throws<ArgumentException>("payments", () => Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 1, 1), D(2024, 2, 1),
            [new Payment(D(2024, 1, 10), Euro.FromEuros(10_001))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Act365.Calculate(InterestRule.RepaymentNrw, TenThousand, D(2024, 1, 1), D(2024, 2, 1),
            [new Payment(D(2024, 2, 2), Euro.FromEuros(1))]));
        Assert.Throws<ArgumentOutOfRangeException>("dayCount", () => new InterestCalculator(BaseRateTable.Default, default, RoundingMode.Commercial));
    }

    [Fact]
    public void DefaultTable_HoldsThePublishedValues()
    {
        BaseRateTable table = BaseRateTable.Default;

        Assert.Equal(-0.88m, table.Find(D(2022, 12, 31))!.Percent);
        Assert.Equal(1.62m, table.Find(D(2023, 1, 1))!.Percent);
        Assert.Equal(3.12m, table.Find(D(2023, 7, 1))!.Percent);
        Assert.Equal(3.62m, table.Find(D(2024, 1, 1))!.Percent);
        Assert.Equal(3.37m, table.Find(D(2024, 7, 1))!.Percent);
        Assert.Equal(2.27m, table.Find(D(2025, 1, 1))!.Percent);
        Assert.Equal(1.27m, table.Find(D(2026, 1, 1))!.Percent);
        Assert.Equal(0.12m, table.Find(D(2010, 6, 1))!.Percent);
        Assert.Null(table.Find(D(2001, 12, 31)));
        Assert.Null(table.Find(D(2026, 7, 1)));
        Assert.Contains("Deutsche Bundesbank", table.Source.Citation, StringComparison.Ordinal);
        Assert.True(table.Find(D(2003, 2, 1))!.Source.IsUncertain);
        Assert.All(table.Rates, r => Assert.True(r.From.Day == 1 && r.From.Month is 1 or 7 || r.From == D(2003, 1, 1)));
    }

    [Fact]
    public void NrwRules_PointsAreDatedCitedAndMarkedUncertain()
    {
        foreach (InterestRule rule in new[] { InterestRule.RepaymentNrw, InterestRule.InterimNrw })
        {
            InterestMargin margin = Assert.Single(rule.Margins);
            Assert.Equal(3m, margin.Points);
            Assert.True(margin.Source.IsUncertain);
            Assert.Contains("recht.nrw.de", margin.Source.Citation, StringComparison.Ordinal);
        }

        Assert.Contains("Abs. 4", InterestRule.InterimNrw.LegalReference, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_BadInput_Throws()
    {
        var source = new SourceReference("Test", Confidence.Verified);
        Assert.Throws<ArgumentException>("rates", () => new BaseRateTable([], D(2024, 1, 1), source));
        Assert.Throws<ArgumentException>("rates", () => new BaseRateTable([new BaseRate(D(2024, 1, 1), 1m, source), new BaseRate(D(2023, 7, 1), 1m, source)], D(2024, 6, 30), source));
        Assert.Throws<ArgumentException>("knownUntil", () => new BaseRateTable([new BaseRate(D(2024, 1, 1), 1m, source)], D(2023, 12, 31), source));
        Assert.Throws<ArgumentException>("source", () => new BaseRate(D(2024, 1, 1), 1m, default));
    }
}
