using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Awards;

/// <summary>
/// Large rounds under the minimum grant after the cut (issue 16): the allocator cuts with the allocation core's span
/// fast path and keeps its candidates in arrays; here the rule is run the slow, obvious way through the public
/// explained API (a request with the grants as weights and demands for every cut) and must give every application
/// the same award and code.
/// </summary>
public sealed partial class AwardAllocatorTests
{
    [Theory]
    [InlineData(300, 1, 50)]
    [InlineData(300, 2, 80)]
    [InlineData(120, 3, 30)]
    public void Allocate_HundredsOfApplicationsManyBelowTheMinimum_MatchesTheRuleRunSlowly(int count, int seed, int budgetPercent)
    {
        var random = new Random(seed);
        long[] grants = [.. Enumerable.Range(0, count).Select(i => i % 10 == 0 ? 6_000L : random.NextInt64(5_000, 40_000))];
        Euro budget = Euro.FromCents(grants.Sum() * budgetPercent); // grants in euros: percent of their sum, in cents
        AwardResult result = AwardAllocator.Default.Allocate(ProRataRound(budget, grants, i => $"A{(i * 37) % count:D4}-{i}"));

        (Dictionary<string, Euro> awards, Dictionary<string, Euro> dropped) = SlowMinimumRule(
            budget, [.. result.Lines.Where(l => l.Computed.IsPositive).Select(l => (l.ApplicationId, l.Computed))], Minimum);

        Assert.InRange(dropped.Count, 1, count - 1);
        Assert.All(result.Lines.Where(l => l.Computed.IsPositive), l =>
        {
            Assert.Equal(awards[l.ApplicationId], l.Awarded);
            Assert.Equal(dropped.ContainsKey(l.ApplicationId), l.Code == AwardCodes.BelowMinimumAfterCut);
        });
        Assert.All(result.Lines.Where(l => dropped.ContainsKey(l.ApplicationId)), l => Assert.Equal(dropped[l.ApplicationId], WouldBe(l)));
        Assert.True(result.IsReconciled);
    }

    /// <summary>
    /// A round where many grants are equal or a few cents apart, so that which application is furthest below the
    /// minimum turns on the cents each cut hands out: the allocator cannot know the answer without making the cut.
    /// </summary>
    [Theory]
    [InlineData(200, 4, 55)]
    [InlineData(90, 5, 35)]
    public void Allocate_GrantsCentsApartManyBelowTheMinimum_MatchesTheRuleRunSlowly(int count, int seed, int budgetPercent)
    {
        var random = new Random(seed);
        long[] grantCents = [.. Enumerable.Range(0, count).Select(i => 600_000L + (random.Next(4) == 0 ? 0 : random.Next(0, 7)) + (i % 3 * 250_000L))];
        Euro budget = Euro.FromCents(grantCents.Sum() * budgetPercent / 100);
        AwardRound round = new("cents-apart", "komm-an-3", new LocalDate(2020, 2, 1), budget, AwardPolicy.ProRata,
            grantCents.Select((g, i) => Copy(CaritasStating(Euro.FromCents(2 * g), Euro.FromCents(g)), requested: Euro.FromCents(g), id: $"C{(i * 11) % count:D3}-{i}")))
        {
            MinimumGrant = Minimum,
        };
        AwardResult result = AwardAllocator.Default.Allocate(round);

        (Dictionary<string, Euro> awards, Dictionary<string, Euro> dropped) = SlowMinimumRule(
            budget, [.. result.Lines.Where(l => l.Computed.IsPositive).Select(l => (l.ApplicationId, l.Computed))], Minimum);

        Assert.InRange(dropped.Count, 2, count - 1);
        Assert.All(result.Lines, l =>
        {
            Assert.Equal(awards[l.ApplicationId], l.Awarded);
            Assert.Equal(dropped.ContainsKey(l.ApplicationId), l.Code == AwardCodes.BelowMinimumAfterCut);
        });
        Assert.All(result.Lines.Where(l => dropped.ContainsKey(l.ApplicationId)), l => Assert.Equal(dropped[l.ApplicationId], WouldBe(l)));
        Assert.True(result.IsReconciled);
    }

    /// <summary>The cut a dropped application would have had, as its English reason states it.</summary>
    private static Euro WouldBe(AwardLine line)
    {
        const string Before = "After the cut the grant would be ";
        string reason = line.Reason.English;
        int start = reason.IndexOf(Before, StringComparison.Ordinal) + Before.Length;
        string amount = reason[start..reason.IndexOf(" EUR", start, StringComparison.Ordinal)];
        return Euro.Parse(amount, CultureInfo.GetCultureInfo("en-GB"));
    }

    /// <summary>The minimum after the cut as the rule says it, one cut per step, each cut an explained allocation.</summary>
    /// <returns>The award of every application, and the cut each dropped application had when it dropped.</returns>
    private static (Dictionary<string, Euro> Awards, Dictionary<string, Euro> Dropped) SlowMinimumRule(Euro budget, List<(string Id, Euro Computed)> candidates, Euro minimum)
    {
        List<(string Id, Euro Computed)> active = [.. candidates.OrderBy(c => c.Id, StringComparer.Ordinal)];
        var dropped = new List<(string Id, Euro Computed)>();
        var wouldBe = new Dictionary<string, Euro>(StringComparer.Ordinal);

        Dictionary<string, Euro> Cut(List<(string Id, Euro Computed)> group)
        {
            if (Euro.Sum(group.Select(c => c.Computed)) <= budget)
            {
                return group.ToDictionary(c => c.Id, c => c.Computed, StringComparer.Ordinal);
            }

            AllocationResult split = Allocator.Allocate(AllocationRequest.Of(budget, group.Select(c => new AllocationRecipient(c.Id, c.Computed.Cents).WithDemand(c.Computed))));
            return split.Lines.ToDictionary(l => l.Id, l => l.Amount, StringComparer.Ordinal);
        }

        (string Id, Euro Computed)? Worst(List<(string Id, Euro Computed)> group, Dictionary<string, Euro> cut) =>
            group.Where(c => cut[c.Id] < minimum).OrderBy(c => cut[c.Id]).ThenBy(c => c.Id, StringComparer.Ordinal).Cast<(string, Euro)?>().FirstOrDefault();

        Dictionary<string, Euro> cut = Cut(active);
        while (Worst(active, cut) is { } worst)
        {
            active.Remove(worst);
            dropped.Add(worst);
            wouldBe[worst.Id] = cut[worst.Id];
            cut = Cut(active);
        }

        bool admitted = true;
        while (admitted)
        {
            admitted = false;
            foreach ((string Id, Euro Computed) c in dropped.OrderByDescending(c => c.Computed).ThenBy(c => c.Id, StringComparer.Ordinal))
            {
                List<(string Id, Euro Computed)> trial = [.. active.Append(c).OrderBy(x => x.Id, StringComparer.Ordinal)];
                Dictionary<string, Euro> trialCut = Cut(trial);
                if (Worst(trial, trialCut) is null)
                {
                    active = trial;
                    dropped.Remove(c);
                    cut = trialCut;
                    admitted = true;
                    break;
                }
            }
        }

        foreach ((string id, _) in dropped)
        {
            cut[id] = Euro.Zero;
        }

        return (cut, dropped.ToDictionary(d => d.Id, d => wouldBe[d.Id], StringComparer.Ordinal));
    }
}
