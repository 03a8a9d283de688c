using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Mutation;

/// <summary>
/// What a grant officer reads and what a host developer gets wrong, for the boundary criteria (minimum grant and cap,
/// deadline, delivery period, early start) and the screening plan: the cap that refuses instead of capping, a missing
/// fact named as missing, the requirement stated in both languages, one criterion object reused for other versions,
/// years and decision dates (its cached texts must follow), and every refused argument naming its field.
/// </summary>
public sealed class CriterionEdgeTests
{
    private static readonly SourceReference Test = new("test", Confidence.Verified);

    private static EligibilityOutcome Screen(Criterion criterion, Application application, FundingLineVersion? version = null, LocalDate? asOf = null)
    {
        version ??= KommAn3;
        var rules = new RuleSet(application.LineId, version.Validity.Start, [criterion]);
        return ScreeningPlan.Compile(rules, version, asOf ?? AsOf, application.FiscalYear).Screen(application);
    }

    private static Application Bare(Applicant? applicant = null, long requested = 36_000, int year = 2020) =>
        new("T-1", applicant ?? Caritas().Applicant, "komm-an-3", FiscalYear.Of(year), Euro.FromEuros(requested));

    /// <summary>A KOMM-AN 3 version with only the given figures set, each sourced to <see cref="Test"/>.</summary>
    private static FundingLineVersion Version(
        Euro? minimum = null,
        Euro? cap = null,
        bool refuseAboveCap = false,
        AnnualDate? deadline = null,
        AnnualPeriod? approval = null,
        bool earlyStart = false) =>
        new(KommAn3.Validity, KommAn3.Financing)
        {
            MinimumGrant = minimum is { } m ? new Figure<Euro>(m, Test) : null,
            Cap = cap is { } c ? new Figure<Euro>(c, Test) : null,
            AboveCapInadmissible = refuseAboveCap ? Test : null,
            Deadline = deadline is { } d ? new ApplicationDeadline(d, -1) : null,
            DeadlineSource = Test,
            ApprovalPeriod = approval,
            PeriodSource = Test,
            EarlyStartAllowed = earlyStart,
        };

    private static AnnualPeriod Window(int fromMonth, int fromDay, int toMonth, int toDay) =>
        new(new AnnualDate(fromMonth, fromDay), new AnnualDate(toMonth, toDay));

    /// <summary>
    /// Evaluates a criterion for an application that lacks the fact it needs: undecided, naming that fact alone, and
    /// screened as undetermined too. Returns the result for the criterion's own texts.
    /// </summary>
    private static CriterionResult AssertUndecided(Criterion criterion, string missingFact)
    {
        CriterionResult result = EvaluateOne(criterion, Bare());
        Assert.Equal(CriterionOutcome.Unknown, result.Outcome);
        Assert.Equal(missingFact, Assert.Single(result.MissingFacts));
        Assert.Equal(EligibilityOutcome.Undetermined, Screen(criterion, Bare()));
        return result;
    }

    /// <summary>
    /// Evaluates one criterion object for each case in turn and checks that each states its own requirement: a
    /// criterion caches the texts it last computed, and a case must never get the one before's.
    /// </summary>
    private static void AssertEachStatesItsOwnRequirement(Criterion criterion, params (Application Application, FundingLineVersion? Version, LocalDate? AsOf, string Required)[] cases)
    {
        foreach ((Application application, FundingLineVersion? version, LocalDate? asOf, string required) in cases)
        {
            Assert.Equal(required, EvaluateOne(criterion, application, version, asOf).Required.English);
        }
    }

    // ---------- Zuwendungshöhe: minimum grant and cap ----------

    [Fact]
    public void GrantRange_AboveTheCapOfALineThatRefusesIt_FailsAndIsNotDescribedAsCapped()
    {
        FundingLineVersion refusing = Version(Euro.FromEuros(5_000), Euro.FromEuros(36_000), refuseAboveCap: true);
        var range = new GrantRangeCriterion();

        CriterionResult atCap = EvaluateOne(range, Copy(Caritas(), requested: Euro.FromEuros(36_000)), refusing);
        CriterionResult above = EvaluateOne(range, Copy(Caritas(), requested: Euro.FromCents(3_600_001)), refusing);

        Assert.Equal(CriterionOutcome.Pass, atCap.Outcome);
        Assert.Equal(CriterionOutcome.Fail, above.Outcome);
        TextAssert.Says(above.Actual, "36.000,01 €", "36000.01 EUR");
        TextAssert.Says(above.Required, "5.000,00 € bis 36.000,00 €", "5000.00 EUR to 36000.00 EUR");
        Assert.Equal(EligibilityOutcome.NotEligible, Screen(range, Copy(Caritas(), requested: Euro.FromCents(3_600_001)), refusing));
        Assert.Equal(EligibilityOutcome.Eligible, Screen(range, Copy(Caritas(), requested: Euro.FromEuros(36_000)), refusing));
    }

    [Fact]
    public void GrantRange_AboveTheCapOfALineThatCapsIt_PassesAndSaysCappedInBothLanguages()
    {
        CriterionResult above = EvaluateOne(new GrantRangeCriterion(), Copy(Caritas(), requested: Euro.FromEuros(40_000)), Version(cap: Euro.FromEuros(36_000)));

        Assert.Equal(CriterionOutcome.Pass, above.Outcome);
        TextAssert.Says(above.Actual, "40.000,00 €, gekappt auf den Höchstbetrag von 36.000,00 €", "40000.00 EUR, capped at the cap of 36000.00 EUR");
        TextAssert.Says(above.Required, "höchstens 36.000,00 €", "at most 36000.00 EUR");
    }

    [Fact]
    public void GrantRange_BelowTheMinimum_IsNotDescribedAsCappedEvenAboveNoCap()
    {
        CriterionResult below = EvaluateOne(new GrantRangeCriterion(), Copy(Caritas(), requested: Euro.FromEuros(4_000)), Version(minimum: Euro.FromEuros(5_000)));

        Assert.Equal(CriterionOutcome.Fail, below.Outcome);
        Assert.Equal("4.000,00 €", below.Actual.German);
        TextAssert.Says(below.Required, "mindestens 5.000,00 €", "at least 5000.00 EUR");
    }

    [Fact]
    public void GrantRange_NoLimitAnywhere_PassesEveryAmountAndSaysSo()
    {
        CriterionResult zero = EvaluateOne(new GrantRangeCriterion(), Copy(Caritas(), requested: Euro.Zero), Version());
        CriterionResult huge = EvaluateOne(new GrantRangeCriterion(), Copy(Caritas(), requested: Euro.FromEuros(1_000_000_000)), Version());

        Assert.Equal(CriterionOutcome.Pass, zero.Outcome);
        Assert.Equal(CriterionOutcome.Pass, huge.Outcome);
        TextAssert.Says(huge.Required, "keine Grenze (die Förderlinie setzt keine)", "no limit (the line sets none)");
        Assert.Equal("1000000000.00 EUR", huge.Actual.English);
    }

    [Fact]
    public void GrantRange_OneCriterionForTwoVersions_StatesEachVersionsOwnLimits()
    {
        // The criterion keeps the last required text; a second version with other limits must not get the first one's.
        AssertEachStatesItsOwnRequirement(
            new GrantRangeCriterion(),
            (Caritas(), Version(Euro.FromEuros(5_000), Euro.FromEuros(36_000)), null, "5000.00 EUR to 36000.00 EUR"),
            (Caritas(), Version(Euro.FromEuros(6_000), Euro.FromEuros(36_000)), null, "6000.00 EUR to 36000.00 EUR"),
            (Caritas(), Version(Euro.FromEuros(6_000), Euro.FromEuros(50_000)), null, "6000.00 EUR to 50000.00 EUR"),
            (Caritas(), Version(Euro.FromEuros(6_000), Euro.FromEuros(50_000)), null, "6000.00 EUR to 50000.00 EUR"));
    }

    [Fact]
    public void GrantRange_OneCriterionAlternatingBetweenVersions_DecidesEachByItsOwnLimitsAndRefusal()
    {
        // The criterion keeps the limits of the last version it saw; going back and forth must never answer with the
        // other version's minimum, cap or refusal.
        var range = new GrantRangeCriterion();
        FundingLineVersion lowMinimumRefusing = Version(Euro.FromEuros(5_000), Euro.FromEuros(36_000), refuseAboveCap: true);
        FundingLineVersion highMinimumCapping = Version(Euro.FromEuros(10_000), Euro.FromEuros(36_000));
        Application small = Copy(Caritas(), requested: Euro.FromEuros(6_000));
        Application large = Copy(Caritas(), requested: Euro.FromEuros(40_000));

        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(EligibilityOutcome.Eligible, Screen(range, small, lowMinimumRefusing));
            Assert.Equal(EligibilityOutcome.NotEligible, Screen(range, small, highMinimumCapping));
            Assert.Equal(EligibilityOutcome.NotEligible, Screen(range, large, lowMinimumRefusing));
            Assert.Equal(EligibilityOutcome.Eligible, Screen(range, large, highMinimumCapping));
            Assert.Equal(CriterionOutcome.Fail, EvaluateOne(range, large, lowMinimumRefusing).Outcome);
            Assert.Equal(CriterionOutcome.Fail, EvaluateOne(range, small, highMinimumCapping).Outcome);
        }
    }

    [Fact]
    public void ApplicantKind_NamingNoKinds_DecidesByTheKindsOfEachVersionInTurn()
    {
        // A rule without kinds of its own defers to the version's kinds, kept as bits on each version: going back and
        // forth must never answer with the other version's kinds, and a version naming none lets every kind apply.
        var kind = new ApplicantKindCriterion([]);
        FundingLineVersion welfareOnly = new(KommAn3.Validity, KommAn3.Financing) { ApplicantKinds = [ApplicantKind.WelfareAssociation] };
        FundingLineVersion schoolsOnly = new(KommAn3.Validity, KommAn3.Financing) { ApplicantKinds = [ApplicantKind.School, ApplicantKind.Kreis] };
        FundingLineVersion namingNone = new(KommAn3.Validity, KommAn3.Financing);
        Application welfare = Caritas();

        for (int round = 0; round < 3; round++)
        {
            Assert.Equal(EligibilityOutcome.Eligible, Screen(kind, welfare, welfareOnly));
            Assert.Equal(EligibilityOutcome.NotEligible, Screen(kind, welfare, schoolsOnly));
            Assert.Equal(EligibilityOutcome.Eligible, Screen(kind, welfare, namingNone));
            Assert.Equal("one of: Kreis, school", EvaluateOne(kind, welfare, schoolsOnly).Required.English);
        }
    }

    [Fact]
    public void GrantRange_RulesOwnCap_WinsOverTheVersionsCap()
    {
        var ownCap = new GrantRangeCriterion(maximum: Euro.FromEuros(20_000));
        FundingLineVersion refusing = Version(Euro.FromEuros(5_000), Euro.FromEuros(36_000), refuseAboveCap: true);

        Assert.Equal(CriterionOutcome.Pass, EvaluateOne(ownCap, Copy(Caritas(), requested: Euro.FromEuros(20_000)), refusing).Outcome);
        Assert.Equal(CriterionOutcome.Fail, EvaluateOne(ownCap, Copy(Caritas(), requested: Euro.FromCents(2_000_001)), refusing).Outcome);
        Assert.Equal("5000.00 EUR to 20000.00 EUR", EvaluateOne(ownCap, Caritas(), refusing).Required.English);
        Assert.Equal(Euro.FromEuros(20_000), ownCap.Maximum);
        Assert.Null(ownCap.Minimum);
    }

    [Fact]
    public void GrantRange_Limits_AreCheckedWhenTheRuleIsMade()
    {
        var negativeMinimum = Assert.Throws<ArgumentOutOfRangeException>(() => new GrantRangeCriterion(Euro.FromCents(-1)));
        var negativeMaximum = Assert.Throws<ArgumentOutOfRangeException>(() => new GrantRangeCriterion(maximum: Euro.FromCents(-1)));
        var crossed = Assert.Throws<ArgumentException>(() => new GrantRangeCriterion(Euro.FromEuros(6_000), Euro.FromCents(599_999)));

        Assert.Equal("minimum", negativeMinimum.ParamName);
        Assert.Contains("The minimum grant must not be negative.", negativeMinimum.Message, StringComparison.Ordinal);
        Assert.Equal("maximum", negativeMaximum.ParamName);
        Assert.Contains("The maximum grant must not be negative.", negativeMaximum.Message, StringComparison.Ordinal);
        Assert.Equal("minimum", crossed.ParamName);
        Assert.Contains("The minimum 6000.00 exceeds the maximum 5999.99.", crossed.Message, StringComparison.Ordinal);

        // Equal limits, and zero, are a valid rule: exactly one amount (or nothing) may be requested.
        var exactly = new GrantRangeCriterion(Euro.FromEuros(6_000), Euro.FromEuros(6_000));
        Assert.Equal(Euro.FromEuros(6_000), exactly.Minimum);
        Assert.Equal(CriterionOutcome.Pass, EvaluateOne(exactly, Copy(Caritas(), requested: Euro.FromEuros(6_000)), Version(refuseAboveCap: true)).Outcome);
        Assert.Equal(CriterionOutcome.Fail, EvaluateOne(exactly, Copy(Caritas(), requested: Euro.FromCents(600_001)), Version(refuseAboveCap: true)).Outcome);
        Assert.Equal(Euro.Zero, new GrantRangeCriterion(Euro.Zero, Euro.Zero).Maximum);
    }

    // ---------- Antragsfrist ----------

    [Fact]
    public void Deadline_WithoutReceiptDate_IsUndecidedAndNamesTheMissingFact()
    {
        CriterionResult result = AssertUndecided(new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(9, 30), -1)), "submitted");

        TextAssert.Says(result.Required, "Eingang bis 30.09.2019 24:00 Uhr (Europe/Berlin)", "received by the end of 2019-09-30 (Europe/Berlin)");
    }

    [Fact]
    public void Deadline_NoneSet_PassesWithoutAReceiptDateAndSaysReceiptNotRecorded()
    {
        CriterionResult result = EvaluateOne(new DeadlineCriterion(), Bare(), Version());

        Assert.Equal(CriterionOutcome.Pass, result.Outcome);
        Assert.Empty(result.MissingFacts);
        TextAssert.Says(result.Actual, "Eingang nicht erfasst", "receipt not recorded");
        Assert.Equal("no deadline (the line sets none)", result.Required.English);
    }

    [Fact]
    public void Deadline_OneCriterionForTwoFiscalYears_MeasuresEachAgainstItsOwnYear()
    {
        // 30.09. of the year before: 2019-09-30 for fiscal year 2020, 2020-09-30 for 2021. The criterion caches the
        // last end of day it computed; the second year must not reuse the first year's.
        var deadline = new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(9, 30), -1));
        Application for2020 = Copy(Caritas(), year: FiscalYear.Of(2020));
        Application for2021 = Copy(Caritas(), year: FiscalYear.Of(2021)); // received 2019-11-20: in time for 2021

        Assert.Equal(CriterionOutcome.Fail, EvaluateOne(deadline, for2020).Outcome);
        Assert.Equal(CriterionOutcome.Pass, EvaluateOne(deadline, for2021).Outcome);
        Assert.Equal(CriterionOutcome.Fail, EvaluateOne(deadline, for2020).Outcome);
        Assert.Equal("received by the end of 2020-09-30 (Europe/Berlin)", EvaluateOne(deadline, for2021).Required.English);
    }

    [Fact]
    public void Deadline_OneCriterionForTwoVersionsWithOtherDeadlines_MeasuresEachAgainstItsOwnDeadline()
    {
        var deadline = new DeadlineCriterion();
        FundingLineVersion october = Version(deadline: new AnnualDate(10, 31));
        FundingLineVersion december = Version(deadline: new AnnualDate(12, 31));
        Application november = Caritas(); // received 2019-11-20

        Assert.Equal(CriterionOutcome.Fail, EvaluateOne(deadline, november, october).Outcome);
        Assert.Equal(CriterionOutcome.Pass, EvaluateOne(deadline, november, december).Outcome);
        Assert.Equal(CriterionOutcome.Fail, EvaluateOne(deadline, november, october).Outcome);
    }

    // ---------- Durchführungszeitraum ----------

    [Fact]
    public void DeliveryPeriod_NotGiven_IsUndecidedAndNamesTheMissingFact()
    {
        CriterionResult result = AssertUndecided(new DeliveryPeriodCriterion(), "deliveryPeriod");

        Assert.Equal("01.01.2020 bis 31.12.2020", result.Required.German);
    }

    [Fact]
    public void DeliveryPeriod_GivenButOutside_NamesBothPeriods()
    {
        Application a = Bare();
        Application late = new(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount)
        {
            DeliveryPeriod = new DateInterval(new LocalDate(2020, 6, 1), new LocalDate(2021, 1, 31)),
        };

        CriterionResult result = EvaluateOne(new DeliveryPeriodCriterion(), late);

        Assert.Equal(CriterionOutcome.Fail, result.Outcome);
        TextAssert.Says(result.Actual, "01.06.2020 bis 31.01.2021", "2020-06-01 to 2021-01-31");
        Assert.Equal("2020-01-01 to 2020-12-31", result.Required.English);
    }

    [Fact]
    public void DeliveryPeriod_OneCriterionForTwoApprovalPeriods_StatesEachWindow()
    {
        FundingLineVersion later = Version(approval: Window(4, 1, 10, 31));

        AssertEachStatesItsOwnRequirement(
            new DeliveryPeriodCriterion(),
            (Caritas(), Version(approval: Window(3, 1, 6, 30)), null, "2020-03-01 to 2020-06-30"),
            (Caritas(), Version(approval: Window(3, 1, 10, 31)), null, "2020-03-01 to 2020-10-31"),
            (Caritas(), later, null, "2020-04-01 to 2020-10-31"),
            (Caritas(), later, null, "2020-04-01 to 2020-10-31"));
    }

    [Fact]
    public void DeliveryPeriod_VersionWhoseApprovalPeriodEndsBeforeItStarts_IsRefusedNamingThePeriod()
    {
        FundingLineVersion broken = Version(approval: Window(10, 31, 4, 1));

        var e = Assert.Throws<ArgumentException>(() => EvaluateOne(new DeliveryPeriodCriterion(), Caritas(), broken));
        var screened = Assert.Throws<ArgumentException>(() => Screen(new DeliveryPeriodCriterion(), Caritas(), broken));

        Assert.Equal("version", e.ParamName);
        Assert.Contains("The funding line version's approval period --10-31/--04-01 ends before it starts.", e.Message, StringComparison.Ordinal);
        Assert.Equal("version", screened.ParamName);
    }

    // ---------- kein vorzeitiger Maßnahmebeginn ----------

    [Fact]
    public void EarlyStart_LineAllowsIt_PassesAStartBeforeApprovalAndSaysWhy()
    {
        FundingLineVersion allowing = Version(earlyStart: true);
        Application a = Caritas();
        Application early = new(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount) { PlannedStart = AsOf.PlusDays(-30) };

        CriterionResult result = EvaluateOne(new EarlyStartCriterion(), early, allowing);

        Assert.Equal(CriterionOutcome.Pass, result.Outcome);
        TextAssert.Says(result.Required, "keine Vorgabe: die Förderlinie erlaubt den vorzeitigen Beginn", "none: the line allows an early start");
        Assert.Equal("start 2020-01-02", result.Actual.English);
        Assert.Equal(CriterionOutcome.Pass, EvaluateOne(new EarlyStartCriterion(), Bare(), allowing).Outcome); // no start needed
        Assert.Equal(EligibilityOutcome.Eligible, Screen(new EarlyStartCriterion(), early, allowing));
    }

    [Fact]
    public void EarlyStart_ContinuedYearlyMeasure_PassesAStartBeforeApprovalAndSaysWhy()
    {
        Application a = Caritas();
        Application continued = new(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount)
        {
            PlannedStart = new LocalDate(2020, 1, 1),
            ContinuesFundedMeasure = true,
        };

        CriterionResult result = EvaluateOne(new EarlyStartCriterion(), continued);

        Assert.Equal(CriterionOutcome.Pass, result.Outcome);
        TextAssert.Says(result.Actual, "Beginn 01.01.2020; Fortsetzung einer im Vorjahr geförderten jährlichen Maßnahme (Nr. 1.3.4)", "start 2020-01-01; continues a yearly measure funded last year (Nr. 1.3.4)");
        Assert.Equal("start on or after 2020-02-01 (approval)", result.Required.English);
        Assert.Equal(EligibilityOutcome.Eligible, Screen(new EarlyStartCriterion(), continued));
    }

    [Fact]
    public void EarlyStart_NoPlannedStart_IsUndecidedAndNamesTheMissingFact()
    {
        CriterionResult result = AssertUndecided(new EarlyStartCriterion(), "plannedStart");

        Assert.Equal("fehlt: plannedStart", result.Actual.German);
        Assert.Equal("Beginn am oder nach dem 01.02.2020 (Bewilligung)", result.Required.German);

        // Where the start does not matter (the line allows an early start), its absence is stated, not asked for.
        FundingLineVersion allowing = Version(earlyStart: true);
        CriterionResult notNeeded = EvaluateOne(new EarlyStartCriterion(), Bare(), allowing);
        Assert.Equal(CriterionOutcome.Pass, notNeeded.Outcome);
        TextAssert.Says(notNeeded.Actual, "kein Beginn angegeben", "no start given");
    }

    [Fact]
    public void EarlyStart_OneCriterionForTwoDecisionDates_StatesEachApprovalDay()
    {
        AssertEachStatesItsOwnRequirement(
            new EarlyStartCriterion(),
            (Caritas(), null, new LocalDate(2020, 2, 1), "start on or after 2020-02-01 (approval)"),
            (Caritas(), null, new LocalDate(2020, 2, 15), "start on or after 2020-02-15 (approval)"),
            (Caritas(), null, new LocalDate(2020, 2, 15), "start on or after 2020-02-15 (approval)"));
    }

    // ---------- the screening plan ----------

    [Fact]
    public void ScreeningPlan_ApplicationForAnotherYearOrLine_IsRefusedNamingBoth()
    {
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new GrantRangeCriterion()]);
        ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020));
        Application a = Caritas();
        Application otherLine = new(a.Id, a.Applicant, "komm-an-2", a.FiscalYear, a.RequestedAmount);

        var year = Assert.Throws<ArgumentException>(() => plan.Screen(Copy(a, year: FiscalYear.Of(2021))));
        var line = Assert.Throws<ArgumentException>(() => plan.Screen(otherLine));

        Assert.Equal("application", year.ParamName);
        Assert.Contains("The plan screens fiscal year 2020, but the application is for 2021.", year.Message, StringComparison.Ordinal);
        Assert.Equal("application", line.ParamName);
        Assert.Contains("The plan screens funding line komm-an-3, but the application is for komm-an-2.", line.Message, StringComparison.Ordinal);
        Assert.Equal(FiscalYear.Of(2020), plan.Year);
        Assert.Same(rules, plan.Rules);
    }

    [Fact]
    public void Evaluate_RulesOfAnotherLineOrVersion_AreRefusedNamingBoth()
    {
        var otherLine = new RuleSet("komm-an-2b", KommAn3.Validity.Start, [new GrantRangeCriterion()]);
        var otherVersion = new RuleSet("komm-an-3", KommAn3.Validity.Start.PlusDays(1), [new GrantRangeCriterion()]);

        var line = Assert.Throws<ArgumentException>(() => EligibilityEvaluator.Evaluate(Caritas(), KommAn3, otherLine, AsOf));
        var version = Assert.Throws<ArgumentException>(() => EligibilityEvaluator.Evaluate(Caritas(), KommAn3, otherVersion, AsOf));

        Assert.Equal("rules", line.ParamName);
        Assert.Contains("The rules are for komm-an-2b from ", line.Message, StringComparison.Ordinal);
        Assert.Contains("but the application is for komm-an-3", line.Message, StringComparison.Ordinal);
        Assert.Contains("The rules are for komm-an-3 from ", version.Message, StringComparison.Ordinal);
        Assert.Contains("and the version starts ", version.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreeningPlan_RulesOfAnotherVersion_AreRefused()
    {
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start.PlusDays(1), [new GrantRangeCriterion()]);

        var e = Assert.Throws<ArgumentException>(() => ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020)));

        Assert.Equal("version", e.ParamName);
        Assert.Contains("The version is not the one the rules belong to.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ScreeningPlan.Compile(null!, KommAn3, AsOf, FiscalYear.Of(2020)));
        Assert.Throws<ArgumentNullException>(() => ScreeningPlan.Compile(rules, null!, AsOf, FiscalYear.Of(2020)));
        Assert.Throws<ArgumentNullException>(() => ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020), null!));
    }

    [Fact]
    public void ScreeningPlan_ManyApplications_ScreensEachIntoItsSlotAndRefusesAShortSpan()
    {
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new GrantRangeCriterion()]);
        ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020));
        Application[] applications = [Copy(Caritas(), requested: Euro.FromEuros(4_000)), Caritas(), Copy(Caritas(), requested: Euro.FromEuros(5_000))];

        var exact = new EligibilityOutcome[3];
        plan.Screen(applications, exact);
        var longer = new EligibilityOutcome[4];
        plan.Screen(applications, longer);
        var e = Assert.Throws<ArgumentException>(() => plan.Screen(applications, new EligibilityOutcome[2]));

        Assert.Equal([EligibilityOutcome.NotEligible, EligibilityOutcome.Eligible, EligibilityOutcome.Eligible], exact);
        Assert.Equal(exact, longer[..3]);
        Assert.Equal("outcomes", e.ParamName);
    }

    [Fact]
    public void ScreeningPlan_IllFormedApplicationOrContradictedApplicant_IsNotEligibleLikeTheEvaluator()
    {
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new DeadlineCriterion()]);
        ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020));

        // A negative request is ill-formed: never eligible, although the one rule (no deadline) passes.
        Application negative = Copy(Caritas(), requested: Euro.FromCents(-1));
        // The gazetteer knows 05974 as a Kreis; the application calls it a Gemeinde.
        Application contradicted = Bare(new Applicant("Kreis Soest", ApplicantKind.Gemeinde) { OfficialDistrictKey = DistrictKey.ParseNrw("05974") });

        Assert.Equal(EligibilityOutcome.NotEligible, plan.Screen(negative));
        Assert.Equal(EligibilityOutcome.NotEligible, plan.Screen(contradicted));
        Assert.Equal(EligibilityOutcome.NotEligible, EligibilityEvaluator.Evaluate(negative, KommAn3, rules, AsOf).Outcome);
        Assert.Equal(EligibilityOutcome.NotEligible, EligibilityEvaluator.Evaluate(contradicted, KommAn3, rules, AsOf).Outcome);
    }

    [Fact]
    public void ScreeningPlan_TerritorialApplicantWithoutOfficialKey_IsUndeterminedEvenWhenEveryRulePasses()
    {
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new DeadlineCriterion()]);
        ScreeningPlan plan = ScreeningPlan.Compile(rules, KommAn3, AsOf, FiscalYear.Of(2020));
        Application keyless = Bare(new Applicant("Stadt Soest", ApplicantKind.Gemeinde));
        Application withKey = Bare(new Applicant("Kreis Soest", ApplicantKind.Kreis) { OfficialDistrictKey = DistrictKey.ParseNrw("05974") });

        Assert.Equal(EligibilityOutcome.Undetermined, plan.Screen(keyless));
        Assert.Equal(EligibilityOutcome.Undetermined, EligibilityEvaluator.Evaluate(keyless, KommAn3, rules, AsOf).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, plan.Screen(withKey));
    }
}
