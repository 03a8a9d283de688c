using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;
using NodaTime;

namespace Ki.Domain.Tests.Settlement;

public sealed class CallOffPlannerTests
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
        Assert.Contains("ANBest-I Nr. 1.5", result.Reason.German, StringComparison.Ordinal);
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
    }
}
