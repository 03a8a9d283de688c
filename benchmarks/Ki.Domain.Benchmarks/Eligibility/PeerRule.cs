using NRules;
using NRules.Fluent;
using RulesEngine.Models;
using Rule = RulesEngine.Models.Rule;

namespace Ki.Domain.Benchmarks.Eligibility;

/// <summary>
/// One eligibility rule written for every engine of <see cref="PeerEngineBenchmarks"/>, and seeded applications for it.
/// </summary>
/// <remarks>
/// <para>
/// The rule has 8 leaves: the applicant kind is one of four; the requested grant is at least 5,000 EUR and at most
/// 250,000 EUR; the application was received on or after 1 January and by the end of 31 December of the fiscal year,
/// Berlin time; the seat lies in one of three districts or the applicant is non-profit; and the applicant does not run
/// a KI. Ki.Domain states it with its own criteria (the grant range as one criterion with both limits, in a version
/// that refuses requests above the cap; "on or after 1 January" as "not in time for a deadline of 31 December of the
/// year before"). The peers get the same facts flattened into <see cref="PeerApplication"/>, with the Berlin
/// boundaries computed once as UTC instants, as a .NET team would write them for those engines.
/// </para>
/// <para>
/// Every fact is stated in every application, so Ki.Domain's three-valued answer is always eligible or not eligible and
/// can be compared with the peers' true or false. <see cref="CheckAgreement"/> runs every engine over the applications
/// and throws at the first application on which two engines differ.
/// </para>
/// </remarks>
public sealed class PeerRule
{
    /// <summary>The workflow and rule name used with RulesEngine.</summary>
    public const string Workflow = "eligibility";

    public const string LineId = "peer-rule";

    public static readonly LocalDate AsOf = new(2026, 2, 1);

    public static readonly FiscalYear Year = FiscalYear.Of(2026);

    private static readonly ApplicantKind[] AllowedKinds =
        [ApplicantKind.RegisteredAssociation, ApplicantKind.MigrantOrganisation, ApplicantKind.WelfareAssociation, ApplicantKind.ReligiousCommunity];

    /// <summary>The kinds the seeded applicants have: the four allowed ones and three others, none territorial.</summary>
    private static readonly ApplicantKind[] SeededKinds =
        [.. AllowedKinds, ApplicantKind.School, ApplicantKind.DayCareCentre, ApplicantKind.VolunteerInitiative];

    private static readonly string[] DistrictCodes = ["05974", "05315", "05111"];

    /// <summary>Seats in the three districts (Soest, Köln, Düsseldorf) and in three others (Steinfurt, Dortmund, Münster).</summary>
    private static readonly MunicipalityKey[] Seats =
        [.. new[] { "05974040", "05974052", "05315000", "05111000", "05566028", "05913000", "05515000" }.Select(MunicipalityKey.ParseNrw)];

    /// <summary>Start of 1 January 2026 in Berlin (CET), as UTC.</summary>
    public static readonly Instant ReceivedFrom = Instant.FromUtc(2025, 12, 31, 23, 0);

    /// <summary>End of 31 December 2026 in Berlin (CET), as UTC: the first instant that is too late.</summary>
    public static readonly Instant ReceivedBefore = Instant.FromUtc(2026, 12, 31, 23, 0);

    private PeerRule(int count, int seed)
    {
        Version = new FundingLineVersion(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            new Figure<FinancingType>(FinancingType.Share, new SourceReference("Benchmark rule (issue 16)", Confidence.Derived)))
        {
            AboveCapInadmissible = new SourceReference("Benchmark rule (issue 16): requests above 250,000 EUR are refused", Confidence.Derived),
        };
        Rules = new RuleSet(LineId, Version.Validity.Start,
        [
            new ApplicantKindCriterion(AllowedKinds),
            new GrantRangeCriterion(Euro.FromEuros(5_000), Euro.FromEuros(250_000)),
            new NotCriterion(new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(12, 31), -1))),
            new DeadlineCriterion(new ApplicationDeadline(new AnnualDate(12, 31))),
            new AnyCriterion([new SeatCriterion(DistrictCodes.Select(DistrictKey.ParseNrw), []), new NonProfitCriterion()]),
            new NotCriterion(new IntegrationCentreCriterion()),
        ]);
        Applications = Seed(count, seed);
        Peers = [.. Applications.Select(PeerApplication.Of)];
        Parameters = [.. Peers.Select(p => new[] { new RuleParameter("input1", p) })];
        ResultTree = new RulesEngine.RulesEngine([TreeWorkflow()], new ReSettings { NestedRuleExecutionMode = NestedRuleExecutionMode.All });
        Flat = new RulesEngine.RulesEngine([FlatWorkflow()], new ReSettings());
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesEligibility)));
        NRulesFactory = repository.Compile();
    }

    public FundingLineVersion Version { get; }

    public RuleSet Rules { get; }

    public Application[] Applications { get; }

    public PeerApplication[] Peers { get; }

    /// <summary>One RulesEngine input per application, made once (the engine wraps plain objects into these on every call).</summary>
    public RuleParameter[][] Parameters { get; }

    /// <summary>RulesEngine with the rule as nested rules (and/or), every leaf evaluated, and its result tree.</summary>
    public RulesEngine.RulesEngine ResultTree { get; }

    /// <summary>RulesEngine with the rule as one expression.</summary>
    public RulesEngine.RulesEngine Flat { get; }

    public ISessionFactory NRulesFactory { get; }

    /// <summary>Builds the rule for every engine and seeds the applications.</summary>
    public static PeerRule Create(int count, int seed = 20_261_116) => new(count, seed);

    /// <summary>The rule as plain C#: the floor.</summary>
    public static bool HandWritten(Application a) =>
        a.Applicant.Kind is ApplicantKind.RegisteredAssociation or ApplicantKind.MigrantOrganisation or ApplicantKind.WelfareAssociation or ApplicantKind.ReligiousCommunity
        && a.RequestedAmount.Cents >= 500_000 && a.RequestedAmount.Cents <= 25_000_000
        && a.Submitted is { } received && received >= ReceivedFrom && received < ReceivedBefore
        && ((a.Applicant.Seat is { } seat && seat.District.Value is 5974 or 5315 or 5111) || a.Applicant.IsNonProfit == true)
        && a.Applicant.RunsIntegrationCentre == false;

    public EligibilityDecision Explain(Application application) => EligibilityEvaluator.Evaluate(application, Version, Rules, AsOf);

    public ScreeningPlan Plan() => ScreeningPlan.Compile(Rules, Version, AsOf, Year);

    public bool ByResultTree(int i) => Wait(ResultTree.ExecuteAllRulesAsync(Workflow, Parameters[i]))[0].IsSuccess;

    public bool ByFlat(int i) => Wait(Flat.ExecuteAllRulesAsync(Workflow, Parameters[i]))[0].IsSuccess;

    /// <summary>The result of a RulesEngine call, which completes synchronously for rules without actions.</summary>
    private static List<RuleResultTree> Wait(ValueTask<List<RuleResultTree>> pending) =>
        pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    /// <summary>NRules with every application inserted into one new session and the rules fired once.</summary>
    public void NRulesBatch()
    {
        foreach (PeerApplication peer in Peers)
        {
            peer.Eligible = false;
        }

        ISession session = NRulesFactory.CreateSession();
        session.InsertAll(Peers);
        session.Fire();
    }

    /// <summary>NRules with one long-lived session: each application inserted, the rules fired, the application retracted.</summary>
    public bool NRulesOne(ISession session, PeerApplication peer)
    {
        peer.Eligible = false;
        session.Insert(peer);
        session.Fire();
        session.Retract(peer);
        return peer.Eligible;
    }

    /// <summary>
    /// Runs every engine over every application and throws, naming the application and the answers, at the first one
    /// where an engine differs from the evaluator's decision; also throws when an answer is undetermined or when the
    /// seeded applications do not exercise both answers of every leaf.
    /// </summary>
    /// <returns>The number of eligible applications.</returns>
    public int CheckAgreement()
    {
        ScreeningPlan plan = Plan();
        NRulesBatch();
        ISession session = NRulesFactory.CreateSession();
        int eligible = 0;
        for (int i = 0; i < Applications.Length; i++)
        {
            Application application = Applications[i];
            EligibilityDecision decision = Explain(application);
            if (decision.Outcome == EligibilityOutcome.Undetermined || decision.Code == EligibilityCodes.ApplicationInvalid)
            {
                throw new InvalidOperationException($"{application.Id}: the evaluator answers {decision.Code}; every seeded fact must be stated and valid.");
            }

            bool expected = decision.IsEligible;
            eligible += expected ? 1 : 0;
            (string Engine, bool Answer)[] answers =
            [
                ("hand-written ifs", HandWritten(application)),
                ("screening plan", plan.Screen(application) == EligibilityOutcome.Eligible),
                ("RulesEngine result tree", ByResultTree(i)),
                ("RulesEngine flat", ByFlat(i)),
                ("NRules batch", Peers[i].Eligible),
                ("NRules one at a time", NRulesOne(session, Peers[i])),
            ];
            foreach ((string engine, bool answer) in answers)
            {
                if (answer != expected)
                {
                    throw new InvalidOperationException(
                        $"{application.Id} ({Peers[i]}): the evaluator says {(expected ? "eligible" : "not eligible")} ({decision.Message.English}), {engine} says {(answer ? "eligible" : "not eligible")}.");
                }
            }
        }

        return eligible;
    }

    private static Application[] Seed(int count, int seed)
    {
        var random = new Random(seed);
        // Instants around the Berlin year boundaries: 23:00 UTC on 31 December is midnight in Berlin (CET).
        Instant[] edges =
        [
            Instant.FromUtc(2025, 12, 31, 22, 59, 59), Instant.FromUtc(2025, 12, 31, 23, 0), Instant.FromUtc(2025, 12, 31, 23, 30),
            Instant.FromUtc(2026, 12, 31, 22, 59, 59), Instant.FromUtc(2026, 12, 31, 23, 0), Instant.FromUtc(2026, 12, 31, 23, 30),
        ];
        long[] amountEdges = [499_999, 500_000, 25_000_000, 25_000_001];
        Instant windowStart = Instant.FromUtc(2025, 12, 1, 0, 0);
        long windowSeconds = (long)(Instant.FromUtc(2027, 1, 31, 0, 0) - windowStart).TotalSeconds;
        var applications = new Application[count];
        for (int i = 0; i < count; i++)
        {
            var applicant = new Applicant("Träger " + i, SeededKinds[random.Next(SeededKinds.Length)])
            {
                IsNonProfit = random.Next(10) < 6,
                Seat = Seats[random.Next(Seats.Length)],
                RunsIntegrationCentre = random.Next(10) == 0,
            };
            long cents = random.Next(20) == 0 ? amountEdges[random.Next(amountEdges.Length)] : random.NextInt64(100_000, 30_000_001);
            Instant received = random.Next(20) == 0 ? edges[random.Next(edges.Length)] : windowStart.Plus(Duration.FromSeconds(random.NextInt64(windowSeconds)));
            applications[i] = new Application($"P{i:D5}", applicant, LineId, Year, Euro.FromCents(cents)) { Submitted = received };
        }

        return applications;
    }

    private static Workflow TreeWorkflow() => new()
    {
        WorkflowName = Workflow,
        Rules =
        [
            Group("eligible", "And",
                Leaf("kind", "input1.Kind in (\"registered-association\", \"migrant-organisation\", \"welfare-association\", \"religious-community\")"),
                Leaf("grant-at-least", "input1.Grant >= 5000"),
                Leaf("grant-at-most", "input1.Grant <= 250000"),
                Leaf("received-from", "input1.Received >= DateTime(2025, 12, 31, 23, 0, 0)"),
                Leaf("received-by", "input1.Received < DateTime(2026, 12, 31, 23, 0, 0)"),
                Group("seat-or-non-profit", "Or",
                    Leaf("seat-in-districts", "input1.District in (\"05974\", \"05315\", \"05111\")"),
                    Leaf("non-profit", "input1.NonProfit")),
                Leaf("not-runs-ki", "!input1.RunsKi")),
        ],
    };

    private static Workflow FlatWorkflow() => new()
    {
        WorkflowName = Workflow,
        Rules =
        [
            Leaf("eligible",
                "input1.Kind in (\"registered-association\", \"migrant-organisation\", \"welfare-association\", \"religious-community\")"
                + " AND input1.Grant >= 5000 AND input1.Grant <= 250000"
                + " AND input1.Received >= DateTime(2025, 12, 31, 23, 0, 0) AND input1.Received < DateTime(2026, 12, 31, 23, 0, 0)"
                + " AND (input1.District in (\"05974\", \"05315\", \"05111\") OR input1.NonProfit)"
                + " AND !input1.RunsKi"),
        ],
    };

    /// <summary>A rule whose result joins its parts with <paramref name="op"/> (<c>And</c>, <c>Or</c>), as RulesEngine nests them.</summary>
    private static Rule Group(string name, string op, params Rule[] parts) => new()
    {
        RuleName = name,
        Operator = op,
        Rules = parts,
    };

    private static Rule Leaf(string name, string expression) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
    };
}

/// <summary>The facts of one application as the peers read them: flat, with the kind as its rule-file name.</summary>
public sealed class PeerApplication
{
    public string Id { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    /// <summary>The requested grant in euros.</summary>
    public decimal Grant { get; init; }

    /// <summary>When the application was received, UTC.</summary>
    public DateTime Received { get; init; }

    /// <summary>The Kreisschlüssel of the seat.</summary>
    public string District { get; init; } = string.Empty;

    public bool NonProfit { get; init; }

    public bool RunsKi { get; init; }

    /// <summary>Set by the NRules rule when it fires.</summary>
    public bool Eligible { get; set; }

    public static PeerApplication Of(Application application) => new()
    {
        Id = application.Id,
        Kind = application.Applicant.Kind switch
        {
            ApplicantKind.RegisteredAssociation => "registered-association",
            ApplicantKind.MigrantOrganisation => "migrant-organisation",
            ApplicantKind.WelfareAssociation => "welfare-association",
            ApplicantKind.ReligiousCommunity => "religious-community",
            ApplicantKind.School => "school",
            ApplicantKind.DayCareCentre => "day-care-centre",
            _ => "volunteer-initiative",
        },
        Grant = application.RequestedAmount.Cents / 100m,
        Received = application.Submitted!.Value.ToDateTimeUtc(),
        District = application.Applicant.Seat!.Value.District.Code,
        NonProfit = application.Applicant.IsNonProfit!.Value,
        RunsKi = application.Applicant.RunsIntegrationCentre!.Value,
    };

    public override string ToString() =>
        $"{Kind}, {Grant} EUR, received {Received:O}, district {District}, non-profit {NonProfit}, runs a KI {RunsKi}";
}

/// <summary>The rule for NRules: one match with a condition per leaf; firing marks the application eligible.</summary>
public sealed class NRulesEligibility : NRules.Fluent.Dsl.Rule
{
    private static readonly string[] Kinds = ["registered-association", "migrant-organisation", "welfare-association", "religious-community"];
    private static readonly string[] Districts = ["05974", "05315", "05111"];
    private static readonly DateTime From = new(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Before = new(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc);

    public override void Define()
    {
        PeerApplication application = null!;
        When()
            .Match(() => application,
                a => Kinds.Contains(a.Kind),
                a => a.Grant >= 5000m,
                a => a.Grant <= 250000m,
                a => a.Received >= From,
                a => a.Received < Before,
                a => Districts.Contains(a.District) || a.NonProfit,
                a => !a.RunsKi);
        Then()
            .Do(_ => Mark(application));
    }

    private static void Mark(PeerApplication application) => application.Eligible = true;
}
