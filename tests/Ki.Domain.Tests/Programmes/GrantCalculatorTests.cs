using NodaTime.Testing;

namespace Ki.Domain.Tests.Programmes;

public sealed partial class GrantCalculatorTests
{
    private static readonly SourceReference Src = new("test citation", Confidence.Verified);
    private static readonly GrantCalculator Calculator = new(new FakeClock(Instant.FromUtc(2020, 6, 1, 12, 0)), RoundingMode.Commercial);
    private static readonly ProgrammeCatalogue Catalogue = ProgrammeCatalogue.Default;

    private static FundingLine Line(string id) => Catalogue.TryFindLine(id, out FundingLine? line) ? line : throw new InvalidOperationException(id);

    private static Euro E(long euros) => Euro.FromEuros(euros);

    private static ImmutableDictionary<string, decimal> Units(params (string Id, decimal Count)[] units) =>
        units.ToImmutableDictionary(u => u.Id, u => u.Count, StringComparer.Ordinal);

    private static FundingLineVersion Version(FinancingType type, decimal? rate = null, long? cap = null, long? minimum = null, long? fixedAmount = null) =>
        new(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), new Figure<FinancingType>(type, Src))
        {
            Rate = rate is { } r ? new Figure<decimal>(r, Src) : null,
            Cap = cap is { } c ? new Figure<Euro>(E(c), Src) : null,
            MinimumGrant = minimum is { } m ? new Figure<Euro>(E(m), Src) : null,
            FixedAmount = fixedAmount is { } f ? new Figure<Euro>(E(f), Src) : null,
        };

    /// <summary>A KI staff grant in 2024 for 6 specialist posts and one half administrative post, asking for 500,000 EUR.</summary>
    private static GrantResult SixPostsAndAHalfPost(ApplicantKind kind) =>
        Calculator.Calculate(Line("ki-2023-staff"), new GrantRequest(E(500_000))
        {
            Units = Units(("specialist-post", 6m), ("half-admin-post", 1m)),
            ApplicantKind = kind,
            On = new LocalDate(2024, 1, 1),
        });

    [Fact]
    public void Calculate_KreisMaximumKiGrant_Is364500()
    {
        GrantResult result = SixPostsAndAHalfPost(ApplicantKind.Kreis);

        Assert.Equal(GrantCodes.Granted, result.Code);
        Assert.Equal(E(364_500), result.Grant);
        Assert.Equal([E(500_000), E(342_000), E(22_500), E(364_500)], result.Steps.Select(s => s.Amount!.Value));
        Assert.False(result.UnitLimitApplied);
    }

    [Fact]
    public void Calculate_KreisfreieStadtAskingForSixPosts_IsLimitedToFiveAnd307500()
    {
        GrantResult result = SixPostsAndAHalfPost(ApplicantKind.KreisfreieStadt);

        Assert.Equal(E(307_500), result.Grant);
        Assert.True(result.UnitLimitApplied);
        GrantStep limit = Assert.Single(result.Steps, s => s.Name == "unit-limit");
        TextAssert.Contains(limit.Text, "höchstens 5", "at most 5");
    }

    [Fact]
    public void Calculate_InterpreterPoolOnTopOfStaff_Adds50000ForAKreisfreieStadt()
    {
        var on = new LocalDate(2024, 1, 1);
        GrantResult staff = Calculator.Calculate(Line("ki-2023-staff"), new GrantRequest(E(400_000))
        {
            Units = Units(("specialist-post", 5m), ("half-admin-post", 1m)),
            ApplicantKind = ApplicantKind.KreisfreieStadt,
            On = on,
        });
        GrantResult pool = Calculator.Calculate(Line("ki-2023-interpreter-pool"), new GrantRequest(E(60_000)) { Units = Units(("interpreter-pool", 1m)), On = on });
        GrantResult smallPool = Calculator.Calculate(Line("ki-2023-interpreter-pool"), new GrantRequest(E(30_000)) { Units = Units(("interpreter-pool", 1m)), On = on });

        Assert.Equal(E(307_500), staff.Grant);
        Assert.Equal(E(50_000), pool.Grant);
        Assert.Equal(E(357_500), staff.Grant + pool.Grant);
        Assert.Equal(E(30_000), smallPool.Grant);
        Assert.True(smallPool.CostLimitApplied);
    }

    [Fact]
    public void Calculate_KommAnIIIMeasureWorth4000_GetsNoGrantBelowMinimum()
    {
        GrantResult result = Calculator.Calculate(Line("komm-an-3"), new GrantRequest(Euro.FromDecimal(4_444.44m)) { On = new LocalDate(2019, 3, 1) });

        Assert.Equal(GrantOutcome.NoGrant, result.Outcome);
        Assert.Equal(GrantCodes.BelowMinimum, result.Code);
        Assert.True(result.BelowMinimum);
        Assert.Equal(Euro.Zero, result.Grant);
        Assert.Equal(E(4_000), result.Steps.Single(s => s.Name == "rate").Amount);
        TextAssert.Contains(result.Reason, "5.000,00 €", "5000.00 EUR");
    }

    [Fact]
    public void Calculate_KommAnIIIExampleFromTheBrief_Grants10800()
    {
        GrantResult result = Calculator.Calculate(Line("komm-an-3"), new GrantRequest(E(12_000))
        {
            OwnContribution = E(2_000),
            ThirdPartyFunds = E(500),
        });

        Assert.Equal(Euro.FromDecimal(10_800m), result.Grant);
        Assert.Equal(new LocalDate(2020, 6, 1), result.On);
        Assert.Equal("grant = min(rate × eligible costs, cap)", result.Formula);
    }

    [Fact]
    public void Calculate_KommAnIIIWithPosts_AddsTheFlatMaterialCostsToEligibleCosts()
    {
        GrantResult result = Calculator.Calculate(Line("komm-an-3"), new GrantRequest(E(50_000)) { Units = Units(("post-material-flat", 1.5m)) });

        Assert.Equal(E(13_200), result.Steps.Single(s => s.Name == "flat-costs").Amount);
        Assert.Equal(Euro.FromDecimal(56_880m), result.Grant); // 0.9 × (50,000 + 1.5 × 8,800)
    }

    [Fact]
    public void Calculate_IntegrationspauschaleByKey_SaysTheKeyDecides()
    {
        GrantResult result = Calculator.Calculate(Line("integrationspauschale-2018"), new GrantRequest(E(80_000)) { On = new LocalDate(2018, 11, 1) });

        Assert.Equal(GrantCodes.DeterminedByDistributionKey, result.Code);
        Assert.False(result.IsGranted);
    }

    [Fact]
    public void Calculate_DateBeforeAnyVersion_AnswersNotInForce()
    {
        GrantResult result = Calculator.Calculate(Line("ki-2023-staff"), new GrantRequest(E(1_000)) { On = new LocalDate(2016, 6, 1) });

        Assert.Equal(GrantCodes.NotInForce, result.Code);
        Assert.Null(result.Version);
        Assert.Empty(result.Steps);
        Assert.Contains("01.06.2016", result.Reason.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_WithoutDate_UsesTheInjectedClockInGermanTime()
    {
        // 31.12.2017 23:30 UTC is already 1 January 2018 in Germany: the 2018 version of komm-an-1 applies.
        var calculator = new GrantCalculator(new FakeClock(Instant.FromUtc(2017, 12, 31, 23, 30)), RoundingMode.Commercial);
        GrantResult result = calculator.Calculate(Line("komm-an-1"), new GrantRequest(E(1_000)));

        Assert.Equal(new LocalDate(2018, 1, 1), result.On);
        Assert.Equal(new LocalDate(2018, 1, 1), result.Version!.Validity.Start);
    }

    [Fact]
    public void Calculate_ShareWithCap_AppliesTheCapAndSaysSo()
    {
        GrantResult result = Calculator.Calculate("x", Version(FinancingType.Share, rate: 0.8m, cap: 5_000), new GrantRequest(E(10_000)));

        Assert.Equal(E(5_000), result.Grant);
        Assert.True(result.CapApplied);
        Assert.Contains("Cap of 5000.00 EUR applied (calculated 8000.00 EUR)", result.Steps.Single(s => s.Name == "cap-applied").Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ShareBelowCap_ReportsTheCapAsNotReached()
    {
        GrantResult result = Calculator.Calculate("x", Version(FinancingType.Share, rate: 0.5m, cap: 5_000), new GrantRequest(E(8_000)));

        Assert.Equal(E(4_000), result.Grant);
        Assert.False(result.CapApplied);
        Assert.Single(result.Steps, s => s.Name == "cap");
    }

    [Fact]
    public void Calculate_Deficit_SubtractsOwnAndThirdPartyFunds()
    {
        GrantResult result = Calculator.Calculate("x", Version(FinancingType.Deficit), new GrantRequest(E(12_000)) { OwnContribution = E(2_000), ThirdPartyFunds = E(500) });

        Assert.Equal(E(9_500), result.Grant);
    }

    [Fact]
    public void Calculate_DeficitFullyCovered_HasNothingToFund()
    {
        GrantResult result = Calculator.Calculate("x", Version(FinancingType.Deficit), new GrantRequest(E(1_000)) { OwnContribution = E(800), ThirdPartyFunds = E(500) });

        Assert.Equal(GrantCodes.NothingToFund, result.Code);
        Assert.Equal(Euro.Zero, result.Grant);
        Assert.Contains("-300.00 EUR", result.Steps.Single(s => s.Name == "deficit").Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FixedAmountAboveCosts_IsLimitedToTheCosts()
    {
        GrantResult result = Calculator.Calculate("x", Version(FinancingType.FixedAmount, fixedAmount: 10_000), new GrantRequest(E(7_500)));

        Assert.Equal(E(7_500), result.Grant);
        Assert.True(result.CostLimitApplied);
    }

    [Fact]
    public void Calculate_Full_GrantsTheEligibleCostsUpToTheCap()
    {
        Assert.Equal(E(7_500), Calculator.Calculate("x", Version(FinancingType.Full), new GrantRequest(E(7_500))).Grant);
        Assert.Equal(E(6_000), Calculator.Calculate("x", Version(FinancingType.Full, cap: 6_000), new GrantRequest(E(7_500))).Grant);
    }

    [Theory]
    [InlineData(RoundingMode.Commercial, 5)]
    [InlineData(RoundingMode.HalfToEven, 4)]
    [InlineData(RoundingMode.TowardZero, 4)]
    [InlineData(RoundingMode.Ceiling, 5)]
    public void Calculate_ShareWithHalfCent_RoundsByTheCalculatorsMode(RoundingMode mode, long expectedCents)
    {
        // 90 % of 0.05 EUR is 4.5 cents.
        var calculator = new GrantCalculator(new FakeClock(Instant.FromUtc(2020, 1, 1, 12, 0)), mode);
        GrantResult result = calculator.Calculate("x", Version(FinancingType.Share, rate: 0.9m), new GrantRequest(Euro.FromCents(5)));

        Assert.Equal(Euro.FromCents(expectedCents), result.Grant);
        Assert.Equal(mode, result.Rounding);
    }

    [Fact]
    public void Calculate_UnknownUnit_ThrowsNamingTheUnit()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            Calculator.Calculate(Line("komm-an-3"), new GrantRequest(E(1)) { Units = Units(("posts", 1m)) }));
        Assert.Contains("'posts'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NegativeFigures_Throw()
    {
        FundingLineVersion version = Version(FinancingType.Deficit);
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate("x", version, new GrantRequest(E(-1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate("x", version, new GrantRequest(E(1)) { OwnContribution = E(-1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Calculate("x", version, new GrantRequest(E(1)) { ThirdPartyFunds = E(-1) }));
    }

    [Fact]
    public void Calculate_ShareVersionWithoutValidRate_Throws()
    {
        Assert.Throws<ArgumentException>(() => Calculator.Calculate("x", Version(FinancingType.Share), new GrantRequest(E(1))));
        Assert.Throws<ArgumentException>(() => Calculator.Calculate("x", Version(FinancingType.Share, rate: 1.2m), new GrantRequest(E(1))));
    }

    [Fact]
    public void Constructor_UndefinedRoundingOrNullClock_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GrantCalculator(new FakeClock(Instant.FromUtc(2020, 1, 1, 12, 0)), default));
        Assert.Throws<ArgumentNullException>(() => new GrantCalculator(null!, RoundingMode.Commercial));
    }
}
