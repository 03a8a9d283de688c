namespace Ki.Domain.Benchmarks.Awards;

/// <summary>
/// A two-stage KOMM-AN II round over all of NRW (issue 16): the 53 Kreise and kreisfreie Städte apply to the Land, each
/// Kreis passes its award on to all its towns by population, so all 396 municipalities get a line. The baseline is
/// the arithmetic alone (one population split over the 396 municipalities). Target: the two-stage round within 5 ms.
/// </summary>
[MemoryDiagnoser]
public class TwoStageRoundBenchmarks
{
    private AwardRound _round = null!;
    private AllocationRequest _populations = null!;

    [GlobalSetup]
    public void Setup()
    {
        _round = RoundInputs.Nrw2016(Gazetteer.Default);
        _populations = AllocationRequest.Of(_round.Budget, Gazetteer.Default.Municipalities.Select(m => new AllocationRecipient(m.Key.Code, m.Population)));
        TwoStageResult check = TwoStageAllocator.Default.Allocate(_round);
        int towns = check.PassThroughs.Sum(p => p.Lines.Count(l => l.Awarded.IsPositive));
        int cities = check.Land.Lines.Count(l => l.Awarded.IsPositive && l.Application.Applicant.Kind == Ki.Domain.Programmes.ApplicantKind.KreisfreieStadt);
        if (!check.IsReconciled || towns + cities != Gazetteer.Default.Municipalities.Length)
        {
            throw new InvalidOperationException($"Every municipality must get money and the round must reconcile ({towns} towns, {cities} cities).");
        }
    }

    [Benchmark(Baseline = true)]
    public AllocationResult PopulationSplitOnly() => Allocator.Allocate(_populations);

    [Benchmark]
    public TwoStageResult TwoStage() => TwoStageAllocator.Default.Allocate(_round);

    [Benchmark]
    public long TwoStageWithAllTexts()
    {
        TwoStageResult result = TwoStageAllocator.Default.Allocate(_round);
        long length = RoundInputs.TouchAllTexts(result.Land);
        foreach (PassThroughResult pass in result.PassThroughs)
        {
            length += pass.Message.German.Length + pass.Message.English.Length + (pass.Split is { } split ? RoundInputs.TouchAllTexts(split) : 0);
        }

        return result.IsReconciled ? length : -1;
    }
}
