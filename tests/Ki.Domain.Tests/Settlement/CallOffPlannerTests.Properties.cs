namespace Ki.Domain.Tests.Settlement;

public sealed partial class CallOffPlannerTests
{
    private static readonly LocalDate Payout = new(2024, 3, 1);

    private static readonly Gen<CallOffRequest> Requests =
        from financing in Gen.Elements(FinancingType.Share, FinancingType.Deficit, FinancingType.FixedAmount, FinancingType.Full)
        from planned in Gen.Choose(100, 10_000_000)
        from awardPercent in Gen.Choose(1, 100)
        from fundsPercent in Gen.Choose(0, 50)
        from payments in Gen.ListOf(from day in Gen.Choose(-30, 120) from cents in Gen.Choose(1, 3_000_000) select (day, cents)).Where(l => l.Count <= 8)
        select new CallOffRequest(financing, Euro.FromCents((long)planned * awardPercent / 100), Euro.FromCents(planned), Euro.FromCents((long)planned * fundsPercent / 100), Payout,
            payments.Select((p, i) => new DuePayment($"p{i}", Payout.PlusDays(p.day), Euro.FromCents(p.cents))));

    [Fact]
    public void Plan_PartsAddUpToTheNeed_NeverAboveTheAward_OnlyForPaymentsDueInTwoMonths() => Properties.Check(Prop.ForAll(Requests.ToArbitrary(), request =>
    {
        CallOffResult result = Planner.Plan(request);
        bool sums = Euro.Sum(result.Lines.Select(l => l.GrantPart)) == result.GrantNeeded;
        bool capped = result.GrantNeeded <= request.Awarded && result.Allowed <= result.GrantNeeded;
        bool dueOnly = result.Lines.All(l => l.IsDue == (l.Payment.Due <= result.LastDueDay) && (l.IsDue || l.GrantPart.IsZero));
        bool noNegative = result.Lines.All(l => !l.GrantPart.IsNegative);
        return (sums && capped && dueOnly && noNegative)
            .Classify(result.Lines.Any(l => !l.IsDue), "a payment not yet due")
            .Classify(result.GrantNeeded == request.Awarded && request.Awarded.IsPositive, "award exhausted");
    }));
}
