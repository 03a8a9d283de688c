namespace Ki.Domain.Tests.Settlement;

/// <summary>Call-offs under the two-month rule, as the KI's budget office plans them; figures worked out in the comments.</summary>
public sealed partial class CallOffPlannerTests
{
    private static readonly CallOffPlanner Planner = new(RoundingMode.Commercial);

    private static Euro E(long euros) => Euro.FromEuros(euros);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Share_DrawsInProportion_AndFlagsACallOffForLaterPayments()
    {
        // 90 % share (72,000 of 80,000). Payout 2024-03-01: payments due up to 2024-05-01 count (30,000), the one on 2024-05-02 does not.
        var request = new CallOffRequest(FinancingType.Share, E(72_000), E(80_000), E(8_000), D(2024, 3, 1),
        [
            new DuePayment("a", D(2024, 3, 15), E(10_000)), new DuePayment("b", D(2024, 4, 30), E(10_000)),
            new DuePayment("c", D(2024, 5, 1), E(10_000)), new DuePayment("d", D(2024, 5, 2), E(10_000)),
        ])
        { Requested = E(36_000) };

        CallOffResult result = Planner.Plan(request);

        Assert.Equal(D(2024, 5, 1), result.LastDueDay);
        Assert.Equal(E(27_000), result.Allowed);
        Assert.Equal([E(9_000), E(9_000), E(9_000), Euro.Zero], result.Lines.Select(l => l.GrantPart));
        Assert.Equal(SettlementCodes.PaymentNotDue, result.Lines[3].Code);
        Assert.Equal(SettlementCodes.CallOffTooEarly, result.Code);
        Assert.Equal(E(9_000), result.Excess);
        TextAssert.Contains(result.Reason, "ANBest-I Nr. 1.5", "ANBest-I No. 1.5");
    }

    [Fact]
    public void Share_ACallOffWithinTheNeed_IsAllowed()
    {
        // Same plan (90 %); 27,000 are needed by 2024-05-01, 20,000 requested: allowed, nothing in excess.
        var request = new CallOffRequest(FinancingType.Share, E(72_000), E(80_000), E(8_000), D(2024, 3, 1),
            [new DuePayment("a", D(2024, 3, 15), E(10_000)), new DuePayment("b", D(2024, 4, 30), E(20_000))])
        { Requested = E(20_000) };

        CallOffResult result = Planner.Plan(request);

        Assert.Equal(SettlementCodes.CallOffAllowed, result.Code);
        Assert.Equal(E(27_000), result.Allowed);
        Assert.Equal(Euro.Zero, result.Excess);
    }

    [Fact]
    public void Share_RunningTotalsRoundedOnce_PartsAddUpWithoutDrift()
    {
        // 2/3 share (20,000 of 30,000). Three payments of 100.00: running totals 100, 200, 300 give
        // 66.67 (66.666...), 133.33 (133.333...), 200.00; the parts 66.67 + 66.66 + 66.67 = 200.00 exactly.
        var request = new CallOffRequest(FinancingType.FixedAmount, E(20_000), E(30_000), E(10_000), D(2024, 3, 1),
            [new DuePayment("a", D(2024, 3, 2), E(100)), new DuePayment("b", D(2024, 3, 3), E(100)), new DuePayment("c", D(2024, 3, 4), E(100))]);

        CallOffResult result = Planner.Plan(request);

        Assert.Equal([Euro.FromCents(6_667), Euro.FromCents(6_666), Euro.FromCents(6_667)], result.Lines.Select(l => l.GrantPart));
        Assert.Equal(E(200), result.GrantNeeded);
    }

    [Fact]
    public void Deficit_OwnAndOtherFundsFirst()
    {
        // Other funds 10,000: 8,000 due first is paid from them; then 3,000 and 20,000 of the grant.
        var request = new CallOffRequest(FinancingType.Deficit, E(40_000), E(50_000), E(10_000), D(2024, 3, 1),
        [
            new DuePayment("a", D(2024, 3, 10), E(8_000)), new DuePayment("b", D(2024, 3, 20), E(5_000)),
            new DuePayment("c", D(2024, 4, 15), E(20_000)), new DuePayment("d", D(2024, 6, 1), E(10_000)),
        ]);

        CallOffResult result = Planner.Plan(request);

        Assert.Equal(SettlementCodes.OwnFundsFirst, result.Lines[0].Code);
        Assert.Equal([Euro.Zero, E(3_000), E(20_000), Euro.Zero], result.Lines.Select(l => l.GrantPart));
        Assert.Equal(E(23_000), result.Allowed);
        Assert.Equal(SettlementCodes.CallOffAllowed, result.Code);
    }

    [Fact]
    public void Plan_AlreadyCalledOff_IsDeducted_AndMonthEndIsTheLastDay()
    {
        // Payout 2023-12-31: two months later is 2024-02-29 (§ 188(3) BGB).
        var request = new CallOffRequest(FinancingType.Full, E(20_000), E(20_000), Euro.Zero, D(2023, 12, 31),
            [new DuePayment("a", D(2024, 2, 29), E(5_000)), new DuePayment("b", D(2024, 3, 1), E(5_000))])
        { AlreadyCalledOff = E(2_000) };

        CallOffResult result = Planner.Plan(request);

        Assert.Equal(D(2024, 2, 29), result.LastDueDay);
        Assert.Equal(E(3_000), result.Allowed);
        Assert.Equal(SettlementCodes.PaymentNotDue, result.Lines[1].Code);
    }

    [Theory]
    [InlineData(2024, 8, 31, 2024, 10, 31)]
    [InlineData(2024, 12, 31, 2025, 2, 28)]
    [InlineData(2024, 3, 15, 2024, 5, 15)]
    public void Plan_LastDueDay_IsTwoMonthsOnByBgb188(int y, int m, int d, int ly, int lm, int ld)
    {
        // § 188(2), (3) BGB: the same day number two months on, or the last day of that month.
        var request = new CallOffRequest(FinancingType.Full, E(1_000), E(1_000), Euro.Zero, D(y, m, d), []);

        Assert.Equal(D(ly, lm, ld), Planner.Plan(request).LastDueDay);
    }

    [Fact]
    public void Request_AwardAbovePlannedCosts_Throws() =>
        Assert.Throws<ArgumentException>("awarded", () => new CallOffRequest(FinancingType.Share, E(2_000), E(1_000), Euro.Zero, D(2024, 1, 1), []));

    [Fact]
    public void Request_PaymentTwice_Throws() =>
        Assert.Throws<ArgumentException>("payments", () => new CallOffRequest(FinancingType.Share, E(1_000), E(1_000), Euro.Zero, D(2024, 1, 1),
            [new DuePayment("a", D(2024, 1, 2), E(1)), new DuePayment("a", D(2024, 1, 3), E(1))]));
}
