using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Awards;

/// <summary>The minimum grant (Bagatellgrenze) after the cut, one application at a time (issue 10).</summary>
public sealed partial class AwardAllocatorTests
{
    private static readonly Euro Minimum = Euro.FromEuros(5_000);

    /// <summary>A KOMM-AN III round whose computed grants are the requests (90 % of twice the request, half own money).</summary>
    private static AwardRound ProRataRound(long budgetEuros, params long[] grants) => ProRataRound(Euro.FromEuros(budgetEuros), grants);

    private static AwardRound ProRataRound(Euro budget, long[] grants, Func<int, string>? id = null) =>
        new("r", "komm-an-3", AsOf, budget, AwardPolicy.ProRata,
            grants.Select((g, i) => Caritas(id?.Invoke(i) ?? $"R{i + 1}", requested: g, costs: 2 * g, own: g)));

    [Fact]
    public void Allocate_12000Over6000And6200And6400_DropsOnlyTheSmallestAndFundsTheOtherTwo()
    {
        // Issue 10: the one-pass rule dropped all three (3,870.97, 4,000.00, 4,129.03 after the cut) and left 12,000 unallocated.
        AwardResult result = AwardAllocator.Default.Allocate(ProRataRound(12_000, 6_000, 6_200, 6_400));

        Assert.Equal(AwardCodes.BelowMinimumAfterCut, LineOf(result, "R1").Code);
        Assert.Equal(Euro.Zero, LineOf(result, "R1").Awarded);
        Assert.Equal(Euro.FromCents(590_476), LineOf(result, "R2").Awarded);
        Assert.Equal(Euro.FromCents(609_524), LineOf(result, "R3").Awarded);
        Assert.Equal(Euro.Zero, result.Unallocated);
        Assert.Equal(
            "After the cut the grant would be 3870.97 EUR, below the minimum grant of 5000.00 EUR; the application drops out and its share goes to the other applications of the round. Taking it back would leave a grant below the minimum.",
            LineOf(result, "R1").Reason.English);
        Assert.StartsWith("Nach der Kürzung läge die Zuwendung bei 3.870,97 €, unter der Bagatellgrenze von 5.000,00 €", LineOf(result, "R1").Reason.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_22000Over18000And6000And5500_DropsOnlyTheSmallest()
    {
        // Issue 10: the one-pass rule dropped 6,000 and 5,500 (4,474.58 and 4,101.69 after the cut) and left 4,000 unallocated.
        AwardResult result = AwardAllocator.Default.Allocate(ProRataRound(22_000, 18_000, 6_000, 5_500));

        Assert.Equal(Euro.FromEuros(16_500), LineOf(result, "R1").Awarded);
        Assert.Equal(Euro.FromEuros(5_500), LineOf(result, "R2").Awarded);
        Assert.Equal(AwardCodes.BelowMinimumAfterCut, LineOf(result, "R3").Code);
        Assert.Equal(Euro.Zero, result.Unallocated);
    }

    [Fact]
    public void Allocate_DroppedShareThatNobodyCanTake_SaysItStaysUnallocated()
    {
        // 10,000 over 9,000 and 6,000: the cut gives 6,000 and 4,000; without the 6,000 request the other is funded in
        // full and 1,000 is left, because taking it back would cut it below the minimum again.
        AwardResult result = AwardAllocator.Default.Allocate(ProRataRound(10_000, 9_000, 6_000));

        Assert.Equal(Euro.FromEuros(9_000), LineOf(result, "R1").Awarded);
        Assert.Equal(AwardCodes.BelowMinimumAfterCut, LineOf(result, "R2").Code);
        Assert.Equal(Euro.FromEuros(1_000), result.Unallocated);
        Assert.Contains("The other applications get their full grants; 1000.00 EUR stay unallocated", LineOf(result, "R2").Reason.English, StringComparison.Ordinal);
        Assert.Contains("1.000,00 € bleiben unverteilt", LineOf(result, "R2").Reason.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_EqualCutsBelowTheMinimum_DropTheFirstIdentifierFirst()
    {
        AwardResult result = AwardAllocator.Default.Allocate(ProRataRound(12_000, 6_000, 6_000, 6_000));

        Assert.Equal(AwardCodes.BelowMinimumAfterCut, LineOf(result, "R1").Code);
        Assert.Equal(Euro.FromEuros(6_000), LineOf(result, "R2").Awarded);
        Assert.Equal(Euro.FromEuros(6_000), LineOf(result, "R3").Awarded);
    }

    [Fact]
    public void Allocate_EveryRoundOfUpToSixRequestsOnSmallBudgets_KeepsTheLawsOfTheMinimumAfterTheCut()
    {
        long[] grantValues = [5_000, 5_500, 6_000, 6_400, 9_000, 18_000];
        Euro[] budgets = [.. new long[] { 0, 4_999_99, 5_000_00, 10_000_00, 12_000_00, 16_999_99, 22_000_00, 30_000_00, 60_000_00 }.Select(Euro.FromCents)];
        int rounds = 0;
        int withDrops = 0;
        foreach (long[] grants in Multisets(grantValues, 6))
        {
            foreach (Euro budget in budgets)
            {
                AwardRound round = ProRataRound(budget, grants);
                AwardResult result = AwardAllocator.Default.Allocate(round);
                string where = $"budget {budget}, grants {string.Join("/", grants)}";
                AssertLawsOfTheMinimum(round, result, where);

                AwardRound reversed = ProRataRound(budget, [.. Enumerable.Reverse(grants)], i => $"R{grants.Length - i}");
                Assert.True(
                    result.Lines.OrderBy(l => l.ApplicationId, StringComparer.Ordinal).Select(l => (l.ApplicationId, l.Awarded, l.Code))
                        .SequenceEqual(AwardAllocator.Default.Allocate(reversed).Lines.OrderBy(l => l.ApplicationId, StringComparer.Ordinal).Select(l => (l.ApplicationId, l.Awarded, l.Code))),
                    $"order changes the result: {where}");
                rounds++;
                withDrops += result.Lines.Any(l => l.Code == AwardCodes.BelowMinimumAfterCut) ? 1 : 0;
            }
        }

        Assert.Equal(923 * budgets.Length, rounds);
        Assert.True(withDrops > 200, $"only {withDrops} rounds drop a request");
    }

    [Fact]
    public void Allocate_AnyProRataRound_KeepsTheLawsOfTheMinimumAfterTheCut() =>
        Support.Properties.Check(FsCheck.Fluent.Prop.ForAll(Rounds, round =>
        {
            AwardResult result = AwardAllocator.Default.Allocate(round);
            if (round.Policy == AwardPolicy.ProRata)
            {
                AssertLawsOfTheMinimum(round, result, $"round of {round.Applications.Length}, budget {round.Budget}");
            }

            return true;
        }), 150);

    /// <summary>
    /// Every award is 0 or at least the minimum; awarded + unallocated = budget; money is left only when every funded
    /// request is funded in full; and no dropped request fits back in (a pro rata cut with it leaves every grant at or
    /// above the minimum).
    /// </summary>
    private static void AssertLawsOfTheMinimum(AwardRound round, AwardResult result, string where)
    {
        Assert.True(result.Lines.All(l => l.Awarded.IsZero || l.Awarded >= Minimum), $"an award below the minimum: {where}");
        Assert.True(result.Awarded + result.Unallocated == round.Budget, $"not reconciled: {where}");
        AwardLine[] funded = [.. result.Lines.Where(l => l.Awarded.IsPositive)];
        Assert.True(result.Unallocated.IsZero || funded.All(l => l.Awarded == l.Computed), $"money left while a grant is cut: {where}");
        foreach (AwardLine dropped in result.Lines.Where(l => l.Code == AwardCodes.BelowMinimumAfterCut))
        {
            AwardLine[] trial = [.. funded, dropped];
            Euro demand = Euro.Sum(trial.Select(l => l.Computed));
            bool fits = demand <= round.Budget || Allocator.Allocate(AllocationRequest.Of(round.Budget, trial.Select(l =>
                new AllocationRecipient(l.ApplicationId, l.Computed.Cents).WithDemand(l.Computed)))).Lines.All(l => l.Amount >= Minimum);
            Assert.False(fits, $"{dropped.ApplicationId} was dropped but fits back in: {where}");
        }
    }

    private static IEnumerable<long[]> Multisets(long[] values, int maxSize)
    {
        for (int size = 1; size <= maxSize; size++)
        {
            foreach (long[] m in Choose(values, 0, size))
            {
                yield return m;
            }
        }
    }

    private static IEnumerable<long[]> Choose(long[] values, int from, int size)
    {
        if (size == 0)
        {
            yield return [];
            yield break;
        }

        for (int i = from; i < values.Length; i++)
        {
            foreach (long[] rest in Choose(values, i, size - 1))
            {
                yield return [values[i], .. rest];
            }
        }
    }
}
