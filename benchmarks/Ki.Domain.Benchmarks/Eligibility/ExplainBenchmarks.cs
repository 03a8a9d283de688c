namespace Ki.Domain.Benchmarks.Eligibility;

/// <summary>
/// One KOMM-AN III application against the embedded rules (8 criteria) with the full explanation: the evaluator's
/// decision (every criterion with outcome, values, code and reference), and the same with every German and English
/// text rendered. The baseline is the same eight rules as hand-written ifs with no explanation at all, the floor.
/// Target (issue 5): under 2 µs with full explanation.
/// </summary>
[MemoryDiagnoser]
public class ExplainBenchmarks
{
    private Application _application = null!;

    [GlobalSetup]
    public void Setup()
    {
        _application = BenchApplications.Eligible();
        _ = EligibilityEvaluator.Default.Evaluate(_application, BenchApplications.AsOf).Results[0].Message;
    }

    [Benchmark(Baseline = true)]
    public bool HandWrittenIfs()
    {
        Application a = _application;
        return a.Applicant.Kind == Ki.Domain.Programmes.ApplicantKind.WelfareAssociation
            && a.Applicant.IsNonProfit == true
            && a.Applicant.Seat is { } seat && seat.Region.Value is 51 or 53 or 55 or 57 or 59
            && a.DeliveryPeriod is { } d && d.Start.Year == a.FiscalYear.Year && d.End.Year == a.FiscalYear.Year
            && a.PlannedStart >= BenchApplications.AsOf
            && a.RequestedAmount.Cents >= 500_000
            && a.OwnContribution is { } own && a.EligibleCosts is { } costs && own.Cents * 10 >= costs.Cents;
    }

    [Benchmark]
    public EligibilityDecision Decision() => EligibilityEvaluator.Default.Evaluate(_application, BenchApplications.AsOf);

    [Benchmark]
    public int DecisionWithAllTexts()
    {
        EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(_application, BenchApplications.AsOf);
        int length = decision.Message.German.Length;
        foreach (CriterionResult result in decision.Results)
        {
            length += result.Message.German.Length + result.Message.English.Length + result.Actual.German.Length + result.Required.English.Length;
        }

        return length;
    }
}
