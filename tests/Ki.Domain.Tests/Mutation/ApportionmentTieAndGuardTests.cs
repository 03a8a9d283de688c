namespace Ki.Domain.Tests.Mutation;

/// <summary>
/// The open-tie flag exactly at its boundary and the apportioner's input guards (issue 11, bullet 9). A tie is open
/// only when more recipients share the deciding remainder (or quotient) than there are units left for them: equal
/// remainders that all get a unit are no tie. Every refused input names the field and the value.
/// </summary>
public sealed class ApportionmentTieAndGuardTests
{
    private static AllocationRecipient[] Parties(params (string Id, long Weight)[] parties) =>
        [.. parties.Select(p => new AllocationRecipient(p.Id, p.Weight))];

    private static string[] Seats(ApportionmentResult result) => [.. result.Lines.Select(l => $"{l.Id}:{l.Units}:{(l.IsTie ? "tie" : "-")}")];

    // ---------- Hare-Niemeyer: the tie flag at its boundary ----------

    [Fact]
    public void HareNiemeyer_TwoEqualRemaindersForTwoLeftoverSeats_BothGetOneAndNoTieIsOpen()
    {
        // Quotas 0.75, 0.75 and 1.5: after the floors (0, 0, 1) two seats are left for exactly two equal remainders.
        ApportionmentResult result = Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 3, Parties(("a", 1), ("b", 1), ("c", 2)));

        Assert.Equal(["a:1:-", "b:1:-", "c:1:-"], Seats(result));
        Assert.False(result.HasTie);
    }

    [Fact]
    public void HareNiemeyer_TwoEqualRemaindersForOneLeftoverSeat_IsAnOpenTieOnThoseTwoOnly()
    {
        // Quotas 1, 0.5 and 0.5: one seat is left for two equal remainders; 'a' has its seat by quota and no part in the tie.
        ApportionmentResult result = Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 2, Parties(("a", 2), ("c", 1), ("b", 1)));

        Assert.Equal(["a:1:-", "c:0:tie", "b:1:tie"], Seats(result)); // the id that sorts first wins the tie
        Assert.True(result.HasTie);
    }

    [Fact]
    public void HareNiemeyer_FastPath_ReportsTheOpenTieOnlyWhenUnitsRunOutWithinEqualRemainders()
    {
        long[] result = new long[3];

        Assert.False(Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 3, [1, 1, 2], result));
        Assert.Equal([1L, 1L, 1L], result);

        Assert.True(Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 2, [2, 1, 1], result));
        Assert.Equal([1L, 1L, 0L], result); // the lower index wins on the fast path
    }

    // ---------- divisor methods: the tie flag at its boundary ----------

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    public void DivisorMethod_TwoEqualWeights_OneSeatIsATieAndTwoSeatsAreNot(ApportionmentMethod method)
    {
        ApportionmentResult one = Apportioner.Apportion(method, 1, Parties(("b", 5), ("a", 5)));
        ApportionmentResult two = Apportioner.Apportion(method, 2, Parties(("b", 5), ("a", 5)));

        Assert.Equal(["b:0:tie", "a:1:tie"], Seats(one));
        Assert.True(one.HasTie);
        Assert.Equal(["b:1:-", "a:1:-"], Seats(two));
        Assert.False(two.HasTie);
    }

    // D'Hondt with a 2, b 1: quotients a 2/1 = 2, 2/2 = 1; b 1/1 = 1, so a's 2/2 and b's 1/1 contest the second seat.
    // With a 3 (3, 1.5 against b's 1) the second seat goes to a without a contest.
    // Sainte-Laguë with a 3, b 1: quotients a 3/1 = 3, 3/3 = 1; b 1/1 = 1, so divisors three and one contest the
    // second seat. With a 4 (4, 4/3 against b's 1) the second seat goes to a without a contest.
    [Theory]
    [InlineData(ApportionmentMethod.DHondt, 2, 3)]
    [InlineData(ApportionmentMethod.SainteLague, 3, 4)]
    public void DivisorMethod_SecondSeatBetweenEqualQuotients_IsATieAndAClearLeadIsNot(ApportionmentMethod method, long tiedWeight, long clearWeight)
    {
        ApportionmentResult tied = Apportioner.Apportion(method, 2, Parties(("b", 1), ("a", tiedWeight)));
        ApportionmentResult clear = Apportioner.Apportion(method, 2, Parties(("b", 1), ("a", clearWeight)));

        Assert.True(tied.HasTie);
        Assert.Equal(["b:0:tie", "a:2:tie"], Seats(tied)); // the id that sorts first takes the contested seat
        Assert.False(clear.HasTie);
        Assert.Equal(["b:0:-", "a:2:-"], Seats(clear));
    }

    // ---------- seats in units ----------

    [Fact]
    public void Apportion_HalfSeatUnits_GivesWholeUnitsAndSeatsAsUnitsTimesTheUnit()
    {
        ApportionmentResult result = Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 1.5m, Parties(("a", 2), ("b", 1)), 0.5m);

        Assert.Equal([2L, 1L], result.Lines.Select(l => l.Units));
        Assert.Equal([1.0m, 0.5m], result.Lines.Select(l => l.Seats));
        Assert.Equal(1.5m, result.Seats);
        Assert.Equal(0.5m, result.Unit);
    }

    [Fact]
    public void Apportion_ZeroSeats_GivesEveryoneNothingWithoutATie()
    {
        ApportionmentResult result = Apportioner.Apportion(ApportionmentMethod.DHondt, 0, Parties(("a", 2), ("b", 1)));

        Assert.All(result.Lines, l => Assert.Equal(0, l.Units));
        Assert.False(result.HasTie);
    }

    // ---------- guards: the field and the value are named ----------

    [Fact]
    public void Apportion_NegativeSeats_IsRefusedNamingSeatsAndTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, -1, Parties(("a", 1))));

        Assert.Equal("seats", e.ParamName);
        Assert.Contains("must not be negative, but was -1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    public void Apportion_UnitNotPositive_IsRefusedNamingTheUnit(string unit)
    {
        decimal value = decimal.Parse(unit, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 1, Parties(("a", 1)), value));

        Assert.Equal("unit", e.ParamName);
        Assert.Contains($"The unit must be positive, but was {unit}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_SeatsNotAWholeNumberOfUnits_IsRefusedNamingSeatsAndUnit()
    {
        var e = Assert.Throws<ArgumentException>(() => Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 2.5m, Parties(("a", 1)), 1m));

        Assert.Equal("seats", e.ParamName);
        Assert.Contains("2.5 seats are not a whole number of units of 1.", e.Message, StringComparison.Ordinal);
        Assert.Equal(5, Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 2.5m, Parties(("a", 1)), 0.5m).Lines.Single().Units);
    }

    [Fact]
    public void Apportion_MoreUnitsThanALongHolds_IsRefused()
    {
        decimal tooMany = (decimal)long.MaxValue + 1;

        var e = Assert.Throws<ArgumentException>(() => Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, tooMany, Parties(("a", 1))));
        Assert.Equal("seats", e.ParamName);

        Assert.Equal(long.MaxValue, Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, long.MaxValue, Parties(("a", 1))).Lines.Single().Units);
    }

    [Fact]
    public void Apportion_RecipientWithBounds_IsRefusedNamingIt()
    {
        AllocationRecipient[] parties = [new("a", 1), new AllocationRecipient("capped", 1).WithCap(Euro.FromEuros(1))];

        var e = Assert.Throws<ArgumentException>(() => Apportioner.Apportion(ApportionmentMethod.SainteLague, 2, parties));

        Assert.Equal("recipients", e.ParamName);
        Assert.Contains("'capped' has bounds; apportionment takes weights only.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Apportion_UndefinedMethod_IsRefusedNamingTheMethodsThatExist(int method)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Apportioner.Apportion((ApportionmentMethod)method, 1, Parties(("a", 1))));
        var fast = Assert.Throws<ArgumentOutOfRangeException>(() => Apportioner.Apportion((ApportionmentMethod)method, 1, [1], new long[1]));

        Assert.Equal("method", e.ParamName);
        Assert.Contains($"Apportionment method {method} is not defined; pass HareNiemeyer, DHondt or SainteLague.", e.Message, StringComparison.Ordinal);
        Assert.Equal("method", fast.ParamName);
    }

    [Theory]
    [InlineData(ApportionmentMethod.HareNiemeyer)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    public void Apportion_EveryDefinedMethod_IsAccepted(ApportionmentMethod method)
    {
        Assert.Equal(7, Apportioner.Apportion(method, 7, Parties(("a", 3), ("b", 2))).Lines.Sum(l => l.Units));
    }

    // ---------- the bounded split: floors and base amounts against the budget ----------

    [Fact]
    public void Allocate_FloorsAboveTheBudget_AreRefusedSayingFloorsNotBaseAmounts()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(100), Parties(("a", 1), ("b", 1))).WithFloor(Euro.FromCents(5_001));

        var e = Assert.Throws<ArgumentException>(() => Allocator.Allocate(request));

        Assert.Contains("The floors add up to 10002 units, more than the budget of 10000 units.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_BaseAmountsAboveTheBudget_AreRefusedWithTheirSum()
    {
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(100), Parties(("a", 1), ("b", 1))).WithBase(Euro.FromCents(5_001));

        var e = Assert.Throws<ArgumentException>(() => Allocator.Allocate(request));

        Assert.Contains("The base amounts (within their bounds) add up to 10002 units, more than the budget of 10000 units.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_BaseAmountAboveItsCap_CountsOnlyTheCapAgainstTheBudget()
    {
        // 'a' has a base of 80 but a cap of 30: it takes 30, and the base amounts within their bounds (30 + 50) fit in 100.
        AllocationRecipient[] recipients = [new AllocationRecipient("a", 1).WithBase(Euro.FromEuros(80)).WithCap(Euro.FromEuros(30)), new("b", 1)];
        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(100), recipients).WithBase(Euro.FromEuros(50)));

        Assert.Equal([Euro.FromEuros(30), Euro.FromEuros(70)], result.Lines.Select(l => l.Amount));
        Assert.Equal(AllocationReasons.Cap, result.Lines[0].Reasons);
    }

    [Fact]
    public void Allocate_BaseAmountEqualToItsCap_IsHeldAtTheCapAndFlagged()
    {
        AllocationRecipient[] recipients = [new AllocationRecipient("a", 1).WithBase(Euro.FromEuros(30)).WithCap(Euro.FromEuros(30)), new("b", 1)];

        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(100), recipients));

        Assert.Equal([Euro.FromEuros(30), Euro.FromEuros(70)], result.Lines.Select(l => l.Amount));
        Assert.Equal(AllocationReasons.Cap, result.Lines[0].Reasons);
        Assert.Equal(AllocationReasons.None, result.Lines[1].Reasons);
    }

    [Fact]
    public void Allocate_ZeroWeightRecipientsKeepTheirBaseClampedToTheirBounds()
    {
        AllocationRecipient[] recipients =
        [
            new AllocationRecipient("low", 0).WithBase(Euro.FromEuros(5)).WithFloor(Euro.FromEuros(10)),
            new AllocationRecipient("high", 0).WithBase(Euro.FromEuros(50)).WithCap(Euro.FromEuros(20)),
            new AllocationRecipient("plain", 0).WithBase(Euro.FromEuros(15)),
            new("free", 1),
        ];

        AllocationResult result = Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(100), recipients));

        Assert.Equal([Euro.FromEuros(10), Euro.FromEuros(20), Euro.FromEuros(15), Euro.FromEuros(55)], result.Lines.Select(l => l.Amount));
        Assert.Equal([AllocationReasons.Floor, AllocationReasons.Cap, AllocationReasons.None, AllocationReasons.None], result.Lines.Select(l => l.Reasons));
    }
}
