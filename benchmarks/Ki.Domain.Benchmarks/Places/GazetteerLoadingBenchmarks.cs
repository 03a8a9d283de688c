namespace Ki.Domain.Benchmarks.Places;

/// <summary>
/// Loading the NRW gazetteer (53 districts, 396 municipalities) from memory: the library's own text format (what the
/// embedded default uses) against the GV-ISys CSV layout as the baseline.
/// </summary>
[MemoryDiagnoser]
public class GazetteerLoadingBenchmarks
{
    private string _text = string.Empty;
    private string _districtsCsv = string.Empty;
    private string _municipalitiesCsv = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Gazetteer.Default.ToText();
        string data = Path.Combine(FindRoot(), "tests", "Ki.Domain.Tests", "TestData");
        _districtsCsv = File.ReadAllText(Path.Combine(data, "nrw_kreise_kreisfreie_staedte.csv"));
        _municipalitiesCsv = File.ReadAllText(Path.Combine(data, "nrw_gemeinden.csv"));
    }

    [Benchmark(Baseline = true)]
    public Gazetteer GvIsysCsv() =>
        Gazetteer.FromGvIsysCsv(new StringReader(_districtsCsv), new StringReader(_municipalitiesCsv), Gazetteer.Default.SeparateCentreCities);

    [Benchmark]
    public Gazetteer OwnTextFormat() => Gazetteer.FromText(new StringReader(_text));

    [Benchmark]
    public int OwnTextFormatAndFirstNameLookup() => Gazetteer.FromText(new StringReader(_text)).FindMunicipalities("ruthen").Length;

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ki.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
