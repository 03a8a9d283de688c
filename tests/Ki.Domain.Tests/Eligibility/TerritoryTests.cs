namespace Ki.Domain.Tests.Eligibility;

/// <summary>The gazetteer decides what it knows about territorial applicants (issue 10).</summary>
public sealed class TerritoryTests
{
    private static readonly LocalDate AsOf = new(2024, 2, 1);

    private static Application KiApplication(Applicant applicant) =>
        new("KI-2024-1", applicant, "ki-2023-staff", FiscalYear.Of(2024), Euro.FromEuros(100_000))
        {
            EligibleCosts = Euro.FromEuros(400_000),
            OwnContribution = Euro.FromEuros(100_000),
            Units = System.Collections.Immutable.ImmutableDictionary<string, decimal>.Empty,
            PlannedStart = new LocalDate(2024, 3, 1),
            DeliveryPeriod = new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2024, 12, 31)),
            Submitted = Instant.FromUtc(2023, 11, 20, 9, 0),
            Route = ApplicationRoute.Direct,
        };

    [Fact]
    public void Evaluate_StadtWerlDeclaringItselfAKreis_IsNotEligibleAndNamesBothValues()
    {
        // Issue 10: Stadt Werl (05974052) declaring itself a Kreis that runs a KI was eligible for KI-Förderung.
        Applicant werl = new("Stadt Werl", ApplicantKind.Kreis)
        {
            OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052"),
            Seat = MunicipalityKey.ParseNrw("05974052"),
            RunsIntegrationCentre = true,
        };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(KiApplication(werl), AsOf);

        Assert.Equal(EligibilityOutcome.NotEligible, decision.Outcome);
        Assert.Equal(EligibilityCodes.TerritoryContradiction, decision.Code);
        Assert.Contains("states the applicant is a Kreis", decision.Message.English, StringComparison.Ordinal);
        Assert.Contains("05974052 is Werl", decision.Message.English, StringComparison.Ordinal);
        TextAssert.Contains(decision.Message, "Kreis an, laut Gemeindeverzeichnis", "(a Gemeinde)");
    }

    [Fact]
    public void Evaluate_TerritorialApplicantWithoutItsKey_IsNeverEligible()
    {
        // The seat is only the address: Werl as a "Kreis" with only a seat cannot be told apart from a real Kreis.
        Applicant werl = new("Stadt Werl", ApplicantKind.Kreis) { Seat = MunicipalityKey.ParseNrw("05974052"), RunsIntegrationCentre = true };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(KiApplication(werl), AsOf);

        Assert.NotEqual(EligibilityOutcome.Eligible, decision.Outcome);
        Assert.Contains("applicant.officialKey", decision.MissingFacts);
    }

    [Fact]
    public void Evaluate_KreisWithItsKey_RunsAKiByTheGazetteer()
    {
        Applicant soest = new("Kreis Soest", ApplicantKind.Kreis) { OfficialDistrictKey = DistrictKey.ParseNrw("05974"), Seat = MunicipalityKey.ParseNrw("05974040") };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(KiApplication(soest), AsOf);

        Assert.DoesNotContain("applicant.runsIntegrationCentre", decision.MissingFacts);
        Assert.DoesNotContain(decision.Results, r => r.Code == EligibilityCodes.IntegrationCentre && r.Outcome != CriterionOutcome.Pass);
    }

    [Fact]
    public void Evaluate_GemeindeStatingItRunsAKi_ContradictsTheGazetteer()
    {
        Applicant werl = new("Stadt Werl", ApplicantKind.Gemeinde) { OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052"), RunsIntegrationCentre = true };

        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(KiApplication(werl), AsOf);

        Assert.Equal(EligibilityCodes.TerritoryContradiction, decision.Code);
        Assert.Contains("runs a KI, but by the gazetteer", decision.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HostGazetteer_IsAsked()
    {
        // A host gazetteer in which the city of Werl runs its own KI.
        Gazetteer own = Gazetteer.Default.WithSeparateCentreCities([.. Gazetteer.Default.SeparateCentreCities, MunicipalityKey.ParseNrw("05974052")]);
        var evaluator = new EligibilityEvaluator(ProgrammeCatalogue.Default, RuleBook.Default, own);
        Applicant werl = new("Stadt Werl", ApplicantKind.Gemeinde) { OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052"), RunsIntegrationCentre = true };

        Assert.Equal(EligibilityCodes.TerritoryContradiction, EligibilityEvaluator.Default.Evaluate(KiApplication(werl), AsOf).Code);
        Assert.NotEqual(EligibilityCodes.TerritoryContradiction, evaluator.Evaluate(KiApplication(werl), AsOf).Code);
    }

    [Fact]
    public void ScreeningPlan_HostGazetteer_AgreesWithTheEvaluatorThatAsksIt()
    {
        // The KI criterion alone: Werl (05974052), not stating whether it runs a KI, does not by the default gazetteer
        // and does in a host gazetteer that counts it as a town with its own KI.
        Gazetteer own = Gazetteer.Default.WithSeparateCentreCities([.. Gazetteer.Default.SeparateCentreCities, MunicipalityKey.ParseNrw("05974052")]);
        FundingLineVersion version = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "ki-2023-staff").FindVersion(AsOf).Version!;
        var rules = new RuleSet("ki-2023-staff", version.Validity.Start, [new IntegrationCentreCriterion()]);
        Application werl = KiApplication(new("Stadt Werl", ApplicantKind.Gemeinde) { OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052") });

        EligibilityOutcome byDefault = ScreeningPlan.Compile(rules, version, AsOf, FiscalYear.Of(2024)).Screen(werl);
        EligibilityOutcome byHost = ScreeningPlan.Compile(rules, version, AsOf, FiscalYear.Of(2024), own).Screen(werl);

        Assert.Equal(EligibilityOutcome.NotEligible, byDefault);
        Assert.Equal(EligibilityOutcome.Eligible, byHost);
        Assert.Equal(EligibilityEvaluator.Evaluate(werl, version, rules, AsOf).Outcome, byDefault);
        Assert.Equal(EligibilityEvaluator.Evaluate(werl, version, rules, AsOf, own).Outcome, byHost);
    }

    [Fact]
    public void Evaluate_UnknownKey_IsItsOwnCode()
    {
        Applicant nowhere = new("Kreis X", ApplicantKind.Kreis) { OfficialDistrictKey = DistrictKey.ParseNrw("05999") };

        Assert.Equal(EligibilityCodes.TerritoryUnknownKey, EligibilityEvaluator.Default.Evaluate(KiApplication(nowhere), AsOf).Code);
    }

    [Fact]
    public void ReadApplication_OfficialKey_IsAKreisschluesselOrAnAgs()
    {
        Application kreis = EligibilityJson.ReadApplication("""{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"Kreis Soest","kind":"kreis","officialKey":"05974"},"requestedAmount":"1.00"}}"""u8);
        Application werl = EligibilityJson.ReadApplication("""{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"Werl","kind":"gemeinde","officialKey":"05974052"},"requestedAmount":"1.00"}}"""u8);
        KiDataException bad = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication("""{"schemaVersion":1,"application":{"id":"A","line":"komm-an-3","fiscalYear":2020,"applicant":{"name":"X","kind":"kreis","officialKey":"5974"},"requestedAmount":"1.00"}}"""u8));

        Assert.Equal(DistrictKey.ParseNrw("05974"), kreis.Applicant.OfficialDistrictKey);
        Assert.Equal(MunicipalityKey.ParseNrw("05974052"), werl.Applicant.OfficialMunicipalityKey);
        Assert.Equal("$.application.applicant.officialKey", bad.Location);
        Assert.Equal(EligibilityJson.WriteApplication(kreis), EligibilityJson.WriteApplication(EligibilityJson.ReadApplication(EligibilityJson.WriteApplication(kreis))));
    }

    [Fact]
    public void ScreeningPlan_AgreesWithTheEvaluatorOnTerritorialApplicants()
    {
        FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "ki-2023-staff");
        FundingLineVersion version = line.FindVersion(AsOf).Version!;
        ScreeningPlan plan = ScreeningPlan.Compile(RuleBook.Default.Find(line.Id, version)!, version, AsOf, FiscalYear.Of(2024));
        Applicant[] applicants =
        [
            new("Stadt Werl", ApplicantKind.Kreis) { OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052"), RunsIntegrationCentre = true },
            new("Stadt Werl", ApplicantKind.Kreis) { RunsIntegrationCentre = true },
            new("Kreis Soest", ApplicantKind.Kreis) { OfficialDistrictKey = DistrictKey.ParseNrw("05974"), Seat = MunicipalityKey.ParseNrw("05974040") },
            new("Stadt Aachen", ApplicantKind.Gemeinde) { OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05334002") },
        ];

        foreach (Applicant applicant in applicants)
        {
            Application application = KiApplication(applicant);
            Assert.Equal(EligibilityEvaluator.Default.Evaluate(application, AsOf).Outcome, plan.Screen(application));
        }
    }
}

/// <summary>
/// Whether a territorial applicant runs a KI is read from the gazetteer's own list of integration centres: a district
/// runs one when the list has its district centre, a town when the list names it as a KI town or it is a kreisfreie
/// Stadt whose district centre is listed. The evaluator answers from lookups built with the gazetteer; this law holds
/// it to that definition for every key of random gazetteers (with and without separate KI towns).
/// </summary>
public sealed class TerritoryCentreTests
{
    [Property(MaxTest = 30)]
    public Property Of_EveryKeyOfRandomGazetteers_RunsAKiExactlyWhenTheCentreListSaysSo() =>
        Prop.ForAll(GazetteerGen.Gazetteers.ToArbitrary(), gazetteer =>
        {
            var wrong = new List<string>();
            foreach (District district in gazetteer.Districts)
            {
                bool listed = gazetteer.IntegrationCentres.Any(c => c.District == district.Key && c.City is null);
                ApplicantKind kind = district.Kind == DistrictKind.KreisfreieStadt ? ApplicantKind.KreisfreieStadt : ApplicantKind.Kreis;
                Territory territory = Territory.Of(new Applicant(district.Name, kind) { OfficialDistrictKey = district.Key }, gazetteer);
                if (territory.RunsIntegrationCentre != listed || territory.Kind != kind || territory.Contradiction is not null)
                {
                    wrong.Add(district.Key.Code);
                }
            }

            foreach (Municipality town in gazetteer.Municipalities)
            {
                bool cityDistrict = gazetteer.TryGetDistrict(town.Key.District, out District? district) && district.Kind == DistrictKind.KreisfreieStadt;
                bool listed = gazetteer.IntegrationCentres.Any(c => c.City == town.Key || (cityDistrict && c.District == town.Key.District && c.City is null));
                ApplicantKind kind = cityDistrict ? ApplicantKind.KreisfreieStadt : ApplicantKind.Gemeinde;
                Territory territory = Territory.Of(new Applicant(town.Name, kind) { OfficialMunicipalityKey = town.Key }, gazetteer);
                Territory claimingTheOpposite = Territory.Of(new Applicant(town.Name, kind) { OfficialMunicipalityKey = town.Key, RunsIntegrationCentre = !listed }, gazetteer);
                if (territory.RunsIntegrationCentre != listed || territory.Contradiction is not null || claimingTheOpposite.Contradiction is null)
                {
                    wrong.Add(town.Key.Code);
                }
            }

            bool separateTowns = gazetteer.SeparateCentreCities.Length > 0;
            return (wrong.Count == 0).Label(string.Join(", ", wrong)).Classify(separateTowns, "with a separate KI town");
        });

    [Fact]
    public void Of_AachenTheCityAndItsStadteregion_BothRunAKiAndAnotherTownDoesNot()
    {
        Gazetteer nrw = Gazetteer.Default;
        MunicipalityKey aachen = MunicipalityKey.ParseNrw("05334002");
        MunicipalityKey eschweiler = MunicipalityKey.ParseNrw("05334012");

        Assert.Contains(aachen, nrw.SeparateCentreCities);
        Assert.True(Territory.Of(new Applicant("Stadt Aachen", ApplicantKind.Gemeinde) { OfficialMunicipalityKey = aachen }, nrw).RunsIntegrationCentre);
        Assert.True(Territory.Of(new Applicant("Städteregion Aachen", ApplicantKind.Kreis) { OfficialDistrictKey = aachen.District }, nrw).RunsIntegrationCentre);
        Assert.False(Territory.Of(new Applicant("Stadt Eschweiler", ApplicantKind.Gemeinde) { OfficialMunicipalityKey = eschweiler }, nrw).RunsIntegrationCentre);
    }
}
