using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Awards;

/// <summary>The Land awards the KI-Kommune, which passes the award on to towns and initiatives of its Kreis.</summary>
public sealed class TwoStageAllocatorTests
{
    private static readonly LocalDate AsOf = new(2016, 10, 1);

    private static readonly string[] SoestTowns =
        ["05974004", "05974008", "05974012", "05974016", "05974020", "05974024", "05974028", "05974032", "05974036", "05974040", "05974044", "05974048", "05974052", "05974056"];

    private static TwoStageResult Example(string name) =>
        TwoStageAllocator.Default.Allocate(AwardJson.ReadRound(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name))));

    private static Application Kreis(long requested) =>
        new("KI-SO", new Applicant("Kreis Soest", ApplicantKind.Kreis) { Seat = MunicipalityKey.ParseNrw("05974040"), OfficialDistrictKey = DistrictKey.ParseNrw("05974"), RunsIntegrationCentre = true },
            "komm-an-2b", FiscalYear.Of(2016), Euro.FromEuros(requested))
        {
            EligibleCosts = Euro.FromEuros(requested),
            PlannedStart = new LocalDate(2016, 10, 15),
            DeliveryPeriod = new DateInterval(new LocalDate(2016, 10, 15), new LocalDate(2016, 12, 31)),
            Route = ApplicationRoute.Direct,
        };

    private static Application Request(string id, ApplicantKind kind, string seat, long cents, ApplicationRoute route) =>
        new(id, new Applicant("Antragsteller " + id, kind) { Seat = MunicipalityKey.ParseNrw(seat), OfficialMunicipalityKey = kind == ApplicantKind.Gemeinde ? MunicipalityKey.ParseNrw(seat) : null }, "komm-an-2b", FiscalYear.Of(2016), Euro.FromCents(cents))
        {
            EligibleCosts = Euro.FromCents(cents),
            PlannedStart = new LocalDate(2016, 10, 15),
            DeliveryPeriod = new DateInterval(new LocalDate(2016, 10, 15), new LocalDate(2016, 12, 31)),
            Route = route,
        };

    private static TwoStageResult Run(long budget, PassThroughPlan plan) =>
        TwoStageAllocator.Default.Allocate(new AwardRound("r", "komm-an-2b", AsOf, Euro.FromEuros(budget), AwardPolicy.ProRata, [Kreis(budget)])
        {
            PassThroughPlans = ImmutableDictionary.CreateRange([KeyValuePair.Create("KI-SO", plan)]),
        });

    [Fact]
    public void Allocate_SoestExample_PassesOn131000OverTheEligibleTownsAndInitiativesToTheCent()
    {
        TwoStageResult result = Example("round-soest-2016.json");

        Assert.True(result.IsReconciled);
        AwardLine kreis = result.Land.Lines.Single(l => l.ApplicationId == "KOMM-AN-II-2016-SO");
        Assert.Equal(Euro.FromEuros(131_000), kreis.Awarded);
        Assert.Equal(Euro.FromEuros(131_000), result.Land.Awarded + result.Land.Unallocated);
        AwardLine direct = result.Land.Lines.Single(l => l.ApplicationId == "KOMM-AN-II-2016-DIRECT");
        Assert.Equal(["KI-ELIG-ROUTE"], direct.Decision.Failures.Select(f => f.Code).ToArray());
        PassThroughResult pass = Assert.Single(result.PassThroughs);
        Assert.Equal(Euro.FromEuros(180_300), Euro.Sum(pass.Lines.Select(l => l.Requested)));
        Assert.Equal(pass.Award, pass.PassedOn + pass.Retained + pass.Unallocated);
        Assert.Equal(Euro.FromEuros(131_000), pass.PassedOn);
        Assert.Equal(Euro.Zero, pass.Unallocated);
        Assert.Equal(18, pass.Lines.Count(l => l.Awarded.IsPositive));
        Assert.All(pass.Lines, l => Assert.True(l.Awarded <= l.Requested));
        Assert.Equal(Euro.Zero, pass.Lines.Single(l => l.Request.Id == "SO-I05").Awarded);
        Assert.Equal(["KI-ELIG-SEAT-IN-AREA"], pass.Lines.Single(l => l.Request.Id == "SO-I05").Line.Decision.Failures.Select(f => f.Code).ToArray());
        Assert.Equal(["KI-ELIG-ROUTE"], pass.Lines.Single(l => l.Request.Id == "SO-I06").Line.Decision.Failures.Select(f => f.Code).ToArray());
        Assert.All(pass.Lines.Where(l => l.Awarded.IsPositive), l => Assert.Equal(
            l.Request.Applicant.Kind == ApplicantKind.Gemeinde ? AncillaryProvisions.AnBestG : AncillaryProvisions.AnBestP, l.Provisions));
        Assert.Equal(14, pass.Lines.Count(l => l.Provisions == AncillaryProvisions.AnBestG && l.ProvisionsUncertain));
    }

    [Fact]
    public void Allocate_MinimumExample_OneRequestDropsOutAndItsShareGoesToTheOthers()
    {
        TwoStageResult result = Example("round-soest-2016-minimum.json");

        Assert.True(result.IsReconciled);
        PassThroughResult pass = Assert.Single(result.PassThroughs);
        FinalAward dropped = Assert.Single(pass.Lines, l => l.Code == AwardCodes.BelowMinimumAfterCut);
        Assert.Equal("SO-I03", dropped.Request.Id);
        Assert.Equal(Euro.Zero, dropped.Awarded);
        Assert.Equal(Euro.FromEuros(5_000), pass.Retained);
        Assert.Equal(Euro.FromEuros(126_000), pass.PassedOn + pass.Unallocated);
        Assert.All(pass.Lines.Where(l => l.Awarded.IsPositive), l => Assert.True(l.Awarded >= Euro.FromEuros(4_000)));
        Assert.Equal(pass.Award, pass.PassedOn + pass.Retained + pass.Unallocated);
    }

    [Fact]
    public void Allocate_PopulationMethod_SplitsByTheSeatsPopulationWithBaseAmount()
    {
        Application[] towns = [.. SoestTowns.Select(k => Request("G" + k, ApplicantKind.Gemeinde, k, 100_000_00, ApplicationRoute.ViaMunicipalAdministration))];

        TwoStageResult result = Run(131_000, new PassThroughPlan(PassThroughMethod.Population, towns) { BaseAmount = Euro.FromEuros(2_000) });

        PassThroughResult pass = Assert.Single(result.PassThroughs);
        Assert.True(result.IsReconciled);
        Assert.Equal(Euro.FromEuros(131_000), pass.PassedOn);
        decimal lambda = (131_000m - (14 * 2_000m)) / 301_785m;
        Assert.All(pass.Lines, l =>
        {
            decimal exact = 2_000m + (lambda * Gazetteer.Default.GetMunicipality(l.Request.Applicant.Seat!.Value).Population);
            Assert.InRange(l.Awarded.Cents, (long)Math.Floor(exact * 100), (long)Math.Ceiling(exact * 100));
        });
    }

    [Fact]
    public void Allocate_LineWithoutPassThrough_PassesNothingOnAndLeavesItUnallocated()
    {
        Application caritas = Caritas(id: "III", requested: 9_000, costs: 10_000, own: 1_000);
        var request = new Application("club", new Applicant("Verein", ApplicantKind.RegisteredAssociation), "komm-an-3", FiscalYear.Of(2020), Euro.FromEuros(1_000));

        TwoStageResult result = TwoStageAllocator.Default.Allocate(new AwardRound("r", "komm-an-3", new LocalDate(2020, 2, 1), Euro.FromEuros(9_000), AwardPolicy.ProRata, [caritas])
        {
            PassThroughPlans = ImmutableDictionary.CreateRange([KeyValuePair.Create("III", new PassThroughPlan(PassThroughMethod.ProRata, [request]))]),
        });

        PassThroughResult pass = Assert.Single(result.PassThroughs);
        Assert.Equal(AwardCodes.PassThroughNotAllowed, pass.Code);
        Assert.Equal(Euro.Zero, pass.PassedOn);
        Assert.Equal(Euro.FromEuros(9_000), pass.Unallocated);
        Assert.True(result.IsReconciled);
    }

    private static readonly ApplicantKind[] FinalKinds =
        [ApplicantKind.Gemeinde, ApplicantKind.RegisteredAssociation, ApplicantKind.MigrantOrganisation, ApplicantKind.VolunteerInitiative, ApplicantKind.School];

    private static readonly string[] Seats = [.. SoestTowns, "05915000"];

    private static readonly Gen<(ApplicantKind Item1, string Item2, int Item3, ApplicationRoute Item4)> Specs =
        from kind in Gen.Elements(FinalKinds)
        from seat in Gen.Elements(Seats)
        from cents in Gen.Choose(1, 4_000_000)
        from route in Gen.Elements(ApplicationRoute.ViaMunicipalAdministration, ApplicationRoute.ViaIntegrationCentre, ApplicationRoute.Direct)
        select (kind, seat, cents, route);

    private sealed record Generated(long Budget, long Retained, long? Minimum, PassThroughMethod Method, Application[] Requests);

    private static readonly Gen<Generated> Rounds =
        from budget in Gen.Choose(0, 200_000)
        from retained in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 30_000)))
        from minimum in Gen.Frequency((2, Gen.Constant<long?>(null)), (1, Gen.Choose(100, 8_000).Select(m => (long?)m)))
        from method in Gen.Elements(PassThroughMethod.ProRata, PassThroughMethod.Population, PassThroughMethod.PriorityTiers)
        from count in Gen.Choose(1, 12)
        from specs in Gen.ArrayOf(Specs, count)
        select new Generated(budget, retained, minimum, method,
            [.. specs.Select((s, i) => Request("R" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), s.Item1, s.Item2, s.Item3, s.Item4))]);

    private static PassThroughPlan Plan(Generated g, IEnumerable<Application> requests)
    {
        Application[] list = [.. requests];
        return new PassThroughPlan(g.Method, list)
        {
            Retained = Euro.FromEuros(g.Retained),
            MinimumGrant = g.Minimum is { } m ? Euro.FromEuros(m) : null,
            Priorities = g.Method == PassThroughMethod.PriorityTiers
                ? list.ToImmutableDictionary(r => r.Id, r => 1 + (int)(r.RequestedAmount.Cents % 3), StringComparer.Ordinal)
                : ImmutableDictionary<string, int>.Empty,
        };
    }

    [Fact]
    public void Allocate_GeneratedRounds_ReconcileAtBothLevelsAndNobodyGetsMoreThanAsked()
    {
        Properties.Check(Prop.ForAll(Rounds.ToArbitrary(), g =>
        {
            TwoStageResult result = Run(g.Budget, Plan(g, g.Requests));
            PassThroughResult pass = result.PassThroughs.Single();
            return result.IsReconciled
                && result.Land.Awarded + result.Land.Unallocated == Euro.FromEuros(g.Budget)
                && pass.PassedOn + pass.Retained + pass.Unallocated == pass.Award
                && pass.Lines.All(l => l.Awarded <= l.Requested && !l.Awarded.IsNegative)
                && pass.Lines.Where(l => l.Code == AwardCodes.Cut).All(l => g.Minimum is not { } m || l.Awarded >= Euro.FromEuros(m));
        }), 120);
    }

    [Fact]
    public void Allocate_GeneratedRounds_DoNotDependOnTheOrderOfRequests()
    {
        Properties.Check(Prop.ForAll(Rounds.ToArbitrary(), g =>
        {
            PassThroughResult a = Run(g.Budget, Plan(g, g.Requests)).PassThroughs.Single();
            PassThroughResult b = Run(g.Budget, Plan(g, Enumerable.Reverse(g.Requests))).PassThroughs.Single();
            return a.Lines.Select(l => (l.Request.Id, l.Awarded)).SequenceEqual(b.Lines.Select(l => (l.Request.Id, l.Awarded)));
        }), 80);
    }

    [Fact]
    public void Allocate_GeneratedRounds_AnIneligibleRequestGetsNothingAndChangesNoOtherAward()
    {
        Properties.Check(Prop.ForAll(Rounds.ToArbitrary(), g =>
        {
            Application outsider = Request("ZZ-outside", ApplicantKind.VolunteerInitiative, "05915000", 5_000_000, ApplicationRoute.ViaIntegrationCentre);
            PassThroughResult without = Run(g.Budget, Plan(g, g.Requests)).PassThroughs.Single();
            PassThroughResult with = Run(g.Budget, Plan(g, [.. g.Requests, outsider])).PassThroughs.Single();
            return with.Lines.Single(l => l.Request.Id == outsider.Id).Awarded == Euro.Zero
                && without.Lines.Select(l => (l.Request.Id, l.Awarded)).SequenceEqual(with.Lines.Where(l => l.Request.Id != outsider.Id).Select(l => (l.Request.Id, l.Awarded)));
        }), 80);
    }

    [Fact]
    public void Allocate_GeneratedRounds_AnIneligibleRequestsShareGoesToTheOthers()
    {
        Properties.Check(Prop.ForAll(Rounds.Where(g => g.Requests.Length >= 2).ToArbitrary(), g =>
        {
            Application[] eligibleShape = [.. g.Requests.Select(r => Request(r.Id, ApplicantKind.RegisteredAssociation, "05974040", r.RequestedAmount.Cents, ApplicationRoute.ViaIntegrationCentre))];
            Application[] oneOutside = [.. eligibleShape.Select((r, i) => i == 0 ? Request(r.Id, ApplicantKind.RegisteredAssociation, "05915000", r.RequestedAmount.Cents, ApplicationRoute.ViaIntegrationCentre) : r)];
            PassThroughResult all = Run(g.Budget, Plan(g, eligibleShape)).PassThroughs.Single();
            PassThroughResult less = Run(g.Budget, Plan(g, oneOutside)).PassThroughs.Single();
            Euro othersBefore = Euro.Sum(all.Lines.Skip(1).Select(l => l.Awarded));
            Euro othersAfter = Euro.Sum(less.Lines.Skip(1).Select(l => l.Awarded));
            return less.Lines[0].Awarded == Euro.Zero && othersAfter >= othersBefore;
        }), 80);
    }
}
