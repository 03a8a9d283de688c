namespace Ki.Domain.Tests.Awards;

public sealed partial class AwardAllocatorTests
{
    /// <summary>
    /// The minimum grant after the cut over random pro-rata rounds (up to 120 applications, grants from just above the
    /// minimum to eight times it, budgets from a fifth to all of the demand): every award and code is what the rule,
    /// run slowly one cut per step with the explained API, gives. The allocator skips the cuts whose outcome is certain
    /// (an application tried again whose exact quota is below the minimum less a cent); this law is what keeps that honest.
    /// Discarded: rounds where nothing drops out (no minimum step to check).
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Allocate_RandomProRataRoundsWithDrops_MatchTheRuleRunSlowly()
    {
        Gen<(int Count, int Seed, int Percent)> cases =
            from count in Gen.Choose(3, 120)
            from seed in Gen.Choose(0, int.MaxValue)
            from percent in Gen.Choose(20, 100)
            select (count, seed, percent);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.Seed);
            long[] grants = [.. Enumerable.Range(0, c.Count).Select(_ => random.NextInt64(5_001, 40_000))];
            Euro budget = Euro.FromCents(grants.Sum() * c.Percent);
            AwardResult result = AwardAllocator.Default.Allocate(ProRataRound(budget, grants, i => $"P{(i * 7) % c.Count:D3}-{i}"));
            (Dictionary<string, Euro> awards, Dictionary<string, Euro> dropped) = SlowMinimumRule(
                budget, [.. result.Lines.Where(l => l.Computed.IsPositive).Select(l => (l.ApplicationId, l.Computed))], Minimum);
            bool same = result.Lines.Where(l => l.Computed.IsPositive).All(l =>
                awards[l.ApplicationId] == l.Awarded && dropped.ContainsKey(l.ApplicationId) == (l.Code == AwardCodes.BelowMinimumAfterCut)
                && (!dropped.TryGetValue(l.ApplicationId, out Euro wouldBe) || WouldBe(l) == wouldBe));
            return (same && result.IsReconciled).When(dropped.Count > 0);
        });
    }
}
