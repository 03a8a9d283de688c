using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Boundaries;

/// <summary>
/// Every legal threshold at its exact value and one step either side (issue 11, bullet 9): a request equal to the
/// minimum grant, an application received at the last instant of the deadline day, a measure that starts on the first
/// day of the approval period or on the approval day, a rule's own figure overriding the version's, base amounts and
/// floors that add up to exactly the budget. Mutation testing found <c>&gt;=</c> turned into <c>&gt;</c> surviving in
/// each of these places; these tests kill such mutants in the evaluator and in the screening plan alike.
/// </summary>
public sealed class LegalThresholdTests
{
    private static readonly SourceReference Test = new("test", Confidence.Verified);

    private static CriterionOutcome Evaluate(Criterion criterion, Application application, FundingLineVersion? version = null, LocalDate? asOf = null) =>
        EvaluateOne(criterion, application, version, asOf).Outcome;

    /// <summary>The evaluator's and the screening plan's outcome for one criterion; both must agree.</summary>
    private static CriterionOutcome Both(Criterion criterion, Application application, FundingLineVersion? version = null, LocalDate? asOf = null)
    {
        version ??= KommAn3;
        CriterionOutcome explained = Evaluate(criterion, application, version, asOf);
        var rules = new RuleSet(application.LineId, version.Validity.Start, [criterion]);
        EligibilityOutcome screened = ScreeningPlan.Compile(rules, version, asOf ?? AsOf, application.FiscalYear).Screen(application);
        EligibilityOutcome expected = explained switch
        {
            CriterionOutcome.Pass => EligibilityOutcome.Eligible,
            CriterionOutcome.Fail => EligibilityOutcome.NotEligible,
            _ => EligibilityOutcome.Undetermined,
        };
        Assert.Equal(expected, screened);
        return explained;
    }

    private static Application Requesting(long cents) => Copy(Caritas(requested: 36_000), requested: Euro.FromCents(cents));

    private static Application Submitted(Instant at)
    {
        Application a = Caritas();
        return new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount) { Submitted = at };
    }

    private static Application Delivered(LocalDate start, LocalDate end)
    {
        Application a = Caritas();
        return new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount) { DeliveryPeriod = new DateInterval(start, end) };
    }

    private static Application Starting(LocalDate start)
    {
        Application a = Caritas();
        return new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount) { PlannedStart = start };
    }

    // ---------- the minimum grant (Bagatellgrenze) and the cap ----------

    [Fact]
    public void GrantRange_RequestEqualToTheVersionsMinimum_PassesAndOneCentLessFails()
    {
        Assert.Equal(Euro.FromEuros(5_000), KommAn3.MinimumGrant!.Value.Value); // the figure the test is about

        Assert.Equal(CriterionOutcome.Pass, Both(new GrantRangeCriterion(), Requesting(500_000)));
        Assert.Equal(CriterionOutcome.Fail, Both(new GrantRangeCriterion(), Requesting(499_999)));
        Assert.Equal(CriterionOutcome.Pass, Both(new GrantRangeCriterion(), Requesting(500_001)));
    }

    [Fact]
    public void GrantRange_RulesOwnMinimum_OverridesTheVersionsAtItsExactValue()
    {
        var ownMinimum = new GrantRangeCriterion(Euro.FromEuros(6_000));

        Assert.Equal(CriterionOutcome.Fail, Both(ownMinimum, Requesting(599_999))); // above the version's 5,000, below the rule's
        Assert.Equal(CriterionOutcome.Pass, Both(ownMinimum, Requesting(600_000)));

        var lowerMinimum = new GrantRangeCriterion(Euro.FromEuros(4_000));
        Assert.Equal(CriterionOutcome.Pass, Both(lowerMinimum, Requesting(400_000))); // below the version's 5,000: the rule decides
        Assert.Equal(CriterionOutcome.Fail, Both(lowerMinimum, Requesting(399_999)));
    }

    [Fact]
    public void GrantRange_RequestEqualToTheMaximum_IsNotCappedAndOneCentMoreIs()
    {
        var range = new GrantRangeCriterion(Euro.FromEuros(5_000), Euro.FromEuros(36_000));
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [range]);

        CriterionResult atCap = EligibilityEvaluator.Evaluate(Requesting(3_600_000), KommAn3, rules, AsOf).Results.Single();
        CriterionResult overCap = EligibilityEvaluator.Evaluate(Requesting(3_600_001), KommAn3, rules, AsOf).Results.Single();

        Assert.Equal("36000.00 EUR", atCap.Actual.English);
        Assert.Equal("36000.01 EUR, capped at the cap of 36000.00 EUR", overCap.Actual.English);
    }

    [Fact]
    public void AwardRound_CutToExactlyTheMinimum_StaysFundedAndOneCentLessDropsOut()
    {
        // 15,000 over three requests of 6,000 cuts each to exactly 5,000.00: equal to the minimum is not below it.
        AwardResult exact = AwardAllocator.Default.Allocate(Round(Euro.FromEuros(15_000), 6_000, 6_000, 6_000));
        Assert.All(exact.Lines, l => Assert.Equal(Euro.FromEuros(5_000), l.Awarded));
        Assert.DoesNotContain(exact.Lines, l => l.Code == AwardCodes.BelowMinimumAfterCut);
        Assert.Equal(Euro.Zero, exact.Unallocated);

        // Three cents less and each cut would be 4,999.99: one application drops out and the other two are funded.
        AwardResult short3 = AwardAllocator.Default.Allocate(Round(Euro.FromCents(1_499_997), 6_000, 6_000, 6_000));
        Assert.Single(short3.Lines, l => l.Code == AwardCodes.BelowMinimumAfterCut);
        Assert.All(short3.Lines.Where(l => l.Code != AwardCodes.BelowMinimumAfterCut), l => Assert.True(l.Awarded >= Euro.FromEuros(5_000), l.Awarded.ToString()));
    }

    private static AwardRound Round(Euro budget, params long[] grants) =>
        new("r", "komm-an-3", AsOf, budget, AwardPolicy.ProRata,
            grants.Select((g, i) => Caritas($"R{i + 1}", requested: g, costs: 2 * g, own: g)));

    // ---------- the application deadline (Antragsfrist) ----------

    [Fact]
    public void Deadline_ReceivedAtTheLastInstantOfTheDeadlineDay_PassesAndAtMidnightFails()
    {
        // 30.09. of the year before, Berlin summer time: the day ends at 22:00 UTC.
        var deadline = new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(9, 30), -1));
        Instant midnight = Instant.FromUtc(2019, 9, 30, 22, 0);

        Assert.Equal(CriterionOutcome.Pass, Both(deadline, Submitted(midnight - Duration.Epsilon)));
        Assert.Equal(CriterionOutcome.Fail, Both(deadline, Submitted(midnight)));
        Assert.Equal(CriterionOutcome.Pass, Both(deadline, Submitted(Instant.FromUtc(2019, 9, 29, 22, 0)))); // the first instant of the day
    }

    [Fact]
    public void Deadline_InWinterTime_EndsAt23Utc()
    {
        // 31.01. of the funding year, Berlin winter time (UTC+1).
        var deadline = new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(1, 31)));
        Instant midnight = Instant.FromUtc(2020, 1, 31, 23, 0);

        Assert.Equal(CriterionOutcome.Pass, Both(deadline, Submitted(midnight - Duration.Epsilon)));
        Assert.Equal(CriterionOutcome.Fail, Both(deadline, Submitted(midnight)));
    }

    [Fact]
    public void Deadline_RulesOwnDeadline_OverridesTheVersionsDeadline()
    {
        FundingLineVersion withDeadline = new(KommAn3.Validity, KommAn3.Financing)
        {
            Deadline = new ApplicationDeadline(new AnnualDate(10, 31), -1),
            DeadlineSource = Test,
        };
        Application october15 = Submitted(Instant.FromUtc(2019, 10, 15, 10, 0));

        Assert.Equal(CriterionOutcome.Pass, Both(new DeadlineCriterion(), october15, withDeadline)); // the version's 31.10.
        Assert.Equal(CriterionOutcome.Fail, Both(new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(9, 30), -1)), october15, withDeadline));
        Assert.Equal(CriterionOutcome.Pass, Both(new DeadlineCriterion(), Submitted(Instant.FromUtc(2019, 10, 31, 23, 0) - Duration.Epsilon), withDeadline));
        Assert.Equal(CriterionOutcome.Fail, Both(new DeadlineCriterion(), Submitted(Instant.FromUtc(2019, 10, 31, 23, 0)), withDeadline)); // winter time again
    }

    // ---------- periods: first and last day ----------

    [Fact]
    public void DeliveryPeriod_TheWholeFiscalYear_PassesAndOneDayMoreEitherSideFails()
    {
        var jan1 = new LocalDate(2020, 1, 1);
        var dec31 = new LocalDate(2020, 12, 31);

        Assert.Equal(CriterionOutcome.Pass, Both(new DeliveryPeriodCriterion(), Delivered(jan1, dec31)));
        Assert.Equal(CriterionOutcome.Pass, Both(new DeliveryPeriodCriterion(), Delivered(jan1, jan1))); // one day, the first
        Assert.Equal(CriterionOutcome.Pass, Both(new DeliveryPeriodCriterion(), Delivered(dec31, dec31))); // one day, the last
        Assert.Equal(CriterionOutcome.Fail, Both(new DeliveryPeriodCriterion(), Delivered(jan1.PlusDays(-1), dec31)));
        Assert.Equal(CriterionOutcome.Fail, Both(new DeliveryPeriodCriterion(), Delivered(jan1, dec31.PlusDays(1))));
    }

    [Fact]
    public void DeliveryPeriod_StartingOnTheFirstDayOfANarrowApprovalPeriod_PassesAndTheDayBeforeFails()
    {
        FundingLineVersion aprilToOctober = new(KommAn3.Validity, KommAn3.Financing)
        {
            ApprovalPeriod = new AnnualPeriod(new AnnualDate(4, 1), new AnnualDate(10, 31)),
            PeriodSource = Test,
        };
        var first = new LocalDate(2020, 4, 1);
        var last = new LocalDate(2020, 10, 31);

        Assert.Equal(CriterionOutcome.Pass, Both(new DeliveryPeriodCriterion(), Delivered(first, last), aprilToOctober));
        Assert.Equal(CriterionOutcome.Fail, Both(new DeliveryPeriodCriterion(), Delivered(first.PlusDays(-1), last), aprilToOctober));
        Assert.Equal(CriterionOutcome.Fail, Both(new DeliveryPeriodCriterion(), Delivered(first, last.PlusDays(1)), aprilToOctober));
    }

    [Fact]
    public void EarlyStart_OnTheApprovalDay_PassesAndTheDayBeforeFails()
    {
        var approval = new LocalDate(2020, 3, 1);

        Assert.Equal(CriterionOutcome.Pass, Both(new EarlyStartCriterion(), Starting(approval), asOf: approval));
        Assert.Equal(CriterionOutcome.Fail, Both(new EarlyStartCriterion(), Starting(approval.PlusDays(-1)), asOf: approval));
        Assert.Equal(CriterionOutcome.Pass, Both(new EarlyStartCriterion(), Starting(approval.PlusDays(1)), asOf: approval));
    }

    // ---------- allocation: bounds that add up to exactly the budget ----------

    [Fact]
    public void Allocate_BaseAmountsEqualToTheBudget_GiveEveryoneTheBaseAndOneCentMoreIsRefused()
    {
        AllocationRecipient[] recipients = [new("a", 3), new("b", 1), new("c", 0)];
        AllocationRequest exact = AllocationRequest.Of(Euro.FromEuros(3_000), recipients).WithBase(Euro.FromEuros(1_000));

        AllocationResult result = Allocator.Allocate(exact);

        Assert.All(result.Lines, l => Assert.Equal(Euro.FromEuros(1_000), l.Amount));
        Assert.Equal(Euro.Zero, result.Unallocated);

        ArgumentException e = Assert.Throws<ArgumentException>(() => Allocator.Allocate(exact.WithBase(Euro.FromCents(100_001))));
        Assert.Contains("base amounts", e.Message, StringComparison.Ordinal);
        Assert.Contains("more than the budget", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_FloorsEqualToTheBudget_GiveEveryoneTheFloorAndOneCentMoreIsRefused()
    {
        AllocationRecipient[] recipients = [new("a", 5), new("b", 1)];
        AllocationRequest exact = AllocationRequest.Of(Euro.FromEuros(10_000), recipients).WithFloor(Euro.FromEuros(5_000));

        AllocationResult result = Allocator.Allocate(exact);

        Assert.All(result.Lines, l => Assert.Equal(Euro.FromEuros(5_000), l.Amount));
        Assert.Throws<ArgumentException>(() => Allocator.Allocate(exact.WithFloor(Euro.FromCents(500_001))));
    }
}
