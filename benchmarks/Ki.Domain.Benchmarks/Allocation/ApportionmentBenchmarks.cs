namespace Ki.Domain.Benchmarks.Allocation;

/// <summary>
/// Apportioning seats over NRW's 396 municipalities (seeded weights) at several house sizes: the divisor methods
/// start from the quotas, so their cost should not grow with the number of seats. Hare-Niemeyer is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ApportionmentBenchmarks
{
    private long[] _weights = [];
    private long[] _seats = [];

    /// <summary>The number of seats.</summary>
    [Params(10, 1_000, 1_000_000, 1_000_000_000)]
    public long Seats { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_161_002);
        _weights = [.. Enumerable.Range(0, 396).Select(_ => random.NextInt64(1_000, 1_000_000))];
        _seats = new long[_weights.Length];
    }

    [Benchmark(Baseline = true)]
    public long HareNiemeyer()
    {
        Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, Seats, _weights, _seats);
        return _seats[0];
    }

    [Benchmark]
    public long DHondt()
    {
        Apportioner.Apportion(ApportionmentMethod.DHondt, Seats, _weights, _seats);
        return _seats[0];
    }

    [Benchmark]
    public long SainteLague()
    {
        Apportioner.Apportion(ApportionmentMethod.SainteLague, Seats, _weights, _seats);
        return _seats[0];
    }
}
