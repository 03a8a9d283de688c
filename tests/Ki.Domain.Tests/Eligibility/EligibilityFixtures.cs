namespace Ki.Domain.Tests.Eligibility;

/// <summary>Applications and dates shared by the eligibility and award tests.</summary>
internal static class EligibilityFixtures
{
    public static readonly LocalDate AsOf = new(2020, 2, 1);

    public static FundingLineVersion KommAn3 { get; } = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-3").Versions.Single();

    /// <summary>An eligible KOMM-AN III application of a welfare association in Soest.</summary>
    public static Application Caritas(string id = "III-017", long requested = 36_000, long costs = 40_000, long own = 4_000) =>
        CaritasStating(Euro.FromEuros(costs), Euro.FromEuros(own), id: id, requested: requested);

    /// <summary>The Caritas application with the money facts as given; a null one is not stated (unknown, never zero).</summary>
    public static Application CaritasStating(Euro? costs, Euro? own, Euro? thirdParty = null, string id = "III-017", long requested = 36_000) =>
        new(id, new Applicant("Caritas Soest", ApplicantKind.WelfareAssociation) { IsNonProfit = true, Seat = MunicipalityKey.ParseNrw("05974040") },
            "komm-an-3", FiscalYear.Of(2020), Euro.FromEuros(requested))
        {
            EligibleCosts = costs,
            OwnContribution = own,
            ThirdPartyFunds = thirdParty,
            PlannedStart = new LocalDate(2020, 3, 1),
            DeliveryPeriod = new DateInterval(new LocalDate(2020, 3, 1), new LocalDate(2020, 12, 31)),
            Submitted = Instant.FromUtc(2019, 11, 20, 9, 15),
            Route = ApplicationRoute.Direct,
        };

    /// <summary>
    /// A copy of an application with another identifier, applicant, requested amount or fiscal year; it keeps the costs,
    /// own contribution, start, delivery period, receipt, route and continuation (not units or third-party funds).
    /// </summary>
    public static Application Copy(Application a, Applicant? applicant = null, Euro? requested = null, FiscalYear? year = null, string? id = null) =>
        new(id ?? a.Id, applicant ?? a.Applicant, a.LineId, year ?? a.FiscalYear, requested ?? a.RequestedAmount)
        {
            EligibleCosts = a.EligibleCosts,
            OwnContribution = a.OwnContribution,
            PlannedStart = a.PlannedStart,
            DeliveryPeriod = a.DeliveryPeriod,
            Submitted = a.Submitted,
            Route = a.Route,
            ContinuesFundedMeasure = a.ContinuesFundedMeasure,
        };

    /// <summary>The result of one criterion alone (a rule set of only it) for an application, on KOMM-AN III unless another version is given.</summary>
    public static CriterionResult EvaluateOne(Criterion criterion, Application application, FundingLineVersion? version = null, LocalDate? asOf = null)
    {
        version ??= KommAn3;
        var rules = new RuleSet(application.LineId, version.Validity.Start, [criterion]);
        return EligibilityEvaluator.Evaluate(application, version, rules, asOf ?? AsOf).Results.Single();
    }
}
