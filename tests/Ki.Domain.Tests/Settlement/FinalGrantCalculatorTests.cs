namespace Ki.Domain.Tests.Settlement;

/// <summary>
/// The final grant after the proof of use, as a grant officer at the Bezirksregierung settles it. Every expected
/// figure is worked out by hand in the comment above it.
/// </summary>
public sealed partial class FinalGrantCalculatorTests
{
    private static readonly FinalGrantCalculator Calculator = FinalGrantCalculator.Default;

    private static readonly SourceReference Bescheid = new("Zuwendungsbescheid (test)", Confidence.Derived);

    private static Euro E(long euros) => Euro.FromEuros(euros);

    private static FundsLine Own(long planned, long actual) => new("own", "Eigenmittel", FundsKind.Own, E(planned), E(actual));

    private static FundsLine Foundation(long actual) => new("foundation", "Stiftung", FundsKind.ThirdParty, Euro.Zero, E(actual));

    /// <summary>A proof of use with one cost item, "all" (Ausgaben), planned and actual, and the given funds lines.</summary>
    private static ProofOfUse OneItem(string id, FinancingType financing, Euro awarded, Euro paidOut, Euro planned, Euro actual, params FundsLine[] funds) =>
        new(id, financing, awarded, paidOut, [new CostItem("all", "Ausgaben", planned, actual)], funds);

    /// <summary>Asserts that the result has exactly one step of the name and that its text says the German (and English) words.</summary>
    private static void AssertStepSays(FinalGrantResult result, string step, string german, string? english = null)
    {
        LocalizedText text = Assert.Single(result.Steps, s => s.Name == step).Text;
        Assert.Contains(german, text.German, StringComparison.Ordinal);
        if (english is not null)
        {
            Assert.Contains(english, text.English, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Calculate_ShareCostsCameInLower_GrantFallsInProportion()
    {
        // KOMM-AN style Anteilfinanzierung at 90 %: plan 80,000 EUR (staff 60,000, material 20,000), grant 72,000 EUR,
        // own 8,000 EUR. Proven: staff 58,000, material 12,000 = 70,000 EUR.
        // 72,000 x 70,000 / 80,000 = 63,000 EUR (still 90 % of the costs); paid 72,000, so 9,000 EUR to repay.
        var proof = new ProofOfUse("share-lower", FinancingType.Share, E(72_000), E(72_000),
            [new CostItem("staff", "Personal", E(60_000), E(58_000)), new CostItem("material", "Sachausgaben", E(20_000), E(12_000))],
            [Own(8_000, 8_000)]);

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(70_000), result.RecognisedCosts);
        Assert.Equal(E(63_000), result.FinalGrant);
        Assert.Equal(E(9_000), result.Reduction);
        Assert.Equal(E(9_000), result.Overpayment);
        Assert.Equal(SettlementCodes.Reduced, result.Code);
        Assert.All(result.Items, i => Assert.Equal(SettlementCodes.ItemAsPlanned, i.Code));
        AssertStepSays(result, "share", "ANBest-P Nr. 2.1.1", "ANBest-P No. 2.1.1");
        AssertStepSays(result, "overpayment", "§ 49a Abs. 1 VwVfG NRW");
    }

    [Fact]
    public void Calculate_ShareWithANewFunder_TheNewMoneyIsSharedInProportion()
    {
        // Plan 80,000 EUR at 90 %: grant 72,000, own 8,000. Costs as planned, but a foundation adds 4,000 EUR.
        // The 4,000 relieve grant and own funds in the plan's proportion: the grant falls by 90 % of 4,000 = 3,600.
        // 72,000 x (80,000 - 4,000) / 80,000 = 72,000 x 76,000 / 80,000 = 68,400 EUR.
        var proof = OneItem("share-funder", FinancingType.Share, E(72_000), E(72_000), E(80_000), E(80_000), Own(8_000, 8_000), Foundation(4_000));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(68_400), result.FinalGrant);
        Assert.Equal(E(3_600), result.Overpayment);
    }

    [Fact]
    public void Calculate_ShareWithAFractionOfACent_RoundsOnceAsConfigured()
    {
        // 7,000 x 8,000 / 9,000 = 6,222.2222... EUR: commercial 6,222.22, ceiling 6,222.23.
        var proof = OneItem("cents", FinancingType.Share, E(7_000), E(7_000), E(9_000), E(8_000));

        Assert.Equal(Euro.FromCents(622_222), Calculator.Calculate(proof).FinalGrant);
        FinalGrantResult ceiling = new FinalGrantCalculator(RoundingMode.Ceiling).Calculate(proof);
        Assert.Equal(Euro.FromCents(622_223), ceiling.FinalGrant);
        Assert.Equal(RoundingMode.Ceiling, ceiling.Rounding);
    }

    [Theory]
    [InlineData(40_000, 6_000)] // all 40,000 paid: 6,000 to repay
    [InlineData(30_000, 0)] // only 30,000 paid: nothing to repay, and no claim for the 4,000 either
    public void Calculate_DeficitFoundANewThirdPartyFunder_GrantFallsByTheFullAmount(long paidOut, long repaid)
    {
        // Fehlbedarf: plan 50,000 EUR, own 10,000, grant 40,000 (the gap). A foundation adds 6,000 EUR; costs as planned.
        // Gap now 50,000 - 16,000 = 34,000: the grant falls by the full 6,000 to 34,000, whatever was paid out so far.
        var proof = OneItem("deficit-new-funder", FinancingType.Deficit, E(40_000), E(paidOut), E(50_000), E(50_000), Own(10_000, 10_000), Foundation(6_000));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(34_000), result.FinalGrant);
        Assert.Equal(E(repaid), result.Overpayment);
        AssertStepSays(result, "funds-line", "Drittmittel, neu hinzugetreten", "third-party funds, new since the Bescheid");
        AssertStepSays(result, "deficit", "ANBest-P Nr. 2.1.2");
    }

    [Fact]
    public void Calculate_DeficitCostsFellAndOwnFundsFell_OnlyTheNetFallInTheGapCounts()
    {
        // Plan 50,000 - own 10,000 = gap 40,000 = grant. Proven costs 47,000, own funds only 9,000: gap 38,000.
        // The grant falls by 40,000 - 38,000 = 2,000 to 38,000 (the missing own 1,000 does not raise it, it eats into the saving).
        var proof = OneItem("deficit-net", FinancingType.Deficit, E(40_000), E(40_000), E(50_000), E(47_000), Own(10_000, 9_000));

        Assert.Equal(E(38_000), Calculator.Calculate(proof).FinalGrant);
    }

    [Fact]
    public void Calculate_DeficitWithACap_FallsByTheFullSaving()
    {
        // Plan 50,000 - own 5,000 = gap 45,000, but the grant is capped at 40,000 (the recipient bears 5,000 more).
        // Costs fall by 3,000: the gap is 42,000, 3,000 less than planned, so the grant falls by the full 3,000 to 37,000.
        var proof = OneItem("deficit-cap", FinancingType.Deficit, E(40_000), E(40_000), E(50_000), E(47_000), Own(5_000, 5_000));

        Assert.Equal(E(37_000), Calculator.Calculate(proof).FinalGrant);
    }

    [Fact]
    public void Calculate_DeficitCostsAndFundsRoseTogether_NoReduction()
    {
        // VG Hannover, 6 A 3946/01: no reduction when the costs rise together with the funds.
        // Costs 50,000 -> 55,000 (within 20 %), own 10,000 -> 15,000: gap 40,000 both times, grant stays 40,000.
        var proof = OneItem("rise", FinancingType.Deficit, E(40_000), E(40_000), E(50_000), E(55_000), Own(10_000, 15_000));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(40_000), result.FinalGrant);
        Assert.Equal(SettlementCodes.Unchanged, result.Code);
        Assert.Equal(SettlementCodes.ItemWithinTolerance, Assert.Single(result.Items).Code);
    }

    [Fact]
    public void Calculate_DeficitNewFundsAboveTheAward_NoGrantRemains_AllPaidIsRepaid()
    {
        // Gap planned 20,000 - 5,000 = 15,000 = grant; another funder pays 18,000: gap -3,000, a fall of 18,000 > 15,000.
        // The final grant is 0 and the 12,000 paid out so far are repaid.
        var proof = OneItem("deficit-zero", FinancingType.Deficit, E(15_000), E(12_000), E(20_000), E(20_000), Own(5_000, 5_000), new FundsLine("bund", "Bundesprogramm", FundsKind.OtherFunder, Euro.Zero, E(18_000)));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(Euro.Zero, result.FinalGrant);
        Assert.Equal(E(12_000), result.Overpayment);
        AssertStepSays(result, "deficit", "Zuwendung entfällt");
    }

    [Fact]
    public void Calculate_FullFinancingCostsFell_GrantFallsToTheCosts()
    {
        // Vollfinanzierung 20,000 EUR, no other funds; spent 18,500: the grant falls by the full 1,500 to 18,500.
        var proof = OneItem("full", FinancingType.Full, E(20_000), E(20_000), E(20_000), E(18_500));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(18_500), result.FinalGrant);
        Assert.Contains(result.Steps, s => s.Name == "full" && s.Text.German.Contains("Vollfinanzierung", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_FixedPerPostWithAnUnfilledPost_GrantFallsWithThePosts()
    {
        // KI staff 2023 as for a kreisfreie Stadt: 5 specialist posts x 57,000 + 1 half administrative post x 22,500
        // = 307,500 EUR. One specialist post stayed empty for six months: 4.5 x 57,000 = 256,500, + 22,500 = 279,000 EUR.
        // Paid 307,500: 28,500 EUR to repay. Staff costs (330,000) stay above the Festbetrag, so they do not limit it.
        var proof = new ProofOfUse("fixed-posts", FinancingType.FixedAmount, E(307_500), E(307_500),
            [new CostItem("staff", "Personalausgaben", E(340_000), E(330_000))], [Own(32_500, 50_500)])
        {
            FixedUnits =
            [
                new FixedUnitUse("specialist-post", "Fachkraftstelle", E(57_000), 5m, 4.5m),
                new FixedUnitUse("half-admin-post", "halbe Verwaltungsstelle", E(22_500), 1m, 1m),
            ],
        };

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(279_000), result.FinalGrant);
        Assert.Equal(E(28_500), result.Overpayment);
        Assert.False(result.CostLimitApplied);
        Assert.Contains(result.Steps, s => s.Name == "unit" && s.Text.German.Contains("0,5 nicht besetzt", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_FixedMoreUnitsThanAwarded_CountsOnlyTheAwarded()
    {
        // 2 posts awarded at 57,000, 3 filled: only 2 count, 114,000 EUR, the award.
        var proof = new ProofOfUse("fixed-more", FinancingType.FixedAmount, E(114_000), E(114_000), [new CostItem("staff", "Personal", E(180_000), E(180_000))], [])
        {
            FixedUnits = [new FixedUnitUse("post", "Stelle", E(57_000), 2m, 3m)],
        };

        Assert.Equal(E(114_000), Calculator.Calculate(proof).FinalGrant);
    }

    [Theory]
    [InlineData(9_000, 9_000, true, SettlementCodes.Reduced)] // a grant never exceeds the eligible costs, so 9,000
    [InlineData(11_000, 10_000, false, SettlementCodes.Unchanged)] // still above 10,000: unchanged
    public void Calculate_FixedCostsLower_LimitedToTheCostsOnlyBelowTheFixedAmount(long spent, long final, bool limited, string code)
    {
        // Festbetrag 10,000; planned 12,000.
        var proof = OneItem("fixed", FinancingType.FixedAmount, E(10_000), E(10_000), E(12_000), E(spent));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(final), result.FinalGrant);
        Assert.Equal(limited, result.CostLimitApplied);
        Assert.Equal(code, result.Code);
    }

    [Fact]
    public void Calculate_ItemMoreThanTwentyPercentOver_ExcessAboveTheToleranceNotRecognised()
    {
        // Material planned 10,000, spent 13,000: recognised 10,000 + 20 % = 12,000, 1,000 not. Staff saved 5,000.
        // Recognised 25,000 + 12,000 = 37,000; Anteil 90 % of 40,000 = 36,000: 36,000 x 37,000 / 40,000 = 33,300 EUR.
        var proof = new ProofOfUse("tolerance", FinancingType.Share, E(36_000), E(36_000),
            [new CostItem("staff", "Personal", E(30_000), E(25_000)), new CostItem("material", "Sachausgaben", E(10_000), E(13_000))], []);

        FinalGrantResult result = Calculator.Calculate(proof);

        CostItemResult material = result.Items[1];
        Assert.Equal(SettlementCodes.ItemOverTolerance, material.Code);
        Assert.Equal(E(12_000), material.Recognised);
        Assert.Equal(E(1_000), material.NotRecognised);
        Assert.Equal(E(37_000), result.RecognisedCosts);
        Assert.Equal(E(33_300), result.FinalGrant);
        TextAssert.Contains(material.Text, "ANBest-P Nr. 1.2", "more than 20 %");
    }

    [Fact]
    public void Calculate_ItemOverWithinToleranceNotOffset_ShownButCannotRaiseTheGrant()
    {
        // Single item 10,000 -> 11,500 (15 % over, within 20 %), nothing saved elsewhere: 1,500 not offset.
        // Anteil 8,000 x 11,500 / 10,000 = 9,200 > award, so the grant stays 8,000.
        var proof = OneItem("over", FinancingType.Share, E(8_000), E(8_000), E(10_000), E(11_500));

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(8_000), result.FinalGrant);
        Assert.Equal(SettlementCodes.Unchanged, result.Code);
        Assert.Equal(E(1_500), Assert.Single(result.Steps, s => s.Name == "tolerance-offset").Amount);
    }

    [Fact]
    public void Calculate_ToleranceFromTheBescheid_IsUsed()
    {
        // A Bescheid allowing 10 %: 10,000 -> 11,500 recognises 11,000 only.
        var proof = new ProofOfUse("ten", FinancingType.Share, E(8_000), E(8_000), [new CostItem("all", "Ausgaben", E(10_000), E(11_500))], [])
        {
            Terms = SettlementTerms.AnbestP.WithItemTolerance(new Figure<decimal>(0.1m, Bescheid)),
        };

        Assert.Equal(E(11_000), Calculator.Calculate(proof).RecognisedCosts);
    }

    [Fact]
    public void Calculate_ThresholdSmallChange_NoReduction_LargerChange_Reduced()
    {
        // Threshold 500 EUR (as federal ANBest-P Nr. 2.2). Fehlbedarf 40,000 of 50,000, own 10,000.
        // Costs 49,700 (-300): within 500, no reduction, 40,000. Costs 49,400 (-600): reduced by the full 600 to 39,400.
        var threshold = SettlementTerms.AnbestP.WithNoReductionThreshold(new Figure<Euro>(E(500), new SourceReference("ANBest-P (Bund) Nr. 2.2", Confidence.Secondary)));
        ProofOfUse Proof(long actual) => new("threshold", FinancingType.Deficit, E(40_000), E(40_000),
            [new CostItem("all", "Ausgaben", E(50_000), E(actual))], [Own(10_000, 10_000)]) { Terms = threshold };

        FinalGrantResult small = Calculator.Calculate(Proof(49_700));
        FinalGrantResult large = Calculator.Calculate(Proof(49_400));

        Assert.Equal(E(40_000), small.FinalGrant);
        Assert.Equal(SettlementCodes.BelowThreshold, small.Code);
        Assert.Equal(E(39_400), large.FinalGrant);
        Assert.Equal(SettlementCodes.Reduced, large.Code);
    }

    [Fact]
    public void ProofOfUse_AwardAboveThePlannedCosts_Throws() =>
        Assert.Throws<ArgumentException>("awarded", () => new ProofOfUse("x", FinancingType.Share, E(11_000), E(0), [new CostItem("a", "A", E(10_000), E(10_000))], []));

    [Fact]
    public void ProofOfUse_UnitsWithoutFixedAmount_Throws() =>
        Assert.Throws<ArgumentException>("FixedUnits", () => new ProofOfUse("x", FinancingType.Share, E(1), E(1), [new CostItem("a", "A", E(1), E(1))], [])
        {
            FixedUnits = [new FixedUnitUse("post", "Stelle", E(1), 1m, 1m)],
        });

    [Fact]
    public void ProofOfUse_ItemTwice_Throws() =>
        Assert.Throws<ArgumentException>("items", () => new ProofOfUse("x", FinancingType.Share, E(1), E(1), [new CostItem("a", "A", E(1), E(1)), new CostItem("a", "B", E(1), E(1))], []));
}
