namespace Ki.Domain.Tests.Eligibility;

/// <summary>The embedded KOMM-AN part II rules as a KI, a town and an initiative meet them.</summary>
public sealed class PassThroughRulesTests
{
    private static readonly LocalDate AsOf = new(2016, 9, 1);

    private static readonly Applicant Kreis = new("Kreis Soest", ApplicantKind.Kreis)
    {
        RunsIntegrationCentre = true,
        Seat = MunicipalityKey.ParseNrw("05974040"),
        OfficialDistrictKey = DistrictKey.ParseNrw("05974"),
    };

    private static Application Request(string id, Applicant applicant, ApplicationRoute? route) =>
        new(id, applicant, "komm-an-2a", FiscalYear.Of(2016), Euro.FromEuros(8_000))
        {
            PlannedStart = new LocalDate(2016, 10, 1),
            DeliveryPeriod = new DateInterval(new LocalDate(2016, 10, 1), new LocalDate(2016, 12, 31)),
            Route = route,
        };

    [Fact]
    public void Evaluate_InitiativeApplyingToTheLandDirectly_FailsTheRouteNotTheKind()
    {
        var initiative = new Applicant("Flüchtlingshilfe Lippetal", ApplicantKind.VolunteerInitiative) { Seat = MunicipalityKey.ParseNrw("05974024"), RunsIntegrationCentre = false };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Request("direct", initiative, ApplicationRoute.Direct), AsOf);

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        CriterionResult route = Assert.Single(decision.Failures, f => f.Code == EligibilityCodes.Route);
        Assert.Contains("Nr. 12 VVG", route.LegalReference, StringComparison.Ordinal);
        Assert.Contains("komm-ii", route.LegalReference, StringComparison.Ordinal);
        Assert.DoesNotContain(decision.Results, r => r.Code == EligibilityCodes.ApplicantKind);
        Assert.Contains("über das KI", route.Message.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_KreisWithKi_IsEligibleAsFirstRecipient()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(Request("kreis", Kreis, ApplicationRoute.Direct), AsOf);

        Assert.Equal(EligibilityOutcome.Eligible, decision.Outcome);
    }

    [Fact]
    public void EvaluateFinalRecipient_TownOfTheKreisViaItsAdministration_IsEligible()
    {
        var town = new Applicant("Stadt Werl", ApplicantKind.Gemeinde) { Seat = MunicipalityKey.ParseNrw("05974052"), OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052") };

        EligibilityDecision decision = EligibilityEvaluator.Default.EvaluateFinalRecipient(Request("werl", town, ApplicationRoute.ViaMunicipalAdministration), Kreis, AsOf);

        Assert.Equal(EligibilityOutcome.Eligible, decision.Outcome);
        Assert.Contains(decision.Results, r => r.Code == EligibilityCodes.SeatInArea && r.IsPass);
    }

    [Fact]
    public void EvaluateFinalRecipient_InitiativeOutsideTheKreis_FailsTheSeatInArea()
    {
        var outside = new Applicant("Initiative Hamm", ApplicantKind.VolunteerInitiative) { Seat = MunicipalityKey.ParseNrw("05915000") };

        EligibilityDecision decision = EligibilityEvaluator.Default.EvaluateFinalRecipient(Request("hamm", outside, ApplicationRoute.ViaIntegrationCentre), Kreis, AsOf);

        Assert.Equal([EligibilityCodes.SeatInArea], decision.Failures.Select(f => f.Code));
        Assert.Contains("Kreis Soest", decision.Failures.First().Required.German, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateFinalRecipient_RouteNotRecorded_IsUndetermined()
    {
        var club = new Applicant("Integrationsverein Soest e. V.", ApplicantKind.RegisteredAssociation) { Seat = MunicipalityKey.ParseNrw("05974040") };

        EligibilityDecision decision = EligibilityEvaluator.Default.EvaluateFinalRecipient(Request("club", club, null), Kreis, AsOf);

        Assert.Equal(EligibilityOutcome.Undetermined, decision.Outcome);
        Assert.Equal(["route"], decision.MissingFacts.ToArray());
    }

    [Fact]
    public void EvaluateFinalRecipient_LineWithoutFinalRecipientRules_SaysNoRules()
    {
        Application request = Request("x", new Applicant("Caritas", ApplicantKind.WelfareAssociation), ApplicationRoute.ViaIntegrationCentre);
        request = new Application("x", request.Applicant, "komm-an-3", request.FiscalYear, request.RequestedAmount);

        EligibilityDecision decision = EligibilityEvaluator.Default.EvaluateFinalRecipient(request, Kreis, new LocalDate(2020, 2, 1));

        Assert.Equal(EligibilityCodes.NoRules, decision.Code);
        Assert.Contains("final recipients", decision.Message.English, StringComparison.Ordinal);
    }
}
