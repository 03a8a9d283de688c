namespace Ki.Domain.Benchmarks.Allocation;

/// <summary>
/// Splitting 100 Mio EUR to the cent over N recipients with seeded population-like weights: the fast path, the
/// explained API (a line per recipient with amount, reasons and exact quota), the same with every line read and with
/// every exact quota read, and a naive LINQ/decimal version, against a memory floor (one pass that reads every weight and writes every
/// amount) as the baseline, so the Ratio column reads "times the floor".
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private const long BudgetCents = 10_000_000_000;

    private long[] _weights = [];
    private long[] _amounts = [];
    private AllocationRequest _request = null!;

    /// <summary>Number of recipients: a Kreis, NRW's municipalities, and two synthetic sizes.</summary>
    [Params(14, 396, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_161_002);
        _weights = [.. Enumerable.Range(0, N).Select(_ => random.NextInt64(1_000, 1_000_000))];
        _amounts = new long[N];
        _request = AllocationRequest.Of(Euro.FromCents(BudgetCents), _weights.Select((w, i) => new AllocationRecipient($"r{i:D7}", w)));
    }

    [Benchmark(Baseline = true)]
    public long MemoryFloor()
    {
        long[] weights = _weights;
        long[] amounts = _amounts;
        for (int i = 0; i < weights.Length; i++)
        {
            amounts[i] = weights[i];
        }

        return amounts[^1];
    }

    [Benchmark]
    public long FastPath()
    {
        Allocator.Allocate(BudgetCents, _weights, _amounts);
        return _amounts[^1];
    }

    /// <summary><c>Allocator.Allocate(AllocationRequest)</c>: every line with its amount and reasons; quotas on demand.</summary>
    [Benchmark]
    public AllocationResult Explained() => Allocator.Allocate(_request);

    /// <summary>The explained API, then every line's amount and reasons read once (the line objects are made on first read).</summary>
    [Benchmark]
    public long ExplainedReadingEveryLine()
    {
        AllocationResult result = Allocator.Allocate(_request);
        long remainders = 0;
        foreach (AllocationLine line in result.Lines)
        {
            remainders += line.Reasons == AllocationReasons.Remainder ? line.Amount.Cents : 0;
        }

        return remainders;
    }

    /// <summary>The explained API, then every line's exact quota read once (what a report of all quotas costs).</summary>
    [Benchmark]
    public int ExplainedWithQuotas()
    {
        AllocationResult result = Allocator.Allocate(_request);
        int wholeCents = 0;
        foreach (AllocationLine line in result.Lines)
        {
            wholeCents += line.Quota.IsWholeCents ? 1 : 0;
        }

        return wholeCents;
    }

    /// <summary>What one writes without the library: decimal quotas, round down to the cent, sort by remainder.</summary>
    [Benchmark]
    public decimal[] NaiveLinqDecimal()
    {
        decimal budget = BudgetCents / 100m;
        decimal total = _weights.Sum(w => (decimal)w);
        var parts = _weights.Select((w, i) =>
        {
            decimal cents = budget * w / total * 100m;
            decimal floor = decimal.Floor(cents);
            return (Index: i, Floor: floor, Fraction: cents - floor);
        }).ToList();
        int leftover = (int)((budget * 100m) - parts.Sum(p => p.Floor));
        var winners = parts.OrderByDescending(p => p.Fraction).ThenBy(p => p.Index).Take(leftover).Select(p => p.Index).ToHashSet();
        return [.. parts.Select(p => (p.Floor + (winners.Contains(p.Index) ? 1m : 0m)) / 100m)];
    }
}
