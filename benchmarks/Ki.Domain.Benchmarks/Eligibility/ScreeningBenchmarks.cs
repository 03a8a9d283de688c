namespace Ki.Domain.Benchmarks.Eligibility;

/// <summary>
/// Screening 10,000 seeded KOMM-AN III applications against the embedded 8-criterion rule set. Times are per
/// application (OperationsPerInvoke). The baseline is the explaining evaluator called once per application; the
/// plan asks the same criteria for their outcomes only (issue 12: one definition per criterion). Target (issue 16):
/// 20 ns or less per application.
/// </summary>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private const int Count = 10_000;

    private Application[] _applications = [];
    private EligibilityOutcome[] _outcomes = [];
    private ScreeningPlan _plan = null!;
    private FundingLineVersion _version = null!;
    private RuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _applications = BenchApplications.Many(Count, 20_161_002);
        _outcomes = new EligibilityOutcome[Count];
        ProgrammeCatalogue.Default.TryFindLine("komm-an-3", out FundingLine? line);
        _version = line!.Versions[0];
        _rules = RuleBook.Default.Find("komm-an-3", _version)!;
        _plan = ScreeningPlan.Compile(_rules, _version, BenchApplications.AsOf, FiscalYear.Of(2020));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int EvaluatorPerApplication()
    {
        int eligible = 0;
        foreach (Application application in _applications)
        {
            eligible += EligibilityEvaluator.Evaluate(application, _version, _rules, BenchApplications.AsOf).IsEligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Plan()
    {
        _plan.Screen(_applications, _outcomes);
        return BenchApplications.CountEligible(_outcomes);
    }
}
