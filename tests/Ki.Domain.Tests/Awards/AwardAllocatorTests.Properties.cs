namespace Ki.Domain.Tests.Awards;

public sealed partial class AwardAllocatorTests
{
    private static readonly Arbitrary<AwardRound> Rounds = AwardsGen.Rounds.ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Allocate_AnyRound_NeverExceedsTheBudgetAndReconcilesToTheCent() =>
        Prop.ForAll(Rounds, round =>
        {
            AwardResult result = AwardAllocator.Default.Allocate(round);
            return result.Awarded <= round.Budget
                && result.Awarded + result.Unallocated == round.Budget
                && !result.Unallocated.IsNegative
                && Euro.Sum(result.Lines.Select(l => l.Awarded)) == result.Awarded
                && result.IsReconciled;
        });

    [Property(MaxTest = 150)]
    public Property Allocate_AnyRound_GivesNoMoneyToIneligibleApplications() =>
        Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.Where(l => !l.Decision.IsEligible).All(l => l.Awarded.IsZero && l.Computed.IsZero));

    [Property(MaxTest = 150)]
    public Property Allocate_AnyRound_NoAwardExceedsItsComputedGrantNorTheRequest() =>
        Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.All(l => !l.Awarded.IsNegative && l.Awarded <= l.Computed && l.Computed <= l.Requested));

    [Property(MaxTest = 150)]
    public Property Allocate_AnyRound_EveryPositiveAwardReachesTheMinimumGrant() =>
        Prop.ForAll(Rounds, round =>
        {
            // Only a quarter of the random rounds award anything; the others are discarded, so 150 rounds with
            // awards are checked.
            AwardLine[] awarded = [.. AwardAllocator.Default.Allocate(round).Lines.Where(l => l.Awarded.IsPositive)];
            return awarded.All(l => l.Awarded >= Euro.FromEuros(5_000)).When(awarded.Length > 0);
        });

    [Property(MaxTest = 150)]
    public Property Allocate_OversubscribedRound_LeavesMoneyOnlyWhenEveryKeptGrantIsFull() =>
        Prop.ForAll(Rounds, round =>
        {
            AwardResult result = AwardAllocator.Default.Allocate(round);
            bool everyKeptGrantFull = result.Lines.Where(l => l.Code is AwardCodes.Full or AwardCodes.Cut or AwardCodes.TierNotReached).All(l => l.Awarded == l.Computed);
            return everyKeptGrantFull.When(!result.Unallocated.IsZero);
        });

    [Property(MaxTest = 100)]
    public Property Allocate_ShuffledApplications_GiveTheSameAwards()
    {
        Gen<(AwardRound, int)> cases = from round in AwardsGen.Rounds from seed in Gen.Choose(0, int.MaxValue) select (round, seed);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (AwardRound round, int seed) = c;
            var random = new Random(seed);
            var shuffled = new AwardRound(round.Id, round.LineId, round.AsOf, round.Budget, round.Policy, round.Applications.OrderBy(_ => random.Next()))
            {
                Priorities = round.Priorities,
            };
            AwardResult a = AwardAllocator.Default.Allocate(round);
            AwardResult b = AwardAllocator.Default.Allocate(shuffled);
            return a.Lines.Select(l => (l.ApplicationId, l.Awarded, l.Code)).SequenceEqual(b.Lines.Select(l => (l.ApplicationId, l.Awarded, l.Code)));
        });
    }

    [Property(MaxTest = 60)]
    public Property Allocate_AnyRound_MatchesTheEligibilityOfEachApplication() =>
        Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.All(l => l.Decision.Outcome == EligibilityEvaluator.Default.Evaluate(l.Application, round.AsOf).Outcome));
}
