namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for applications (with facts present or missing) and for rule trees.</summary>
internal static class EligibilityGen
{
    public static readonly ApplicantKind[] Kinds =
    [
        ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt, ApplicantKind.Gemeinde, ApplicantKind.RegisteredAssociation,
        ApplicantKind.MigrantOrganisation, ApplicantKind.WelfareAssociation, ApplicantKind.ReligiousCommunity,
        ApplicantKind.School, ApplicantKind.DayCareCentre, ApplicantKind.VolunteerInitiative,
    ];

    public static readonly ApplicationRoute[] Routes = [ApplicationRoute.Direct, ApplicationRoute.ViaMunicipalAdministration, ApplicationRoute.ViaIntegrationCentre];

    private static readonly MunicipalityKey[] Seats = [.. new[] { "05974040", "05974052", "05315000", "05111000", "05566028", "05978004" }.Select(MunicipalityKey.ParseNrw)];

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    private static Gen<Euro> Cents(int max) => Gen.Choose(0, max).Select(c => Euro.FromCents(c));

    /// <summary>Applications for a line and fiscal year 2020, with every fact sometimes missing.</summary>
    public static Gen<Application> Applications(string lineId) =>
        from kind in Gen.Elements(Kinds)
        from nonProfit in Maybe(Gen.Elements(true, false))
        from centre in Maybe(Gen.Elements(true, false))
        from seat in Maybe(Gen.Elements(Seats))
        from requested in Cents(10_000_000)
        from costs in Maybe(Cents(10_000_000))
        from own in Maybe(Cents(2_000_000))
        from startDay in Maybe(Gen.Choose(-60, 400))
        from deliveryDays in Maybe(Gen.Choose(-30, 420).Two())
        from submittedHours in Maybe(Gen.Choose(-24 * 400, 24 * 60))
        from route in Maybe(Gen.Elements(Routes))
        from continues in Gen.Elements(true, false, false)
        from id in Gen.Choose(1, 1_000_000)
        select new Application($"A-{id}", new Applicant("Test", kind) { IsNonProfit = nonProfit, RunsIntegrationCentre = centre, Seat = seat },
            lineId, FiscalYear.Of(2020), requested)
        {
            EligibleCosts = costs,
            OwnContribution = own,
            PlannedStart = startDay is { } s ? new LocalDate(2020, 1, 1).PlusDays(s) : null,
            DeliveryPeriod = deliveryDays is { } d
                ? new DateInterval(new LocalDate(2020, 1, 1).PlusDays(Math.Min(d.Item1, d.Item2)), new LocalDate(2020, 1, 1).PlusDays(Math.Max(d.Item1, d.Item2)))
                : null,
            Submitted = submittedHours is { } h ? Instant.FromUtc(2020, 1, 1, 0, 0).Plus(Duration.FromHours(h)) : null,
            Route = route,
            ContinuesFundedMeasure = continues,
        };

    /// <summary>Simple criteria with random parameters.</summary>
    public static Gen<Criterion> Leaves { get; } = Gen.OneOf(
        Gen.SubListOf(Kinds).Select(k => (Criterion)new ApplicantKindCriterion(k)),
        Gen.Constant<Criterion>(new NonProfitCriterion()),
        Gen.Constant<Criterion>(new IntegrationCentreCriterion("test reference")),
        Gen.Elements<Criterion>(
            new SeatCriterion([DistrictKey.ParseNrw("05974")], []),
            new SeatCriterion([], [RegionKey.ParseNrw("053"), RegionKey.ParseNrw("055")]),
            new SeatCriterion([DistrictKey.ParseNrw("05111")], [RegionKey.ParseNrw("059")])),
        Gen.Elements<Criterion>(new DeadlineCriterion(), new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(9, 30), -1)), new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(1, 31)))),
        Gen.Constant<Criterion>(new DeliveryPeriodCriterion()),
        Gen.Constant<Criterion>(new EarlyStartCriterion()),
        from low in Gen.Choose(0, 5_000_000)
        from width in Gen.Choose(0, 5_000_000)
        from which in Gen.Choose(0, 3)
        select (Criterion)new GrantRangeCriterion(which is 0 or 1 ? Euro.FromCents(low) : null, which is 0 or 2 ? Euro.FromCents(low + width) : null),
        Gen.Choose(0, 1_000_000).Select(n => (Criterion)new OwnContributionCriterion(n / 1_000_000m)),
        Gen.NonEmptyListOf(Gen.Elements(Routes)).Select(r => (Criterion)new RouteCriterion(r)));

    /// <summary>Rule trees up to a depth, combined with all, any and not.</summary>
    public static Gen<Criterion> Trees(int depth) => depth <= 0
        ? Leaves
        : Gen.Frequency(
            (3, Leaves),
            (1, Gen.ListOf(Trees(depth - 1)).Select(parts => (Criterion)new AllCriterion(parts.Take(4)))),
            (1, Gen.ListOf(Trees(depth - 1)).Select(parts => (Criterion)new AnyCriterion(parts.Take(4)))),
            (1, Trees(depth - 1).Select(part => (Criterion)new NotCriterion(part))));

    /// <summary>Rule sets for komm-an-3 from 2016-01-01.</summary>
    public static Gen<RuleSet> RuleSets { get; } =
        Gen.ListOf(Trees(2)).Select(c => new RuleSet("komm-an-3", new LocalDate(2016, 1, 1), c.Take(8)));
}
