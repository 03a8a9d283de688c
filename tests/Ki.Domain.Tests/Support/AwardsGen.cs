using Ki.Domain.Tests.Eligibility;

namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for award rounds on KOMM-AN III: mostly eligible applications, some not, random budgets and tiers.</summary>
internal static class AwardsGen
{
    public static readonly LocalDate AsOf = new(2020, 2, 1);

    private static Application WithId(Application a, int index) => EligibilityFixtures.Copy(a, id: $"R-{index:000}");

    private static Gen<Application> Eligibleish(int index) =>
        from requested in Gen.Choose(0, 6_000_000)
        from costs in Gen.Choose(0, 7_000_000)
        from ownShare in Gen.Choose(0, 30)
        select EligibilityFixtures.Caritas($"R-{index:000}") is var c
            ? new Application(c.Id, c.Applicant, c.LineId, c.FiscalYear, Euro.FromCents(requested))
            {
                EligibleCosts = Euro.FromCents(costs),
                OwnContribution = Euro.FromCents(costs / 100 * ownShare),
                PlannedStart = c.PlannedStart,
                DeliveryPeriod = c.DeliveryPeriod,
                Submitted = c.Submitted,
                Route = c.Route,
            }
            : null!;

    private static Gen<Application> Any(int index) => Gen.Frequency(
        (4, Eligibleish(index)),
        (1, EligibilityGen.Applications("komm-an-3").Select(a => WithId(a, index))));

    /// <summary>Rounds of up to 12 applications.</summary>
    public static Gen<AwardRound> Rounds { get; } =
        from count in Gen.Choose(0, 12)
        from raw in Any(0).ArrayOf(count)
        let applications = raw.Select(WithId).ToArray()
        from budget in Gen.OneOf(Gen.Choose(0, 20_000_000), Gen.Choose(0, 100_000), Gen.Constant(0))
        from policy in Gen.Elements(AwardPolicy.ProRata, AwardPolicy.PriorityTiers)
        from tiers in Gen.Choose(0, 3).ArrayOf(count)
        select new AwardRound("round", "komm-an-3", AsOf, Euro.FromCents(budget), policy, applications)
        {
            Priorities = applications.Select((a, i) => (a.Id, Tier: tiers[i])).Where(p => p.Tier > 0).ToDictionary(p => p.Id, p => p.Tier).ToImmutableDictionary(StringComparer.Ordinal),
        };
}
