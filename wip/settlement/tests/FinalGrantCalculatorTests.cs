using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;

namespace Ki.Domain.Tests.Settlement;

public sealed class FinalGrantCalculatorTests
{
    private static readonly FinalGrantCalculator Calculator = new(RoundingMode.Commercial);

    private static Euro E(long euros) => Euro.FromEuros(euros);

    [Fact]
    public void Share_CostsCameInLower_GrantFallsInProportion()
    {
        // Plan 80,000 EUR (staff 60,000, material 20,000), 90 % = 72,000 EUR grant, own 8,000 EUR. Proven 70,000 EUR.
        // 72,000 x 70,000 / 80,000 = 63,000 EUR; paid 72,000 EUR, so 9,000 EUR to repay.
        var proof = new ProofOfUse("share-lower", FinancingType.Share, E(72_000), E(72_000),
            [new CostItem("staff", "Personal", E(60_000), E(58_000)), new CostItem("material", "Sachausgaben", E(20_000), E(12_000))],
            [new FundsLine("own", "Eigenmittel", FundsKind.Own, E(8_000), E(8_000))]);

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(70_000), result.RecognisedCosts);
        Assert.Equal(E(63_000), result.FinalGrant);
        Assert.Equal(E(9_000), result.Overpayment);
        Assert.Equal(SettlementCodes.Reduced, result.Code);
        Assert.Contains(result.Steps, s => s.Name == "share" && s.Text.German.Contains("ANBest-P Nr. 2.1.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Deficit_NewThirdPartyFunder_GrantFallsByTheFullAmount()
    {
        // Plan 50,000 EUR, own 10,000 EUR, grant 40,000 EUR. A foundation adds 6,000 EUR; costs as planned.
        var proof = new ProofOfUse("deficit-new-funder", FinancingType.Deficit, E(40_000), E(40_000),
            [new CostItem("all", "Ausgaben", E(50_000), E(50_000))],
            [new FundsLine("own", "Eigenmittel", FundsKind.Own, E(10_000), E(10_000)), new FundsLine("foundation", "Stiftung", FundsKind.ThirdParty, Euro.Zero, E(6_000))]);

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(34_000), result.FinalGrant);
        Assert.Equal(E(6_000), result.Overpayment);
        Assert.Contains(result.Steps, s => s.Name == "funds-line" && s.Text.German.Contains("neu hinzugetreten", StringComparison.Ordinal));
    }

    [Fact]
    public void FixedPerPost_UnfilledPost_GrantFallsWithTheUnits()
    {
        // 3 posts x 57,000 EUR (illustrative) = 171,000 EUR; one post filled only for half the year: 2.5 x 57,000 = 142,500 EUR.
        var proof = new ProofOfUse("fixed-posts", FinancingType.FixedAmount, E(171_000), E(171_000),
            [new CostItem("staff", "Personal", E(210_000), E(180_000))], [new FundsLine("own", "Eigenmittel", FundsKind.Own, E(39_000), E(39_000))])
        {
            FixedUnits = [new FixedUnitUse("post", "Fachkraftstelle", E(57_000), 3m, 2.5m)],
        };

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(142_500), result.FinalGrant);
        Assert.Equal(E(28_500), result.Overpayment);
        Assert.Contains(result.Steps, s => s.Text.English.Contains(SettlementCodes.UnitsNotProvided, StringComparison.Ordinal));
    }

    [Fact]
    public void Fixed_CostsBelowTheFixedAmount_LimitedToTheCosts()
    {
        var proof = new ProofOfUse("fixed-low", FinancingType.FixedAmount, E(10_000), E(10_000), [new CostItem("all", "Ausgaben", E(12_000), E(9_000))], []);

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(9_000), result.FinalGrant);
        Assert.Contains(result.Steps, s => s.Name == "cost-limit");
    }

    [Fact]
    public void Fixed_CostsLowerButAboveTheFixedAmount_Unchanged()
    {
        var proof = new ProofOfUse("fixed", FinancingType.FixedAmount, E(10_000), E(10_000), [new CostItem("all", "Ausgaben", E(12_000), E(11_000))], []);

        Assert.Equal(E(10_000), Calculator.Calculate(proof).FinalGrant);
    }

    [Fact]
    public void Items_OverTwentyPercent_ExcessNotRecognised()
    {
        // Material planned 10,000, spent 13,000: 12,000 recognised (10,000 + 20 %), 1,000 not; staff saved 5,000.
        var proof = new ProofOfUse("tolerance", FinancingType.Share, E(36_000), E(36_000),
            [new CostItem("staff", "Personal", E(30_000), E(25_000)), new CostItem("material", "Sachausgaben", E(10_000), E(13_000))], []);

        FinalGrantResult result = Calculator.Calculate(proof);

        CostItemResult material = result.Items[1];
        Assert.Equal(SettlementCodes.ItemOverTolerance, material.Code);
        Assert.Equal(E(12_000), material.Recognised);
        Assert.Equal(E(1_000), material.NotRecognised);
        Assert.Equal(E(37_000), result.RecognisedCosts);
        Assert.Equal(E(33_300), result.FinalGrant); // 36,000 x 37,000 / 40,000
    }

    [Fact]
    public void Threshold_SmallChange_NoReduction()
    {
        var proof = new ProofOfUse("threshold", FinancingType.Deficit, E(40_000), E(40_000), [new CostItem("all", "Ausgaben", E(50_000), E(49_700))],
            [new FundsLine("own", "Eigenmittel", FundsKind.Own, E(10_000), E(10_000))])
        {
            Terms = SettlementTerms.AnbestP.WithNoReductionThreshold(new Figure<Euro>(E(500), new SourceReference("ANBest-P (Bund) Nr. 2.2", Confidence.Secondary))),
        };

        FinalGrantResult result = Calculator.Calculate(proof);

        Assert.Equal(E(40_000), result.FinalGrant);
        Assert.Equal(SettlementCodes.BelowThreshold, result.Code);
    }

    [Fact]
    public void Deficit_CostsAndFundsRiseTogether_NoReduction()
    {
        // VG Hannover 6 A 3946/01: the reduction does not apply when costs and funds rise together.
        var proof = new ProofOfUse("rise", FinancingType.Deficit, E(40_000), E(40_000), [new CostItem("all", "Ausgaben", E(50_000), E(55_000))],
            [new FundsLine("own", "Eigenmittel", FundsKind.Own, E(10_000), E(15_000))])
        {
            Terms = new SettlementTerms(new Figure<decimal>(0.2m, new SourceReference("ANBest-P Nr. 1.2", Confidence.Secondary)), null),
        };

        Assert.Equal(E(40_000), Calculator.Calculate(proof).FinalGrant);
    }

    [Fact]
    public void Calculate_UnitsWithoutFixedAmount_Throws() =>
        Assert.Throws<ArgumentException>("proof", () => Calculator.Calculate(new ProofOfUse("x", FinancingType.Share, E(1), E(1), [new CostItem("a", "A", E(1), E(1))], [])
        {
            FixedUnits = [new FixedUnitUse("post", "Stelle", E(1), 1m, 1m)],
        }));
}
