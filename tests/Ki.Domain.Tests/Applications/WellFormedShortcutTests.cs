using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Applications;

/// <summary>
/// The shortcut the evaluator and screening take for a well-formed application reads flags that the application and
/// the applicant set as each field is given. Every rule of the validator that one field breaks on its own must set
/// them, whatever the order of the initialiser, and a later valid field must not clear them.
/// </summary>
public sealed class WellFormedShortcutTests
{
    private static readonly ApplicationValidator Validator = new(CultureInfo.InvariantCulture);

    private static Application With(Action<ApplicationParts> change)
    {
        var parts = new ApplicationParts();
        change(parts);
        return parts.Build();
    }

    /// <summary>The Caritas application's parts, each replaceable, for one flaw at a time.</summary>
    private sealed class ApplicationParts
    {
        public string Id { get; set; } = "III-017";
        public string Name { get; set; } = "Caritas Soest";
        public ApplicantKind Kind { get; set; } = ApplicantKind.WelfareAssociation;
        public string Line { get; set; } = "komm-an-3";
        public Euro Requested { get; set; } = Euro.FromEuros(36_000);
        public Euro? Costs { get; set; } = Euro.FromEuros(40_000);
        public Euro? Own { get; set; } = Euro.FromEuros(4_000);
        public Euro? ThirdParty { get; set; }
        public ApplicationRoute? Route { get; set; } = ApplicationRoute.Direct;
        public ImmutableDictionary<string, decimal> Units { get; set; } = ImmutableDictionary<string, decimal>.Empty;

        public Application Build()
        {
            Application caritas = Caritas();
            return new Application(Id, new Applicant(Name, Kind) { IsNonProfit = true, Seat = caritas.Applicant.Seat }, Line, FiscalYear.Of(2020), Requested)
            {
                EligibleCosts = Costs,
                OwnContribution = Own,
                ThirdPartyFunds = ThirdParty,
                Route = Route,
                Units = Units,
                PlannedStart = caritas.PlannedStart,
                DeliveryPeriod = caritas.DeliveryPeriod,
                Submitted = caritas.Submitted,
            };
        }
    }

    public static TheoryData<string> Flaws => new(FlawCases.Keys);

    private static readonly Dictionary<string, Action<ApplicationParts>> FlawCases = new()
    {
        ["blank id"] = p => p.Id = " \t",
        ["empty id"] = p => p.Id = "",
        ["blank applicant name"] = p => p.Name = "\u00a0",
        ["undefined applicant kind"] = p => p.Kind = (ApplicantKind)99,
        ["blank funding line"] = p => p.Line = "  ",
        ["negative request"] = p => p.Requested = Euro.FromCents(-1),
        ["negative costs"] = p => p.Costs = Euro.FromCents(-1),
        ["negative own contribution"] = p => p.Own = Euro.FromCents(-1),
        ["negative third-party funds"] = p => p.ThirdParty = Euro.FromCents(-1),
        ["undefined route"] = p => p.Route = (ApplicationRoute)77,
        ["negative unit count"] = p => p.Units = ImmutableDictionary<string, decimal>.Empty.Add("Teilnehmende", 12m).Add("Stunden", -0.5m),
    };

    [Fact]
    public void Caritas_AsBuiltHere_IsWellFormed()
    {
        Application caritas = With(_ => { });

        Assert.True(Validator.Validate(caritas).IsValid);
        Assert.True(ApplicationValidator.IsWellFormed(caritas));
    }

    [Theory]
    [MemberData(nameof(Flaws))]
    public void OneFlawedField_TheShortcutTheEvaluatorAndScreeningAllRefuseIt(string flaw)
    {
        Application flawed = With(FlawCases[flaw]);

        Assert.False(Validator.Validate(flawed).IsValid, flaw);
        Assert.False(ApplicationValidator.IsWellFormed(flawed), flaw);
        Assert.NotEmpty(ApplicationValidator.Check(flawed));
        if (flawed.LineId == "komm-an-3")
        {
            Assert.Equal(EligibilityCodes.ApplicationInvalid, EligibilityEvaluator.Default.Evaluate(flawed, AsOf).Code);
            ScreeningPlan plan = ScreeningPlan.Compile(RuleBook.Default.Find("komm-an-3", KommAn3)!, KommAn3, AsOf, FiscalYear.Of(2020));
            Assert.Equal(EligibilityOutcome.NotEligible, plan.Screen(flawed));
        }
    }

    [Fact]
    public void FlawedFieldSetFirst_ValidFieldsSetAfterIt_StillMalformed()
    {
        // The initialiser sets the negative costs before the valid ones that follow: a later valid field clears nothing.
        Application caritas = Caritas();
        var flawedFirst = new Application(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount)
        {
            Route = (ApplicationRoute)77,
            EligibleCosts = Euro.FromCents(-5),
            OwnContribution = Euro.FromEuros(1),
            ThirdPartyFunds = Euro.FromEuros(1),
            Units = ImmutableDictionary<string, decimal>.Empty.Add("Stunden", 3m),
        };

        Assert.False(ApplicationValidator.IsWellFormed(flawedFirst));
        Assert.Equal(2, ApplicationValidator.Check(flawedFirst).Length);
    }

    [Fact]
    public void ScreeningManyApplications_ANullAmongThem_NamesTheSpan()
    {
        ScreeningPlan plan = ScreeningPlan.Compile(RuleBook.Default.Find("komm-an-3", KommAn3)!, KommAn3, AsOf, FiscalYear.Of(2020));
        var outcomes = new EligibilityOutcome[3];

        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => plan.Screen([Caritas(), null!, Caritas()], outcomes));

        Assert.Equal("applications", error.ParamName);
        Assert.Equal(EligibilityOutcome.Eligible, outcomes[0]);
    }
}
