using NodaTime.Text;
using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

/// <summary>
/// Screening a batch gives, for every application, the evaluator's outcome: batch lengths across the boundaries of
/// vectors (4), words (64) and chunks (256); applicants the shared generator does not make (territorial ones with
/// official keys, unknown keys, contradictions), applications that are not well formed, money at the extremes,
/// receipts a nanosecond around a deadline's end (also before 1970), order, errors and threads.
/// </summary>
public sealed class ScreeningBatchTests
{
    /// <summary>Lengths around the vectors, words and chunks a batch path may cut a batch into.</summary>
    private static readonly int[] Lengths = [0, 1, 3, 4, 5, 63, 64, 65, 255, 256, 257, 300, 513];

    private static readonly SourceReference Source = new("screening batch tests", Confidence.Derived);

    private static readonly DateInterval AllTime = new(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31));

    /// <summary>
    /// A version with its own deadline (31 March: summer time starts that day in 2024, and 1 April 1893 is when Berlin
    /// left local mean time), a cap above which a request is refused, a minimum, an approval period and any kind.
    /// </summary>
    private static readonly FundingLineVersion Strict = new(AllTime, new Figure<FinancingType>(FinancingType.Share, Source))
    {
        ValiditySource = Source,
        Rate = new Figure<decimal>(0.8m, Source),
        Cap = new Figure<Euro>(Euro.FromEuros(50_000), Source),
        MinimumGrant = new Figure<Euro>(Euro.FromEuros(1_000), Source),
        AboveCapInadmissible = Source,
        Deadline = new ApplicationDeadline(new AnnualDate(3, 31)),
        DeadlineSource = Source,
        ApprovalPeriod = new AnnualPeriod(new AnnualDate(3, 1), new AnnualDate(11, 30)),
        PeriodSource = Source,
    };

    /// <summary>
    /// A version for territorial applicants that allows an early start, caps without refusing, and whose deadline is
    /// 27 October of the year before (summer time ends that day in 2024).
    /// </summary>
    private static readonly FundingLineVersion Loose = new(AllTime, new Figure<FinancingType>(FinancingType.Share, Source))
    {
        ValiditySource = Source,
        Rate = new Figure<decimal>(0.9m, Source),
        Cap = new Figure<Euro>(Euro.FromEuros(10_000), Source),
        ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt, ApplicantKind.Gemeinde],
        RequiresIntegrationCentre = true,
        EarlyStartAllowed = true,
        Deadline = new ApplicationDeadline(new AnnualDate(10, 27), -1),
        DeadlineSource = Source,
    };

    private static readonly FundingLineVersion[] Versions = [KommAn3, Strict, Loose];

    /// <summary>Deadlines of the rules here, with the shared generator's and the versions': all at offset 0 or -1.</summary>
    private static readonly ApplicationDeadline[] Deadlines =
    [
        new(new AnnualDate(3, 31)), new(new AnnualDate(10, 27), -1), new(new AnnualDate(12, 31)), new(new AnnualDate(2, 29)),
        new(new AnnualDate(1, 1)), new(new AnnualDate(9, 30), -1), new(new AnnualDate(1, 31)),
    ];

    /// <summary>
    /// Fiscal years: today's, Berlin's double summer time (1945, 1947), the first summer time (1916), the end of local
    /// mean time (1893), the years around the Unix epoch, and the ends of the range (year 1 is left out: a deadline
    /// the year before it does not exist).
    /// </summary>
    private static readonly int[] Years = [2020, 2020, 2024, 2021, 1969, 1970, 1945, 1947, 1916, 1893, 1700, 2, 9998];

    private static readonly Gazetteer Places = Gazetteer.Default;

    /// <summary>A host's gazetteer in which Werl runs a KI of its own, beside Aachen.</summary>
    private static readonly Gazetteer WerlRunsAKi = Places.WithSeparateCentreCities([.. Places.SeparateCentreCities, MunicipalityKey.ParseNrw("05974052")]);

    private static readonly DistrictKey[] KnownDistricts = [.. Places.Districts.Select(d => d.Key)];

    private static readonly MunicipalityKey[] KnownMunicipalities = [.. Places.Municipalities.Select(m => m.Key)];

    private static readonly DistrictKey[] UnknownDistricts = [DistrictKey.ParseNrw("05999"), DistrictKey.ParseNrw("05100"), DistrictKey.Parse("09162"), DistrictKey.Parse("16051")];

    private static readonly MunicipalityKey[] UnknownMunicipalities = [MunicipalityKey.ParseNrw("05974999"), MunicipalityKey.ParseNrw("05111001"), MunicipalityKey.Parse("09162000")];

    /// <summary>Seats inside and outside the districts and regions the seat rules list, and one outside NRW.</summary>
    private static readonly MunicipalityKey[] NamedSeats =
    [
        .. new[] { "05974040", "05974052", "05315000", "05111000", "05566028", "05978004", "05334002", "05170004", "05754008", "05558012" }.Select(MunicipalityKey.ParseNrw),
        MunicipalityKey.Parse("09162000"),
    ];

    private static readonly FactDeclaration Refugees = new("refugeesHoused", FactType.Number, new LocalizedText("Untergebrachte Geflüchtete", "Refugees housed"));

    /// <summary>Grant amounts at the versions' minimum, cap and the rules' bounds, one cent either side, and the extremes.</summary>
    private static readonly long[] EdgeCents =
    [
        0, 1, 99_999, 100_000, 100_001, 499_999, 500_000, 500_001, 999_999, 1_000_000, 1_000_001, 4_999_999, 5_000_000, 5_000_001, long.MaxValue, long.MaxValue - 1,
    ];

    /// <summary>Criteria the shared generator does not make: more deadlines, a named fact, fixed bounds, the version's kinds.</summary>
    private static readonly Gen<Criterion> MoreLeaves = Gen.Elements<Criterion>(
        new DeadlineCriterion(Deadlines[0]),
        new DeadlineCriterion(Deadlines[1]),
        new DeadlineCriterion(Deadlines[2]),
        new DeadlineCriterion(Deadlines[3]),
        new DeadlineCriterion(Deadlines[4]),
        new DeadlineCriterion(),
        new GrantRangeCriterion(),
        new GrantRangeCriterion(Euro.FromEuros(5_000), Euro.FromEuros(50_000)),
        new GrantRangeCriterion(null, Euro.FromCents(long.MaxValue - 1)),
        new ApplicantKindCriterion([]),
        new ApplicantKindCriterion([ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt]),
        new DirectApplicationCriterion([]),
        new DirectApplicationCriterion([ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt, ApplicantKind.Gemeinde]),
        new IntegrationCentreCriterion(),
        new OwnContributionCriterion(0.1m),
        new OwnContributionCriterion(0.333333m),
        new OwnContributionCriterion(1m),
        new SeatCriterion([DistrictKey.ParseNrw("05974"), DistrictKey.ParseNrw("05334")], [RegionKey.ParseNrw("051")]),
        new SeatInAreaCriterion(),
        new FactCriterion(Refugees, FactComparison.MoreThan, ["150"]));

    private static readonly Gen<Criterion> AllLeaves = Gen.Frequency((3, EligibilityGen.Leaves), (2, MoreLeaves));

    private static readonly Gen<Criterion> DeepTrees = Trees(4);

    /// <summary>Rule trees up to a depth, with all and any of zero to four parts (the empty ones pass and fail) and not.</summary>
    private static Gen<Criterion> Trees(int depth) => depth <= 0
        ? AllLeaves
        : Gen.Frequency(
            (3, AllLeaves),
            (1, Gen.Choose(0, 4).SelectMany(n => Trees(depth - 1).ArrayOf(n)).Select(parts => (Criterion)new AllCriterion(parts))),
            (1, Gen.Choose(0, 4).SelectMany(n => Trees(depth - 1).ArrayOf(n)).Select(parts => (Criterion)new AnyCriterion(parts))),
            (1, Trees(depth - 1).Select(part => (Criterion)new NotCriterion(part))));

    private static Gen<RuleSet> DeepRuleSets(FundingLineVersion version) =>
        from count in Gen.Choose(0, 4)
        from criteria in DeepTrees.ArrayOf(count)
        select new RuleSet("komm-an-3", version.Validity.Start, criteria);

    /// <summary>What a plan is compiled from.</summary>
    private sealed record Scene(RuleSet Rules, FundingLineVersion Version, FiscalYear Year, LocalDate AsOf, Gazetteer Gazetteer)
    {
        public ScreeningPlan Compile() => ScreeningPlan.Compile(Rules, Version, AsOf, Year, Gazetteer);

        public EligibilityOutcome Evaluate(Application application) =>
            EligibilityEvaluator.Evaluate(application, Version, Rules, AsOf, Gazetteer).Outcome;

        public override string ToString() =>
            $"rules {Rules} ({Rules.Hash[..12]}), version from {Version.Validity.Start}, year {Year}, as of {AsOf}, gazetteer {(ReferenceEquals(Gazetteer, Places) ? "default" : "Werl runs a KI")}";
    }

    private static readonly Gen<Scene> Scenes =
        from v in Gen.Choose(0, Versions.Length - 1)
        from rules in v == 0 ? Gen.Frequency((1, EligibilityGen.RuleSets), (2, DeepRuleSets(KommAn3))) : DeepRuleSets(Versions[v])
        from year in Gen.Elements(Years)
        from asOfDay in Gen.Choose(-400, 400)
        from gazetteer in Gen.Elements(Places, Places, WerlRunsAKi)
        select new Scene(rules, Versions[v], FiscalYear.Of(year), new LocalDate(year, 1, 1).PlusDays(asOfDay), gazetteer);

    /// <summary>An application with every field at hand, so that a test can change one and build it.</summary>
    private sealed record Draft(string Id, Applicant Applicant, FiscalYear Year, Euro Requested)
    {
        public string LineId { get; init; } = "komm-an-3";

        public Euro? Costs { get; init; }

        public Euro? Own { get; init; }

        public Euro? Third { get; init; }

        public ImmutableDictionary<string, decimal> Units { get; init; } = ImmutableDictionary<string, decimal>.Empty;

        public ImmutableDictionary<string, string> Facts { get; init; } = ImmutableDictionary<string, string>.Empty;

        public LocalDate? Start { get; init; }

        public DateInterval? Delivery { get; init; }

        public Instant? Submitted { get; init; }

        public ApplicationRoute? Route { get; init; }

        public bool Continues { get; init; }

        public Application Build() => new(Id, Applicant, LineId, Year, Requested)
        {
            EligibleCosts = Costs,
            OwnContribution = Own,
            ThirdPartyFunds = Third,
            Units = Units,
            Facts = Facts,
            PlannedStart = Start,
            DeliveryPeriod = Delivery,
            Submitted = Submitted,
            Route = Route,
            ContinuesFundedMeasure = Continues,
        };
    }

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    private static Gen<Euro> Money(long maxCents) =>
        Gen.Frequency(
            (6, Gen.Choose(0, (int)Math.Min(maxCents, int.MaxValue)).Select(c => Euro.FromCents(c))),
            (2, Gen.Elements(EdgeCents).Select(Euro.FromCents)),
            (1, Gen.Constant(Euro.MaxValue)));

    /// <summary>The kind the gazetteer gives a key, to state it (mostly) as the gazetteer does.</summary>
    private static ApplicantKind KindOf(DistrictKey? district, MunicipalityKey? municipality) =>
        district is { } d
            ? Places.TryGetDistrict(d, out District? found) && found.Kind == DistrictKind.KreisfreieStadt ? ApplicantKind.KreisfreieStadt : ApplicantKind.Kreis
            : Places.TryGetDistrict(municipality!.Value.District, out District? city) && city.Kind == DistrictKind.KreisfreieStadt ? ApplicantKind.KreisfreieStadt : ApplicantKind.Gemeinde;

    /// <summary>Applicants of every kind, territorial ones with known, unknown, both or no official keys, kinds as the
    /// gazetteer says or contradicting it, a KI stated rightly, wrongly or not at all, and every fact sometimes unknown.</summary>
    private static readonly Gen<Applicant> Applicants =
        from keys in Gen.Frequency(
            (4, Gen.Constant<(DistrictKey?, MunicipalityKey?)>((null, null))),
            (3, Gen.Elements(KnownDistricts).Select(d => ((DistrictKey?)d, (MunicipalityKey?)null))),
            (3, Gen.Elements(KnownMunicipalities).Select(m => ((DistrictKey?)null, (MunicipalityKey?)m))),
            (1, Gen.Elements(UnknownDistricts).Select(d => ((DistrictKey?)d, (MunicipalityKey?)null))),
            (1, Gen.Elements(UnknownMunicipalities).Select(m => ((DistrictKey?)null, (MunicipalityKey?)m))),
            (1, Gen.Zip(Gen.Elements(KnownDistricts), Gen.Elements(KnownMunicipalities)).Select(t => ((DistrictKey?)t.Item1, (MunicipalityKey?)t.Item2))))
        from stateAsGazetteer in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        from otherKind in Gen.Frequency((2, Gen.Elements(ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt, ApplicantKind.Gemeinde)), (1, Gen.Elements(EligibilityGen.Kinds)))
        from nonProfit in Maybe(Gen.Elements(true, false))
        from centre in Gen.Frequency((2, Gen.Constant<bool?>(null)), (1, Gen.Elements<bool?>(true, false)))
        from seat in Maybe(Gen.Frequency((2, Gen.Elements(NamedSeats)), (1, Gen.Elements(KnownMunicipalities))))
        let known = (keys.Item1 is { } d && Places.TryGetDistrict(d, out _)) || (keys.Item1 is null && keys.Item2 is { } m && Places.TryGetMunicipality(m, out _))
        let kind = stateAsGazetteer && known ? KindOf(keys.Item1, keys.Item2) : otherKind
        select new Applicant("Antragsteller", kind)
        {
            OfficialDistrictKey = keys.Item1,
            OfficialMunicipalityKey = keys.Item2,
            IsNonProfit = nonProfit,
            RunsIntegrationCentre = centre,
            Seat = seat,
        };

    /// <summary>The ends of every deadline here for a year, and the moments a nanosecond, a tick, a second and an hour around them.</summary>
    private static Instant[] DeadlineEdges(FiscalYear year)
    {
        Duration[] steps = [Duration.Zero, Duration.Epsilon, Duration.FromNanoseconds(99), Duration.FromNanoseconds(100), Duration.FromSeconds(1), Duration.FromHours(1)];
        IEnumerable<ApplicationDeadline> deadlines = Deadlines.Concat(Versions.Select(v => v.Deadline).OfType<ApplicationDeadline>());
        return [.. deadlines.Select(d => d.ExpiresAt(year)).SelectMany(end => steps.SelectMany(s => new[] { end - s, end + s })).Distinct()];
    }

    /// <summary>Receipts: mostly at a deadline's edges, else any moment around the year, the ends of time, or unknown.</summary>
    private static Gen<Instant?> Receipts(FiscalYear year)
    {
        Instant[] edges = DeadlineEdges(year);
        Instant middle = new LocalDate(year.Year, 1, 1).AtMidnight().InUtc().ToInstant();
        return Gen.Frequency(
            (4, Gen.Elements(edges).Select(i => (Instant?)i)),
            (2, Gen.Zip(Gen.Choose(-24 * 500, 24 * 400), Gen.Choose(0, 999_999_999)).Select(t => (Instant?)(middle + Duration.FromHours(t.Item1) + Duration.FromNanoseconds(t.Item2)))),
            (1, Gen.Elements<Instant?>(Instant.MinValue, Instant.MaxValue, Instant.FromUnixTimeTicks(0), Instant.FromUnixTimeTicks(0) - Duration.Epsilon)),
            (1, Gen.Constant<Instant?>(null)));
    }

    /// <summary>Well-formed applications (almost: amounts up to the extremes may still join to too much) for a year.</summary>
    private static Gen<Draft> Drafts(FiscalYear year)
    {
        LocalDate first = year.Start;
        return
            from applicant in Applicants
            from requested in Money(10_000_000)
            from costs in Maybe(Money(10_000_000))
            from own in Maybe(Money(2_000_000))
            from third in Gen.Frequency((3, Gen.Constant<Euro?>(null)), (1, Money(1_000_000).Select(e => (Euro?)e)))
            from startDay in Maybe(Gen.Choose(-60, 400))
            from deliveryDays in Maybe(Gen.Choose(-30, 420).Two())
            from submitted in Receipts(year)
            from route in Maybe(Gen.Elements(EligibilityGen.Routes))
            from continues in Gen.Elements(true, false, false)
            from facts in Gen.Elements("151", "150", "many", "-3", string.Empty, null)
            from id in Gen.Choose(1, 1_000_000)
            select new Draft($"S-{id}", applicant, year, requested)
            {
                Costs = costs,
                Own = own,
                Third = third,
                Facts = facts is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add("refugeesHoused", facts),
                Start = startDay is { } s ? first.PlusDays(s) : null,
                Delivery = deliveryDays is { } d ? new DateInterval(first.PlusDays(Math.Min(d.Item1, d.Item2)), first.PlusDays(Math.Max(d.Item1, d.Item2))) : null,
                Submitted = submitted,
                Route = route,
                Continues = continues,
            };
    }

    /// <summary>One thing the validator rejects (and one it accepts at the edge), done to a draft.</summary>
    private static readonly Func<Draft, Draft>[] Breaks =
    [
        d => d with { Requested = Euro.FromCents(-1) },
        d => d with { Requested = Euro.MinValue },
        d => d with { Costs = Euro.FromCents(-1) },
        d => d with { Own = Euro.MinValue },
        d => d with { Third = Euro.FromCents(-100) },
        d => d with { Units = ImmutableDictionary<string, decimal>.Empty.Add("post-material-flat", -0.5m) },
        d => d with { Start = d.Year.Start.PlusDays(200), Delivery = new DateInterval(d.Year.Start, d.Year.Start.PlusDays(199)) },
        d => d with { Costs = Euro.FromEuros(10_000), Own = Euro.FromCents(1_000_001), Third = null },
        d => d with { Costs = Euro.FromEuros(10_000), Own = Euro.FromEuros(5_000), Third = Euro.FromCents(500_001) },
        d => d with { Costs = Euro.MaxValue, Own = Euro.MaxValue, Third = Euro.FromCents(1) },
        d => d with { Id = " " },
        d => d with { Applicant = Renamed(d.Applicant, "  ", d.Applicant.Kind) },
        d => d with { Applicant = Renamed(d.Applicant, d.Applicant.Name, (ApplicantKind)99) },
        d => d with { Route = (ApplicationRoute)42 },

        // At the edge but well formed: the funds equal the costs, a start on the last day, the largest amounts.
        d => d with { Costs = Euro.FromEuros(10_000), Own = Euro.FromEuros(5_000), Third = Euro.FromEuros(5_000) },
        d => d with { Start = d.Year.Start.PlusDays(199), Delivery = new DateInterval(d.Year.Start, d.Year.Start.PlusDays(199)) },
        d => d with { Requested = Euro.MaxValue, Costs = Euro.MaxValue, Own = Euro.MaxValue, Third = Euro.FromCents(0) },
        d => d with { Requested = Euro.FromCents(0), Costs = Euro.FromCents(0), Own = Euro.FromCents(0) },
    ];

    private static Applicant Renamed(Applicant a, string name, ApplicantKind kind) => new(name, kind)
    {
        IsNonProfit = a.IsNonProfit,
        RunsIntegrationCentre = a.RunsIntegrationCentre,
        Seat = a.Seat,
        OfficialDistrictKey = a.OfficialDistrictKey,
        OfficialMunicipalityKey = a.OfficialMunicipalityKey,
    };

    /// <summary>Applications for a scene's year: the shared generator's (for 2020), these drafts, and broken or edge ones.</summary>
    private static Gen<Application> Applications(FiscalYear year)
    {
        Gen<Application> drafts = Drafts(year).Select(d => d.Build());
        Gen<Application> broken = Gen.Zip(Drafts(year), Gen.Elements(Breaks)).Select(t => t.Item2(t.Item1).Build());
        return year == FiscalYear.Of(2020)
            ? Gen.Frequency((2, EligibilityGen.Applications("komm-an-3")), (4, drafts), (1, broken))
            : Gen.Frequency((5, drafts), (1, broken));
    }

    /// <summary>A scene, a batch of one of <see cref="Lengths"/>, where the batch and the outcomes start in their arrays, and how much room follows.</summary>
    private static readonly Gen<(Scene Scene, Application[] Batch, int Offset, int Extra)> Batches =
        from scene in Scenes
        from length in Gen.Elements(Lengths)
        from batch in Applications(scene.Year).ArrayOf(length)
        from offset in Gen.Choose(0, 5)
        from extra in Gen.Choose(0, 9)
        select (scene, batch, offset, extra);

    /// <summary>Some application differs from the evaluator: name the first, with its facts.</summary>
    /// <summary>Screens a batch, checks it against the evaluator, and checks each outcome against the domain's answer.</summary>
    private static void AssertScreensAs(Scene scene, Application[] batch, Func<int, EligibilityOutcome> expected, string what)
    {
        var outcomes = new EligibilityOutcome[batch.Length];
        scene.Compile().Screen(batch, outcomes);

        AssertAgrees(scene, batch, outcomes, what);
        for (int i = 0; i < batch.Length; i++)
        {
            Assert.True(expected(i) == outcomes[i], $"{i}: {Describe(batch[i])} is {outcomes[i]}");
        }
    }

    private static void AssertAgrees(Scene scene, Application[] batch, ReadOnlySpan<EligibilityOutcome> outcomes, string what)
    {
        for (int i = 0; i < batch.Length; i++)
        {
            EligibilityOutcome expected = scene.Evaluate(batch[i]);
            if (outcomes[i] != expected)
            {
                Assert.Fail($"{what}: application {i} of {batch.Length} is {outcomes[i]}, the evaluator says {expected}. {Describe(batch[i])}; {scene}");
            }
        }
    }

    private static string Describe(Application a)
    {
        Applicant p = a.Applicant;
        string Moment(Instant? i) => i is { } x ? InstantPattern.ExtendedIso.Format(x) : "-";
        return $"{a.Id} {a.FiscalYear} {p.Kind} district {p.OfficialDistrictKey?.Code ?? "-"} municipality {p.OfficialMunicipalityKey?.Code ?? "-"} "
            + $"seat {p.Seat?.Code ?? "-"} nonProfit {p.IsNonProfit?.ToString() ?? "-"} KI {p.RunsIntegrationCentre?.ToString() ?? "-"} "
            + $"requested {a.RequestedAmount.Cents} costs {a.EligibleCosts?.Cents.ToString() ?? "-"} own {a.OwnContribution?.Cents.ToString() ?? "-"} third {a.ThirdPartyFunds?.Cents.ToString() ?? "-"} "
            + $"start {a.PlannedStart?.ToString() ?? "-"} delivery {a.DeliveryPeriod?.ToString() ?? "-"} submitted {Moment(a.Submitted)} route {a.Route?.ToString() ?? "-"} continues {a.ContinuesFundedMeasure} "
            + $"facts {string.Join(",", a.Facts.Select(f => f.Key + "=" + f.Value))}";
    }

    /// <summary>Screens a batch as a slice of larger arrays, and checks that the room after the outcomes is left alone.</summary>
    private static EligibilityOutcome[] ScreenSlice(ScreeningPlan plan, Application[] batch, int offset, int extra)
    {
        var applications = new Application[offset + batch.Length + extra];
        Array.Fill(applications, Caritas());
        batch.CopyTo(applications, offset);
        const EligibilityOutcome untouched = (EligibilityOutcome)77;
        var outcomes = new EligibilityOutcome[offset + batch.Length + extra];
        Array.Fill(outcomes, untouched);

        plan.Screen(applications.AsSpan(offset, batch.Length), outcomes.AsSpan(offset, batch.Length + extra));

        Assert.All(outcomes.Take(offset), o => Assert.Equal(untouched, o));
        Assert.All(outcomes.Skip(offset + batch.Length), o => Assert.Equal(untouched, o));
        return outcomes[offset..(offset + batch.Length)];
    }

    [Property(MaxTest = 80)]
    public Property ScreenBatch_RandomRulesAndApplicationsAcrossChunkBoundaries_AgreesWithTheEvaluatorAndSingleScreening()
    {
        return Prop.ForAll(Batches.ToArbitrary(), c =>
        {
            ScreeningPlan plan = c.Scene.Compile();
            EligibilityOutcome[] outcomes = ScreenSlice(plan, c.Batch, c.Offset, c.Extra);

            AssertAgrees(c.Scene, c.Batch, outcomes, "batch");
            AssertAgrees(c.Scene, c.Batch, [.. c.Batch.Select(plan.Screen)], "single");
        });
    }

    [Property(MaxTest = 40)]
    public Property ScreenBatch_ReversedOrOneByOne_GivesTheSameOutcomes()
    {
        return Prop.ForAll(Batches.ToArbitrary(), c =>
        {
            ScreeningPlan plan = c.Scene.Compile();
            var forward = new EligibilityOutcome[c.Batch.Length];
            plan.Screen(c.Batch, forward);

            Application[] reversed = [.. c.Batch.Reverse()];
            var backward = new EligibilityOutcome[reversed.Length];
            plan.Screen(reversed, backward);
            Array.Reverse(backward);

            var alone = new EligibilityOutcome[c.Batch.Length];
            for (int i = 0; i < c.Batch.Length; i++)
            {
                plan.Screen(c.Batch.AsSpan(i, 1), alone.AsSpan(i, 1));
            }

            Assert.Equal(forward, backward);
            Assert.Equal(forward, alone);
        });
    }

    private static Applicant Territorial(string name, ApplicantKind kind, string? district = null, string? municipality = null, bool? centre = null) => new(name, kind)
    {
        OfficialDistrictKey = district is null ? null : DistrictKey.Parse(district),
        OfficialMunicipalityKey = municipality is null ? null : MunicipalityKey.Parse(municipality),
        RunsIntegrationCentre = centre,
        Seat = MunicipalityKey.ParseNrw("05974040"),
        IsNonProfit = true,
    };

    [Theory]
    [InlineData("Kreis Soest by its Kreisschlüssel runs a KI", ApplicantKind.Kreis, "05974", null, null, EligibilityOutcome.Eligible)]
    [InlineData("Düsseldorf by its Kreisschlüssel, a kreisfreie Stadt", ApplicantKind.KreisfreieStadt, "05111", null, null, EligibilityOutcome.Eligible)]
    [InlineData("Düsseldorf by its AGS", ApplicantKind.KreisfreieStadt, null, "05111000", null, EligibilityOutcome.Eligible)]
    [InlineData("Kreis Soest stating the KI it runs", ApplicantKind.Kreis, "05974", null, true, EligibilityOutcome.Eligible)]
    [InlineData("Düsseldorf calling itself a Kreis", ApplicantKind.Kreis, "05111", null, null, EligibilityOutcome.NotEligible)]
    [InlineData("Kreis Soest calling itself a kreisfreie Stadt", ApplicantKind.KreisfreieStadt, "05974", null, null, EligibilityOutcome.NotEligible)]
    [InlineData("Kreis Soest denying its KI", ApplicantKind.Kreis, "05974", null, false, EligibilityOutcome.NotEligible)]
    [InlineData("Werl, a Gemeinde without a KI", ApplicantKind.Gemeinde, null, "05974052", null, EligibilityOutcome.NotEligible)]
    [InlineData("Werl claiming a KI", ApplicantKind.Gemeinde, null, "05974052", true, EligibilityOutcome.NotEligible)]
    [InlineData("Werl calling itself a Kreis", ApplicantKind.Kreis, null, "05974052", true, EligibilityOutcome.NotEligible)]
    [InlineData("Aachen, a town with a KI of its own", ApplicantKind.Gemeinde, null, "05334002", null, EligibilityOutcome.Eligible)]
    [InlineData("Soest by both keys, the Kreisschlüssel deciding", ApplicantKind.Kreis, "05974", "05974040", null, EligibilityOutcome.Eligible)]
    [InlineData("an unknown NRW Kreisschlüssel", ApplicantKind.Kreis, "05999", null, true, EligibilityOutcome.NotEligible)]
    [InlineData("a Kreisschlüssel outside NRW", ApplicantKind.KreisfreieStadt, "09162", null, null, EligibilityOutcome.NotEligible)]
    [InlineData("an unknown AGS", ApplicantKind.Gemeinde, null, "05974999", null, EligibilityOutcome.NotEligible)]
    [InlineData("a Kreis without its key, stating a KI", ApplicantKind.Kreis, null, null, true, EligibilityOutcome.Undetermined)]
    [InlineData("a kreisfreie Stadt without its key", ApplicantKind.KreisfreieStadt, null, null, true, EligibilityOutcome.Undetermined)]
    [InlineData("a Gemeinde without its key or a KI stated", ApplicantKind.Gemeinde, null, null, null, EligibilityOutcome.Undetermined)]
    [InlineData("a welfare association giving a Kreisschlüssel", ApplicantKind.WelfareAssociation, "05974", null, true, EligibilityOutcome.NotEligible)]
    [InlineData("a welfare association", ApplicantKind.WelfareAssociation, null, null, true, EligibilityOutcome.Eligible)]
    public void ScreenBatch_TerritorialApplicantAtEveryBoundary_IsDecidedByTheGazetteer(string what, ApplicantKind kind, string? district, string? municipality, bool? centre, EligibilityOutcome expected)
    {
        // Under rules that ask for a KI: the gazetteer decides the kind and the KI of a territorial applicant.
        Applicant applicant = Territorial(what, kind, district, municipality, centre);
        Assert.False(Places.TryGetDistrict(DistrictKey.ParseNrw("05999"), out _), "05999 is meant to be unknown");
        Assert.False(Places.TryGetMunicipality(MunicipalityKey.ParseNrw("05974999"), out _), "05974999 is meant to be unknown");
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new IntegrationCentreCriterion(), new GrantRangeCriterion(Euro.FromEuros(5_000))]);
        var scene = new Scene(rules, KommAn3, FiscalYear.Of(2020), AsOf, Places);
        ScreeningPlan plan = scene.Compile();
        Application target = Copy(Caritas(), applicant: applicant, id: what);

        // The applicant at the first and last place of every vector, word and chunk of 513, among ordinary ones.
        int[] places = [0, 3, 4, 62, 63, 64, 65, 127, 128, 252, 255, 256, 257, 299, 300, 511, 512];
        Application[] batch = [.. Enumerable.Range(0, 513).Select(i => places.Contains(i) ? target : Caritas(id: $"C-{i}", requested: 4_000 + (i % 3 * 1_000)))];
        var outcomes = new EligibilityOutcome[batch.Length];
        plan.Screen(batch, outcomes);

        Assert.Equal(expected, scene.Evaluate(target));
        Assert.All(places, i => Assert.Equal(expected, outcomes[i]));
        AssertAgrees(scene, batch, outcomes, what);
    }

    [Theory]
    [InlineData(2024, 3, 31, 22, 0)] // 31.03.2024, the day summer time starts: midnight CEST is 22:00 UTC
    [InlineData(2023, 10, 29, 23, 0)] // 29.10.2023, the day summer time ends: midnight CET is 23:00 UTC
    [InlineData(1969, 12, 31, 23, 0)] // an hour before the Unix epoch
    [InlineData(1945, 5, 31, 21, 0)] // Berlin's double summer time (UTC+3)
    [InlineData(1893, 3, 31, 23, 6)] // Berlin left local mean time for CET at midnight: the next day starts at 00:06:32 CET, 23:06:32 UTC
    [InlineData(1700, 6, 30, 23, 6)] // local mean time, 0:53:28 ahead of UTC: midnight is 23:06:32 UTC
    public void ScreenBatch_ReceiptsANanosecondAroundTheEndOfTheDeadlineDay_AreInTimeOnlyBefore(int year, int month, int day, int utcHour, int utcMinute)
    {
        var deadline = new ApplicationDeadline(new AnnualDate(month, day));
        Instant end = deadline.ExpiresAt(FiscalYear.Of(year));
        Instant utc = Instant.FromUtc(year, month, day, utcHour, utcMinute);
        Assert.InRange(end, utc, utc + Duration.FromMinutes(1)); // the end of the Berlin day, as the domain states it
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [new DeadlineCriterion(deadline)]);
        var scene = new Scene(rules, KommAn3, FiscalYear.Of(year), new LocalDate(year, 1, 15), Places);
        ScreeningPlan plan = scene.Compile();

        Duration[] steps = [Duration.Epsilon, Duration.FromNanoseconds(99), Duration.FromNanoseconds(100), Duration.FromNanoseconds(101), Duration.FromSeconds(1)];
        (Instant Submitted, EligibilityOutcome Expected)[] receipts =
        [
            (end, EligibilityOutcome.NotEligible),
            .. steps.Select(s => (end - s, EligibilityOutcome.Eligible)),
            .. steps.Select(s => (end + s, EligibilityOutcome.NotEligible)),
        ];
        Application Received(Instant at, int i) => new Draft($"D-{i}", Caritas().Applicant, FiscalYear.Of(year), Euro.FromEuros(9_000)) { Submitted = at }.Build();

        foreach (int length in Lengths.Where(n => n > 0))
        {
            Application[] batch = [.. Enumerable.Range(0, length).Select(i => Received(receipts[i % receipts.Length].Submitted, i))];
            var outcomes = new EligibilityOutcome[length];
            plan.Screen(batch, outcomes);

            for (int i = 0; i < length; i++)
            {
                Assert.True(receipts[i % receipts.Length].Expected == outcomes[i],
                    $"{length} applications, {i}: received {InstantPattern.ExtendedIso.Format(batch[i].Submitted!.Value)}, deadline ends {InstantPattern.ExtendedIso.Format(end)}: {outcomes[i]}");
            }

            AssertAgrees(scene, batch, outcomes, $"{length} receipts");
        }
    }

    [Fact]
    public void ScreenBatch_ReceiptsAtTheEndsOfTime_AgreeWithTheEvaluator()
    {
        var rules = new RuleSet("komm-an-3", Strict.Validity.Start, [new DeadlineCriterion(), new DeadlineCriterion(Deadlines[1])]);
        Instant[] moments = [Instant.MinValue, Instant.MaxValue, Instant.FromUnixTimeTicks(0), Instant.FromUnixTimeTicks(0) - Duration.Epsilon];
        foreach (int year in new[] { 2, 1969, 2024, 9998 })
        {
            var scene = new Scene(rules, Strict, FiscalYear.Of(year), new LocalDate(year, 2, 1), Places);
            Application[] batch = [.. Enumerable.Range(0, 65).Select(i => new Draft($"E-{i}", Caritas().Applicant, FiscalYear.Of(year), Euro.FromEuros(9_000)) { Submitted = moments[i % moments.Length] }.Build())];
            var outcomes = new EligibilityOutcome[batch.Length];
            scene.Compile().Screen(batch, outcomes);

            AssertAgrees(scene, batch, outcomes, $"year {year}");
            Assert.Equal(EligibilityOutcome.Eligible, outcomes[0]);
            Assert.Equal(EligibilityOutcome.NotEligible, outcomes[1]);
        }
    }

    [Fact]
    public void ScreenBatch_MoneyAtTheExtremes_AgreesWithTheEvaluatorAndTheDomain()
    {
        var rules = new RuleSet("komm-an-3", Strict.Validity.Start, [new GrantRangeCriterion(), new OwnContributionCriterion(0.1m)]);
        var scene = new Scene(rules, Strict, FiscalYear.Of(2024), new LocalDate(2024, 2, 1), Places);
        (long Requested, long? Costs, long? Own, long? Third, EligibilityOutcome Expected)[] cases =
        [
            (long.MinValue, 1_000_000, 100_000, null, EligibilityOutcome.NotEligible), // not well formed
            (-1, 1_000_000, 100_000, null, EligibilityOutcome.NotEligible),
            (0, 1_000_000, 100_000, null, EligibilityOutcome.NotEligible), // below the version's minimum of 1,000 EUR
            (99_999, 1_000_000, 100_000, null, EligibilityOutcome.NotEligible),
            (100_000, 1_000_000, 100_000, null, EligibilityOutcome.Eligible),
            (5_000_000, 1_000_000, 100_000, null, EligibilityOutcome.Eligible), // the cap
            (5_000_001, 1_000_000, 100_000, null, EligibilityOutcome.NotEligible), // above it, and the version refuses that
            (long.MaxValue, 1_000_000, 100_000, null, EligibilityOutcome.NotEligible),
            (100_000, 1_000_000, 99_999, null, EligibilityOutcome.NotEligible), // own share a cent short
            (100_000, long.MaxValue, long.MaxValue, null, EligibilityOutcome.Eligible),
            (100_000, long.MaxValue, (long.MaxValue / 10) + 1, null, EligibilityOutcome.Eligible),
            (100_000, long.MaxValue, long.MaxValue / 10, null, EligibilityOutcome.NotEligible),
            (100_000, long.MaxValue, long.MaxValue, 1, EligibilityOutcome.NotEligible), // funds above the costs: not well formed
            (100_000, long.MaxValue, long.MaxValue, 0, EligibilityOutcome.Eligible),
            (100_000, 0, 0, null, EligibilityOutcome.Eligible),
            (100_000, null, 0, null, EligibilityOutcome.Undetermined),
            (100_000, long.MinValue, 0, null, EligibilityOutcome.NotEligible),
        ];
        Application[] batch = [.. Enumerable.Range(0, 257).Select(i => cases[i % cases.Length]).Select((c, i) =>
            new Draft($"M-{i}", Caritas().Applicant, FiscalYear.Of(2024), Euro.FromCents(c.Requested))
            {
                Costs = c.Costs is { } costs ? Euro.FromCents(costs) : null,
                Own = c.Own is { } own ? Euro.FromCents(own) : null,
                Third = c.Third is { } third ? Euro.FromCents(third) : null,
            }.Build())];
        AssertScreensAs(scene, batch, i => cases[i % cases.Length].Expected, "money");
    }

    [Fact]
    public void ScreenBatch_SeatsAndUnknownFacts_AgreeWithTheEvaluatorAndTheDomain()
    {
        var seatRule = new SeatCriterion([DistrictKey.ParseNrw("05974")], [RegionKey.ParseNrw("053")]);
        var rules = new RuleSet("komm-an-3", KommAn3.Validity.Start, [seatRule, new NonProfitCriterion()]);
        var scene = new Scene(rules, KommAn3, FiscalYear.Of(2020), AsOf, Places);
        (string? Seat, bool? NonProfit, EligibilityOutcome Expected)[] cases =
        [
            ("05974040", true, EligibilityOutcome.Eligible), // in the listed Kreis
            ("05315000", true, EligibilityOutcome.Eligible), // Köln, in the listed region
            ("05111000", true, EligibilityOutcome.NotEligible), // Düsseldorf, in neither
            ("05978004", true, EligibilityOutcome.NotEligible), // the same region as Soest, another Kreis
            ("09162000", true, EligibilityOutcome.NotEligible), // outside NRW
            (null, true, EligibilityOutcome.Undetermined),
            ("05974040", null, EligibilityOutcome.Undetermined),
            ("05974040", false, EligibilityOutcome.NotEligible),
            (null, false, EligibilityOutcome.NotEligible), // a failure settles it, whatever is unknown
            (null, null, EligibilityOutcome.Undetermined),
        ];
        Application[] batch = [.. Enumerable.Range(0, 300).Select(i => cases[i % cases.Length]).Select((c, i) =>
            Copy(Caritas(id: $"P-{i}"), applicant: new Applicant("Verein", ApplicantKind.RegisteredAssociation)
            {
                Seat = c.Seat is null ? null : MunicipalityKey.Parse(c.Seat),
                IsNonProfit = c.NonProfit,
            }))];
        AssertScreensAs(scene, batch, i => cases[i % cases.Length].Expected, "seats");
    }

    [Fact]
    public void ScreenBatch_UnknownReceiptRouteAndKi_AreUndeterminedUnlessAnotherRuleFails()
    {
        var rules = new RuleSet("komm-an-3", Strict.Validity.Start, [new DeadlineCriterion(), new RouteCriterion([ApplicationRoute.Direct]), new IntegrationCentreCriterion()]);
        var scene = new Scene(rules, Strict, FiscalYear.Of(2024), new LocalDate(2024, 2, 1), Places);
        Instant inTime = Instant.FromUtc(2024, 3, 1, 12, 0);
        Instant late = Instant.FromUtc(2024, 4, 1, 12, 0);
        (Instant? Submitted, ApplicationRoute? Route, bool? Ki, EligibilityOutcome Expected)[] cases =
        [
            (inTime, ApplicationRoute.Direct, true, EligibilityOutcome.Eligible),
            (null, ApplicationRoute.Direct, true, EligibilityOutcome.Undetermined),
            (inTime, null, true, EligibilityOutcome.Undetermined),
            (inTime, ApplicationRoute.Direct, null, EligibilityOutcome.Undetermined),
            (late, null, null, EligibilityOutcome.NotEligible),
            (null, ApplicationRoute.ViaIntegrationCentre, null, EligibilityOutcome.NotEligible),
            (null, null, false, EligibilityOutcome.NotEligible),
            (null, null, null, EligibilityOutcome.Undetermined),
        ];
        Application[] batch = [.. Enumerable.Range(0, 129).Select(i => cases[i % cases.Length]).Select((c, i) =>
            new Draft($"U-{i}", new Applicant("Verein", ApplicantKind.RegisteredAssociation) { RunsIntegrationCentre = c.Ki }, FiscalYear.Of(2024), Euro.FromEuros(9_000))
            {
                Submitted = c.Submitted,
                Route = c.Route,
            }.Build())];
        AssertScreensAs(scene, batch, i => cases[i % cases.Length].Expected, "unknown facts");
    }

    private static ScreeningPlan DefaultPlan() =>
        ScreeningPlan.Compile(RuleBook.Default.Find("komm-an-3", KommAn3)!, KommAn3, AsOf, FiscalYear.Of(2020));

    private static Application[] Ordinary(int length) => [.. Enumerable.Range(0, length).Select(i => Caritas(id: $"O-{i}"))];

    [Theory]
    [InlineData(1, 0)]
    [InlineData(64, 63)]
    [InlineData(65, 64)]
    [InlineData(257, 256)]
    [InlineData(513, 300)]
    [InlineData(513, 512)]
    public void ScreenBatch_NullApplicationAnywhere_ThrowsNamingTheApplications(int length, int at)
    {
        Application[] batch = Ordinary(length);
        batch[at] = null!;
        var outcomes = new EligibilityOutcome[length];

        ScreeningPlan plan = DefaultPlan();
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => plan.Screen(batch, outcomes));

        Assert.Equal("applications", error.ParamName);
        Assert.StartsWith($"The application at index {at} is null.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(64, 63, false)]
    [InlineData(257, 256, true)]
    [InlineData(513, 300, false)]
    [InlineData(513, 300, true)]
    [InlineData(513, 512, true)]
    public void ScreenBatch_ApplicationOfAnotherYearOrLineAnywhere_ThrowsAsScreeningItAlone(int length, int at, bool otherLine)
    {
        Application[] batch = Ordinary(length);
        Application stranger = otherLine
            ? new Draft("X-1", Caritas().Applicant, FiscalYear.Of(2020), Euro.FromEuros(9_000)) { LineId = "komm-an-2b" }.Build()
            : Copy(Caritas(), year: FiscalYear.Of(2019));
        batch[at] = stranger;
        var outcomes = new EligibilityOutcome[length];
        ScreeningPlan plan = DefaultPlan();

        ArgumentException alone = Assert.Throws<ArgumentException>(() => plan.Screen(stranger));
        ArgumentException inBatch = Assert.Throws<ArgumentException>(() => plan.Screen(batch, outcomes));

        // The batch's error names its own parameter, and which application it is, then gives the same reason.
        string reason = alone.Message[..alone.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
        Assert.Equal("application", alone.ParamName);
        Assert.Equal("applications", inBatch.ParamName);
        Assert.StartsWith($"Application {stranger.Id} (index {at}): {reason}", inBatch.Message, StringComparison.Ordinal);
        Assert.Contains(otherLine ? "komm-an-2b" : "2019", inBatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScreenBatch_NullAndStrangerInOneBatch_TheFirstInOrderDecidesTheError()
    {
        ScreeningPlan plan = DefaultPlan();
        Application stranger = Copy(Caritas(), year: FiscalYear.Of(2019));
        var outcomes = new EligibilityOutcome[513];

        Application[] strangerFirst = Ordinary(513);
        strangerFirst[300] = stranger;
        strangerFirst[400] = null!;
        Application[] nullFirst = Ordinary(513);
        nullFirst[100] = null!;
        nullFirst[300] = stranger;

        Assert.IsType<ArgumentException>(Record.Exception(() => plan.Screen(strangerFirst, outcomes)));
        Assert.Equal("applications", Assert.IsType<ArgumentNullException>(Record.Exception(() => plan.Screen(nullFirst, outcomes))).ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    [InlineData(257)]
    [InlineData(513)]
    public void ScreenBatch_OutcomesShorterThanTheApplications_ThrowsNamingTheOutcomes(int length)
    {
        ScreeningPlan plan = DefaultPlan();
        Application[] batch = Ordinary(length);
        Application[] withNull = Ordinary(length);
        withNull[length - 1] = null!;
        var outcomes = new EligibilityOutcome[length - 1];

        Assert.Throws<ArgumentException>("outcomes", () => plan.Screen(batch, outcomes));
        Assert.Throws<ArgumentException>("outcomes", () => plan.Screen(withNull, outcomes));
        Assert.All(outcomes, o => Assert.Equal(default, o));
    }

    [Fact]
    public void ScreenBatch_NoApplications_WritesNothing()
    {
        var outcomes = new[] { EligibilityOutcome.Undetermined, EligibilityOutcome.Eligible };

        DefaultPlan().Screen(ReadOnlySpan<Application>.Empty, outcomes);
        DefaultPlan().Screen(ReadOnlySpan<Application>.Empty, Span<EligibilityOutcome>.Empty);

        Assert.Equal([EligibilityOutcome.Undetermined, EligibilityOutcome.Eligible], outcomes);
    }

    /// <summary>Four threads screen their own batches with shared plans, again and again; each gets what one thread gets.</summary>
    private static void AssertThreadsAgree(ScreeningPlan[] plans, Application[][] batches)
    {
        const int Threads = 4;
        const int Rounds = 25;
        EligibilityOutcome[][] expected = [.. batches.Select((b, t) =>
        {
            var outcomes = new EligibilityOutcome[b.Length];
            plans[t].Screen(b, outcomes);
            return outcomes;
        })];
        var seen = new EligibilityOutcome[Threads][][];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            seen[t] = new EligibilityOutcome[Rounds][];
            start.SignalAndWait();
            for (int r = 0; r < Rounds; r++)
            {
                var outcomes = new EligibilityOutcome[batches[t].Length];
                plans[t].Screen(batches[t], outcomes);
                seen[t][r] = outcomes;
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        for (int t = 0; t < Threads; t++)
        {
            Assert.All(seen[t], outcomes => Assert.Equal(expected[t], outcomes));
        }

        Assert.True(expected.SelectMany(o => o).Distinct().Count() >= 2, "the batches should not all be decided alike");
    }

    private static readonly RuleSet ThreadRules = new("komm-an-3", AllTime.Start,
    [
        new DeadlineCriterion(),
        new AnyCriterion([new GrantRangeCriterion(), new NotCriterion(new SeatCriterion([DistrictKey.ParseNrw("05974")], [RegionKey.ParseNrw("053")]))]),
        new AnyCriterion([new IntegrationCentreCriterion(), new NonProfitCriterion(), new DeadlineCriterion(Deadlines[2])]),
        new AllCriterion([]),
    ]);

    [Fact]
    public void ScreenBatch_OnePlanSharedByFourThreads_GivesTheSequentialOutcomes()
    {
        var scene = new Scene(ThreadRules, Strict, FiscalYear.Of(2024), new LocalDate(2024, 2, 1), Places);
        ScreeningPlan plan = scene.Compile();
        Application[][] batches = [.. Enumerable.Range(0, 4).Select(t => Applications(scene.Year).Sample(50, 257 + (t * 64)))];

        AssertThreadsAgree([plan, plan, plan, plan], batches);
        AssertAgrees(scene, batches[0], [.. batches[0].Select(plan.Screen)], "thread 0 alone");
    }

    [Fact]
    public void ScreenBatch_PlansOfOtherVersionsAndYearsSharingTheRules_GiveTheSequentialOutcomesOnFourThreads()
    {
        // The same criterion objects, asked at once for two versions' deadlines and limits in two years.
        var strict = new Scene(ThreadRules, Strict, FiscalYear.Of(2024), new LocalDate(2024, 2, 1), Places);
        var loose = new Scene(ThreadRules, Loose, FiscalYear.Of(1969), new LocalDate(1969, 2, 1), WerlRunsAKi);
        ScreeningPlan[] plans = [strict.Compile(), loose.Compile(), strict.Compile(), loose.Compile()];
        Application[][] batches = [.. new[] { strict, loose, strict, loose }.Select((s, t) => Applications(s.Year).Sample(50, 300 + t))];

        AssertThreadsAgree(plans, batches);
        AssertAgrees(loose, batches[1], [.. batches[1].Select(plans[1].Screen)], "thread 1 alone");
    }

    [Fact]
    public void Outcomes_AreFourByteValues_AsTheBatchWritesThemEightAtATime()
    {
        // The batch writes outcomes as 32-bit lanes; an outcome of another size would be written wrongly, so this
        // states the assumption where a change to the enum would break it.
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(typeof(EligibilityOutcome)));
        Assert.Equal([1, 2, 3], [(int)EligibilityOutcome.Eligible, (int)EligibilityOutcome.NotEligible, (int)EligibilityOutcome.Undetermined]);
    }
}
