using Ki.Domain.Serialization;

namespace Ki.Domain.Benchmarks.Serialization;

/// <summary>
/// Loading the embedded data warm (steady state, in a process that has loaded it before): the gazetteer from its
/// embedded text resource (the baseline, what <c>Gazetteer.Default</c> does once), the same gazetteer from its JSON
/// document, the embedded catalogue built from code (what <c>ProgrammeCatalogue.Default</c> does once) and from its
/// JSON document. Cold first use in a new process is measured by the trim check, which prints it.
/// </summary>
[MemoryDiagnoser]
public class EmbeddedDataLoadingBenchmarks
{
    private byte[] _gazetteerJson = [];
    private byte[] _catalogueJson = [];

    [GlobalSetup]
    public void Setup()
    {
        _gazetteerJson = GazetteerJson.Write(Gazetteer.Default);
        _catalogueJson = CatalogueJson.Write(ProgrammeCatalogue.Default);
    }

    [Benchmark(Baseline = true)]
    public Gazetteer GazetteerFromEmbeddedText()
    {
        using Stream stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return Gazetteer.FromText(reader, Gazetteer.EmbeddedResourceName);
    }

    [Benchmark]
    public Gazetteer GazetteerFromJson() => GazetteerJson.Read(_gazetteerJson);

    [Benchmark]
    public ProgrammeCatalogue CatalogueFromCode() => DefaultCatalogue.Build();

    [Benchmark]
    public ProgrammeCatalogue CatalogueFromJson() => CatalogueJson.Read(_catalogueJson);
}
