namespace Ki.Domain.Tests.Settlement;

public sealed partial class FinalGrantCalculatorTests
{
    private static readonly Gen<FinancingType> Financings = Gen.Elements(FinancingType.Share, FinancingType.Deficit, FinancingType.FixedAmount, FinancingType.Full);

    /// <summary>A planned item and its actual amount: often as planned, often lower, sometimes above the plan (within or beyond 20 %).</summary>
    private static readonly Gen<(long Planned, long Actual)> ItemAmounts =
        from planned in Gen.Choose(1, 5_000_000)
        from factor in Gen.Frequency((2, Gen.Constant(100)), (3, Gen.Choose(0, 99)), (2, Gen.Choose(101, 160)))
        select ((long)planned, (long)planned * factor / 100);

    private static readonly Gen<(long Planned, long Actual)> FundsAmounts =
        from planned in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 2_000_000)))
        from actual in Gen.Frequency((2, Gen.Constant(planned)), (2, Gen.Choose(0, 3_000_000)))
        select ((long)planned, (long)actual);

    private static readonly Gen<ProofOfUse> Proofs =
        from financing in Financings
        from items in Gen.ListOf(ItemAmounts).Where(l => l.Count is >= 1 and <= 4)
        from funds in Gen.ListOf(FundsAmounts).Where(l => l.Count <= 3)
        from awardPercent in Gen.Choose(1, 100)
        from paidPercent in Gen.Choose(0, 120)
        select Build(financing, items, funds, awardPercent, paidPercent, unchanged: false);

    /// <summary>Proofs whose costs and funds came in exactly as planned.</summary>
    private static readonly Gen<ProofOfUse> UnchangedProofs =
        from financing in Financings
        from items in Gen.ListOf(ItemAmounts).Where(l => l.Count is >= 1 and <= 4)
        from funds in Gen.ListOf(FundsAmounts).Where(l => l.Count <= 3)
        from awardPercent in Gen.Choose(1, 100)
        select Build(financing, items, funds, awardPercent, 100, unchanged: true);

    [Fact]
    public void Calculate_FinalGrant_NeverAboveTheAwardNorTheRecognisedCosts() => Properties.Check(Prop.ForAll(Proofs.ToArbitrary(), proof =>
    {
        FinalGrantResult result = Calculator.Calculate(proof);
        return (result.FinalGrant <= proof.Awarded && result.FinalGrant <= result.RecognisedCosts && !result.FinalGrant.IsNegative)
            .Classify(result.FinalGrant < proof.Awarded, "reduced")
            .Classify(result.CostLimitApplied, "cost limit")
            .Classify(proof.Financing == FinancingType.Deficit, "deficit");
    }), 500);

    [Fact]
    public void Calculate_Overpayment_IsPaidLessFinal_NeverNegative() => Properties.Check(Prop.ForAll(Proofs.ToArbitrary(), proof =>
    {
        FinalGrantResult result = Calculator.Calculate(proof);
        Euro difference = proof.PaidOut - result.FinalGrant;
        return (result.Overpayment == (difference.IsPositive ? difference : Euro.Zero))
            .Classify(result.Overpayment.IsPositive, "repayment")
            .Classify(difference.IsNegative, "shortfall");
    }), 500);

    [Fact]
    public void Calculate_NoChangeInCostsAndFunds_FinalGrantIsTheAward() => Properties.Check(Prop.ForAll(UnchangedProofs.ToArbitrary(), proof =>
    {
        FinalGrantResult result = Calculator.Calculate(proof);
        return result.FinalGrant == proof.Awarded && result.Code == SettlementCodes.Unchanged && result.Overpayment.IsZero;
    }));

    [Fact]
    public void Calculate_RecognisedCosts_AreActualCostsCutAtTheTolerance() => Properties.Check(Prop.ForAll(Proofs.ToArbitrary(), proof =>
    {
        FinalGrantResult result = Calculator.Calculate(proof);
        return result.Items.All(i => i.Recognised == Euro.Min(i.Item.Actual, i.Item.Planned + i.Item.Planned.Multiply(0.2m, RoundingMode.Floor)))
            .Classify(result.Items.Any(i => i.Code == SettlementCodes.ItemOverTolerance), "an item over the tolerance");
    }));

    private static ProofOfUse Build(FinancingType financing, List<(long Planned, long Actual)> items, List<(long Planned, long Actual)> funds, int awardPercent, int paidPercent, bool unchanged)
    {
        CostItem[] costItems = [.. items.Select((x, i) => new CostItem($"item-{i}", $"Ansatz {i}", Euro.FromCents(x.Planned), Euro.FromCents(unchanged ? x.Planned : x.Actual)))];
        FundsLine[] fundsLines = [.. funds.Select((x, i) => new FundsLine($"funds-{i}", $"Mittel {i}", FundsKind.ThirdParty, Euro.FromCents(x.Planned), Euro.FromCents(unchanged ? x.Planned : x.Actual)))];
        long plannedCosts = items.Sum(x => x.Planned);
        long plannedFunds = funds.Sum(x => x.Planned);

        // A balanced plan for deficit and full financing: the award is at most the gap; otherwise a share of the costs.
        long ceiling = financing is FinancingType.Deficit or FinancingType.Full ? Math.Max(plannedCosts - plannedFunds, 1) : plannedCosts;
        long award = Math.Min(Math.Max(ceiling * awardPercent / 100, 1), plannedCosts);
        var proof = new ProofOfUse("law", financing, Euro.FromCents(award), Euro.FromCents(award * paidPercent / 100), costItems, fundsLines);
        if (financing == FinancingType.FixedAmount && award % 2 == 0)
        {
            // Half of the fixed amounts per post: two posts awarded at award / 2 each.
            return new ProofOfUse("law", financing, Euro.FromCents(award), proof.PaidOut, costItems, fundsLines)
            {
                FixedUnits = [new FixedUnitUse("post", "Stelle", Euro.FromCents(award / 2), 2m, unchanged ? 2m : (award % 3) * 0.5m + 0.5m)],
            };
        }

        return proof;
    }
}
