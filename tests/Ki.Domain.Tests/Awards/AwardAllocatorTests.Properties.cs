using FsCheck;
using FsCheck.Fluent;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Tests.Support;

namespace Ki.Domain.Tests.Awards;

public sealed partial class AwardAllocatorTests
{
    private static readonly Arbitrary<AwardRound> Rounds = AwardsGen.Rounds.ToArbitrary();

    [Fact]
    public void Allocate_AnyRound_NeverExceedsTheBudgetAndReconcilesToTheCent() =>
        Properties.Check(Prop.ForAll(Rounds, round =>
        {
            AwardResult result = AwardAllocator.Default.Allocate(round);
            return result.Awarded <= round.Budget
                && result.Awarded + result.Unallocated == round.Budget
                && !result.Unallocated.IsNegative
                && Euro.Sum(result.Lines.Select(l => l.Awarded)) == result.Awarded
                && result.IsReconciled;
        }), 150);

    [Fact]
    public void Allocate_AnyRound_GivesNoMoneyToIneligibleApplications() =>
        Properties.Check(Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.Where(l => !l.Decision.IsEligible).All(l => l.Awarded.IsZero && l.Computed.IsZero)), 150);

    [Fact]
    public void Allocate_AnyRound_NoAwardExceedsItsComputedGrantNorTheRequest() =>
        Properties.Check(Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.All(l => !l.Awarded.IsNegative && l.Awarded <= l.Computed && l.Computed <= l.Requested)), 150);

    [Fact]
    public void Allocate_AnyRound_EveryPositiveAwardReachesTheMinimumGrant() =>
        Properties.Check(Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.Where(l => l.Awarded.IsPositive).All(l => l.Awarded >= Euro.FromEuros(5_000))), 150);

    [Fact]
    public void Allocate_OversubscribedRound_LeavesMoneyOnlyWhenEveryKeptGrantIsFull() =>
        Properties.Check(Prop.ForAll(Rounds, round =>
        {
            AwardResult result = AwardAllocator.Default.Allocate(round);
            bool everyKeptGrantFull = result.Lines.Where(l => l.Code is AwardCodes.Full or AwardCodes.Cut or AwardCodes.TierNotReached).All(l => l.Awarded == l.Computed);
            return result.Unallocated.IsZero || everyKeptGrantFull;
        }), 150);

    [Fact]
    public void Allocate_ShuffledApplications_GiveTheSameAwards()
    {
        Gen<(AwardRound, int)> cases = from round in AwardsGen.Rounds from seed in Gen.Choose(0, int.MaxValue) select (round, seed);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
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
        }), 100);
    }

    [Fact]
    public void Allocate_AnyRound_MatchesTheEligibilityOfEachApplication() =>
        Properties.Check(Prop.ForAll(Rounds, round =>
            AwardAllocator.Default.Allocate(round).Lines.All(l => l.Decision.Outcome == EligibilityEvaluator.Default.Evaluate(l.Application, round.AsOf).Outcome)), 60);
}
