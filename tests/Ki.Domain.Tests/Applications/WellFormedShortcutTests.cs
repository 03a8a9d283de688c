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

    public static TheoryData<string> Flaws => new(FlawCases.Keys);

    /// <summary>The Caritas application, or the bare application made of its constructor arguments, with one flaw.</summary>
    private static readonly Dictionary<string, Func<Application>> FlawCases = new()
    {
        ["blank id"] = () => Copy(Caritas(), id: " \t"),
        ["empty id"] = () => Copy(Caritas(), id: ""),
        ["blank applicant name"] = () => Copy(Caritas(), applicant: new Applicant("\u00a0", ApplicantKind.WelfareAssociation) { IsNonProfit = true }),
        ["undefined applicant kind"] = () => Copy(Caritas(), applicant: new Applicant("Caritas Soest", (ApplicantKind)99)),
        ["blank funding line"] = () => Bare(line: "  "),
        ["negative request"] = () => Copy(Caritas(), requested: Euro.FromCents(-1)),
        ["negative costs"] = () => CaritasStating(costs: Euro.FromCents(-1), own: Euro.FromEuros(4_000)),
        ["negative own contribution"] = () => CaritasStating(costs: Euro.FromEuros(40_000), own: Euro.FromCents(-1)),
        ["negative third-party funds"] = () => CaritasStating(costs: Euro.FromEuros(40_000), own: Euro.FromEuros(4_000), thirdParty: Euro.FromCents(-1)),
        ["undefined route"] = () => Bare(route: (ApplicationRoute)77),
        ["negative unit count"] = () => Bare(units: ImmutableDictionary<string, decimal>.Empty.Add("Teilnehmende", 12m).Add("Stunden", -0.5m)),
    };

    /// <summary>The Caritas constructor arguments with another line, a route and units, and nothing else set.</summary>
    private static Application Bare(string line = "komm-an-3", ApplicationRoute? route = ApplicationRoute.Direct, ImmutableDictionary<string, decimal>? units = null)
    {
        Application caritas = Caritas();
        return new Application(caritas.Id, caritas.Applicant, line, caritas.FiscalYear, caritas.RequestedAmount)
        {
            Route = route,
            Units = units ?? ImmutableDictionary<string, decimal>.Empty.Add("Teilnehmende", 12m),
        };
    }

    [Fact]
    public void CaritasAndBareApplication_WithoutFlaws_AreWellFormed()
    {
        foreach (Application sound in new[] { Caritas(), Bare() })
        {
            Assert.True(Validator.Validate(sound).IsValid);
            Assert.True(ApplicationValidator.IsWellFormed(sound));
        }
    }

    [Theory]
    [MemberData(nameof(Flaws))]
    public void OneFlawedField_TheShortcutTheEvaluatorAndScreeningAllRefuseIt(string flaw)
    {
        Application flawed = FlawCases[flaw]();

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

    /// <summary>
    /// The two rules that join fields, each broken with the fields set in every order an initialiser can set them:
    /// the flag is worked out again as each of the joined fields is set, so the last one decides.
    /// </summary>
    public static TheoryData<string, bool> JoinedFieldCases => new()
    {
        { "start-period", true }, { "period-start", true }, { "start-period", false }, { "period-start", false },
        { "costs-own-third", true }, { "own-third-costs", true }, { "third-costs-own", true }, { "costs-third-own", true },
        { "costs-own-third", false }, { "own-third-costs", false }, { "third-costs-own", false }, { "costs-third-own", false },
    };

    [Theory]
    [MemberData(nameof(JoinedFieldCases))]
    public void JoinedFields_InAnyOrder_TheShortcutAgreesWithTheValidator(string order, bool broken)
    {
        Application caritas = Caritas();
        LocalDate start = broken ? new LocalDate(2021, 1, 1) : new LocalDate(2020, 12, 31); // the period ends 31 Dec 2020
        Euro own = broken ? Euro.FromCents(3_000_000 + 1) : Euro.FromEuros(30_000); // with 10,000 EUR third-party funds, costs 40,000 EUR
        Application made = order switch
        {
            "start-period" => new(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount) { PlannedStart = start, DeliveryPeriod = caritas.DeliveryPeriod },
            "period-start" => new(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount) { DeliveryPeriod = caritas.DeliveryPeriod, PlannedStart = start },
            "costs-own-third" => new(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount) { EligibleCosts = Euro.FromEuros(40_000), OwnContribution = own, ThirdPartyFunds = Euro.FromEuros(10_000) },
            "own-third-costs" => new(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount) { OwnContribution = own, ThirdPartyFunds = Euro.FromEuros(10_000), EligibleCosts = Euro.FromEuros(40_000) },
            "third-costs-own" => new(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount) { ThirdPartyFunds = Euro.FromEuros(10_000), EligibleCosts = Euro.FromEuros(40_000), OwnContribution = own },
            _ => new(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount) { EligibleCosts = Euro.FromEuros(40_000), ThirdPartyFunds = Euro.FromEuros(10_000), OwnContribution = own },
        };

        Assert.Equal(!broken, Validator.Validate(made).IsValid);
        Assert.Equal(!broken, ApplicationValidator.IsWellFormed(made));
        string expected = order.StartsWith("start", StringComparison.Ordinal) || order.StartsWith("period", StringComparison.Ordinal)
            ? ApplicationCodes.Dates : ApplicationCodes.FundsExceedCosts;
        Assert.Equal(broken ? [expected] : [], ApplicationValidator.Check(made).Select(f => f.Code).ToArray());
    }

    [Fact]
    public void JoinedFields_OneLeftUnstated_NothingIsJoinedAndTheShortcutPasses()
    {
        // Unknown is not zero: without stated costs, no funds can exceed them; without a period, no start lies after it.
        Application caritas = Caritas();
        var noCosts = new Application(caritas.Id, caritas.Applicant, caritas.LineId, caritas.FiscalYear, caritas.RequestedAmount)
        {
            OwnContribution = Euro.FromEuros(90_000),
            ThirdPartyFunds = Euro.FromEuros(90_000),
            PlannedStart = new LocalDate(2030, 1, 1),
        };

        Assert.True(Validator.Validate(noCosts).IsValid);
        Assert.True(ApplicationValidator.IsWellFormed(noCosts));
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
