using System.Runtime.InteropServices;
using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

/// <summary>
/// A decision finds its outcome first and works out its missing facts, result objects and texts only when a caller asks
/// for them (issue 16): what is asked for is always the same, whenever and on whichever thread, and the decision itself
/// stays cheap.
/// </summary>
public sealed class LazyExplanationTests
{
    private static readonly RuleSet KommAn3Rules = RuleBook.Default.Find("komm-an-3", KommAn3)!;

    /// <summary>Random rule sets with random applications to the KOMM-AN line 3.</summary>
    private static readonly Arbitrary<(RuleSet Rules, Application Application)> Cases = (
        from rules in EligibilityGen.RuleSets
        from application in EligibilityGen.Applications("komm-an-3")
        select (rules, application)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Evaluate_RandomRulesAndApplications_MissingFactsAreThoseOfTheResultTree()
    {
        return Prop.ForAll(Cases, c =>
        {
            (RuleSet rules, Application application) = c;
            EligibilityDecision decision = EligibilityEvaluator.Evaluate(application, KommAn3, rules, AsOf);
            string[] fromTree = [.. decision.Results.SelectMany(r => r.Flatten()).Where(r => r.Children.IsEmpty)
                .SelectMany(r => r.MissingFacts).Distinct(StringComparer.Ordinal)];
            string[] fromRoots = [.. decision.Results.SelectMany(r => r.MissingFacts).Distinct(StringComparer.Ordinal)];
            bool keyMissing = decision.MissingFacts.Contains("applicant.officialKey");
            string[] stated = [.. decision.MissingFacts.Where(f => f != "applicant.officialKey")];
            return (stated.SequenceEqual(fromTree) && fromRoots.SequenceEqual(fromTree))
                .Label($"decision {string.Join(",", decision.MissingFacts)}; tree {string.Join(",", fromTree)}; key missing {keyMissing}");
        });
    }

    [Property(MaxTest = 200)]
    public Property Evaluate_RandomRulesAndApplications_OutcomeFollowsTheResults()
    {
        return Prop.ForAll(Cases, c =>
        {
            (RuleSet rules, Application application) = c;
            EligibilityDecision decision = EligibilityEvaluator.Evaluate(application, KommAn3, rules, AsOf);
            if (decision.Code is EligibilityCodes.ApplicationInvalid or EligibilityCodes.TerritoryContradiction)
            {
                return true.Label("not evaluated");
            }

            EligibilityOutcome expected = decision.Results.Any(r => r.Outcome == CriterionOutcome.Fail) ? EligibilityOutcome.NotEligible
                : decision.Results.All(r => r.IsPass) && decision.MissingFacts.IsEmpty ? EligibilityOutcome.Eligible
                : EligibilityOutcome.Undetermined;
            return (decision.Outcome == expected).Label($"{decision.Outcome} but the results say {expected}");
        });
    }

    [Fact]
    public void Results_AskedFromManyThreads_EveryThreadGetsTheSameObjects()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Caritas(requested: 4_000), AsOf);
        var seen = new CriterionResult[16];

        Parallel.For(0, seen.Length, i => seen[i] = decision.Results[^1]);

        Assert.All(seen, r => Assert.Same(decision.Results[^1], r));
        Assert.Equal(decision.Results.Length, KommAn3Rules.Criteria.Length);
    }

    [Theory]
    [InlineData(4_000, 100, "KI-ELIG-NOT-ELIGIBLE")]
    [InlineData(36_000, 4_000, "KI-ELIG-ELIGIBLE")]
    public void Details_FirstAskedFromManyThreadsAtOnce_EveryThreadReadsTheSameCodeResultsAndTexts(long requested, long own, string code)
    {
        // A fresh decision each round, so that the threads race to make its details (message, results, missing facts).
        for (int round = 0; round < 25; round++)
        {
            EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Caritas(requested: requested, own: own), AsOf);
            var read = new (string Code, CriterionResult[] Results, string Message, string Missing, int Findings)[8];

            Parallel.For(0, read.Length, i => read[i] = (decision.Code, ImmutableCollectionsMarshal.AsArray(decision.Results)!,
                decision.Message.German + decision.Message.English, string.Join(",", decision.MissingFacts), decision.Findings.Length));

            Assert.All(read, r => Assert.Equal(code, r.Code));
            Assert.All(read, r => Assert.Same(read[0].Results, r.Results));
            Assert.All(read, r => Assert.Equal(read[0].Message, r.Message));
            Assert.All(read, r => Assert.Equal(string.Empty, r.Missing));
            Assert.All(read, r => Assert.Equal(0, r.Findings));
            Assert.Equal(KommAn3Rules.Criteria.Length, read[0].Results.Length);
        }
    }

    [Fact]
    public void Message_NotEligible_NamesTheFailedCriteriaOfTheResults()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Caritas(requested: 4_000, own: 100), AsOf);

        string[] failed = [.. decision.Results.Where(r => r.Outcome == CriterionOutcome.Fail).Select(r => r.Code)];
        Assert.Equal(2, failed.Length);
        Assert.Equal($"Application III-017 is not eligible: not met are {string.Join(", ", failed)}.", decision.Message.English);
        Assert.Equal($"Der Antrag III-017 ist nicht förderfähig: nicht erfüllt sind {string.Join(", ", failed)}.", decision.Message.German);
    }

    [Theory]
    [InlineData(36_000)]
    [InlineData(4_000)]
    public void Evaluate_BeforeAnyTextIsAsked_AllocatesNoTextsAndNoResultObjects(long requested)
    {
        Application application = Caritas(requested: requested);
        for (int i = 0; i < 3; i++)
        {
            _ = EligibilityEvaluator.Evaluate(application, KommAn3, KommAn3Rules, AsOf);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        EligibilityDecision decision = EligibilityEvaluator.Evaluate(application, KommAn3, KommAn3Rules, AsOf);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The decision alone, one 64-byte object (five references and the date and outcome): no context, no verdicts
        // (the evaluator's pass runs in a context of its thread and records nothing), no details until asked for. The
        // two messages would add about 400 bytes, the 8 result objects about 700.
        Assert.InRange(allocated, 1, 64);
        Assert.Equal(requested == 36_000, decision.IsEligible);
        Assert.Equal(KommAn3Rules.Criteria.Length, decision.Results.Length);
    }

    [Fact]
    public void MissingFacts_EligibleThroughAnyWithTheSeatMissing_AreNamedThoughTheOutcomeWasSettledWithoutThem()
    {
        // A welfare association without a stated seat, under "seat in Kreis Soest or non-profit": the any passes through
        // non-profit, so the outcome needs no seat, but the decision still names the seat as missing, as it did when every
        // criterion was asked before the outcome was known.
        var rules = new RuleSet("komm-an-3", [new AnyCriterion([new SeatCriterion([DistrictKey.ParseNrw("05974")], []), new NonProfitCriterion()])]);
        Application caritas = Caritas();
        Application noSeat = Copy(caritas, applicant: new Applicant("Caritas Soest", ApplicantKind.WelfareAssociation) { IsNonProfit = true });

        EligibilityDecision decision = EligibilityEvaluator.Evaluate(noSeat, KommAn3, rules, AsOf);

        Assert.Equal(EligibilityOutcome.Eligible, decision.Outcome);
        Assert.Equal<string>(["applicant.seat"], decision.MissingFacts);
        Assert.Equal<string>(["applicant.seat"], decision.Results[0].MissingFacts);
        Assert.Empty(EligibilityEvaluator.Evaluate(caritas, KommAn3, rules, AsOf).MissingFacts);
    }

    [Property(MaxTest = 100)]
    public Property MissingFacts_ReadBeforeOrAfterTheResultsAndOnOtherThreads_AreTheSame()
    {
        return Prop.ForAll(Cases, c =>
        {
            (RuleSet rules, Application application) = c;
            EligibilityDecision first = EligibilityEvaluator.Evaluate(application, KommAn3, rules, AsOf);
            EligibilityDecision second = EligibilityEvaluator.Evaluate(application, KommAn3, rules, AsOf);
            string[] before = [.. first.MissingFacts];
            _ = second.Results;
            var seen = new string[8][];
            Parallel.For(0, seen.Length, i => seen[i] = [.. second.MissingFacts]);
            return (seen.All(s => s.SequenceEqual(before)) && first.MissingFacts.SequenceEqual(before))
                .Label($"first {string.Join(",", before)}; second {string.Join(",", seen[0])}");
        });
    }
}
