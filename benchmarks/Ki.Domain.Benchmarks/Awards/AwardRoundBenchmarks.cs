namespace Ki.Domain.Benchmarks.Awards;

/// <summary>
/// A whole KOMM-AN III round (issue 16): seeded applications decided on the embedded rules, the eligible grants cut pro
/// rata to 60 % with a minimum grant of 5,000 EUR after the cut, reconciled; with and without reading every German and
/// English text. The baseline is the eligibility part alone (every application evaluated, every text read), so the
/// Ratio column shows what the round adds. Target: 10,000 applications with all texts within 20 ms.
/// </summary>
[MemoryDiagnoser]
public class AwardRoundBenchmarks
{
    private AwardRound _round = null!;

    /// <summary>Number of applications.</summary>
    [Params(10_000)]
    public int Applications { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _round = RoundInputs.KommAn3(Applications, 20_161_129);
        AwardResult check = AwardAllocator.Default.Allocate(_round);
        int eligible = check.Lines.Count(l => l.Decision.IsEligible);
        int dropped = check.Lines.Count(l => l.Code == AwardCodes.BelowMinimumAfterCut);
        if (!check.IsReconciled || !check.IsOversubscribed || dropped == 0 || eligible < Applications / 10)
        {
            throw new InvalidOperationException($"The seeded round must be over-subscribed, drop an application below the minimum and reconcile ({eligible} eligible, {dropped} dropped, demand {check.Demand}, budget {check.Budget}).");
        }
    }

    [Benchmark(Baseline = true)]
    public long EligibilityWithAllTexts()
    {
        long length = 0;
        foreach (Ki.Domain.Applications.Application application in _round.Applications)
        {
            EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, _round.AsOf);
            length += decision.Message.German.Length + decision.Message.English.Length;
            foreach (CriterionResult result in decision.Results)
            {
                foreach (CriterionResult c in result.Flatten())
                {
                    length += c.Message.German.Length + c.Message.English.Length + c.Actual.German.Length + c.Actual.English.Length
                        + c.Required.German.Length + c.Required.English.Length;
                }
            }
        }

        return length;
    }

    [Benchmark]
    public AwardResult Round() => AwardAllocator.Default.Allocate(_round);

    [Benchmark]
    public long RoundWithAllTexts()
    {
        AwardResult result = AwardAllocator.Default.Allocate(_round);
        return result.IsReconciled ? RoundInputs.TouchAllTexts(result) : -1;
    }
}
