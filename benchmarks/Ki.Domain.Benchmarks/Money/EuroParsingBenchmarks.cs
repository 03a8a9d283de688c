using System.Globalization;

namespace Ki.Domain.Benchmarks.Money;

/// <summary>Parsing euro amounts: the strict parser against decimal.Parse as the baseline.</summary>
[MemoryDiagnoser]
public class EuroParsingBenchmarks
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Benchmark(Baseline = true)]
    public decimal DecimalParse() => decimal.Parse("1.234,56", NumberStyles.Currency, German);

    [Benchmark]
    public Euro EuroParse() => Euro.Parse("1.234,56 €", German);
}
