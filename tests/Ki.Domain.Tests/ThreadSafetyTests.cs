using Ki.Domain.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Ki.Domain.Tests;

/// <summary>
/// Shared instances from the container (a freshly read gazetteer whose name index is built lazily, the catalogue,
/// the grant calculator, the eligibility evaluator, an allocation request over the KI places), used from many threads at once, give exactly what one
/// thread gives.
/// </summary>
public sealed class ThreadSafetyTests
{
    private const int Threads = 8;
    private const int Items = 120;

    private static readonly Application[] Examples =
    [
        .. new[] { "application-eligible.json", "application-not-eligible.json" }
            .Select(name => EligibilityJson.ReadApplication(File.ReadAllBytes(Support.RepositoryPaths.Combine("docs", "examples", name)))),
    ];

    [Fact]
    public void SharedInstances_ManyThreads_GiveTheSingleThreadedResults()
    {
        string[] expected = RunAll(NewServices(), Enumerable.Range(0, Items));

        using ServiceProvider services = NewServices();
        string[][] seen = new string[Threads][];
        using var start = new Barrier(Threads);
        Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // Each thread walks the items from another starting point, so that different work overlaps.
            seen[t] = RunAll(services, Enumerable.Range(0, Items).Select(i => (i + (t * 37)) % Items));
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        for (int t = 0; t < Threads; t++)
        {
            Assert.Equal(expected, seen[t]);
        }

        Assert.Equal(Items, expected.Distinct().Count());
    }

    private static ServiceProvider NewServices()
    {
        // A gazetteer read from JSON anew: its name index has not been built yet, so the threads race to build it.
        Gazetteer fresh = GazetteerJson.Read(GazetteerJson.Write(Gazetteer.Default));
        ProgrammeCatalogue catalogue = CatalogueJson.Read(CatalogueJson.Write(ProgrammeCatalogue.Default));
        return new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2016, 6, 1, 12, 0)))
            .AddKiDomain(o => o.UseGazetteer(fresh).UseCatalogue(catalogue))
            .AddSingleton(sp => AllocationRequest.Of(
                Euro.FromEuros(1_000_000),
                sp.GetRequiredService<Gazetteer>().IntegrationCentres.Select(c => new AllocationRecipient(c.Code, c.Population, c.OperatorName).WithFloor(Euro.FromEuros(5_000)))))
            .BuildServiceProvider();
    }

    /// <summary>The results of the items, in item order, whatever order they ran in.</summary>
    private static string[] RunAll(IServiceProvider services, IEnumerable<int> order)
    {
        string[] results = new string[Items];
        foreach (int i in order)
        {
            results[i] = Run(services, i);
        }

        return results;
    }

    /// <summary>One item of work: look-ups, a grant, and JSON both ways; the text says everything it computed.</summary>
    private static string Run(IServiceProvider services, int i)
    {
        var gazetteer = services.GetRequiredService<Gazetteer>();
        var catalogue = services.GetRequiredService<ProgrammeCatalogue>();
        var calculator = services.GetRequiredService<GrantCalculator>();
        var text = new StringBuilder();

        Municipality m = gazetteer.Municipalities[(i * 7) % gazetteer.Municipalities.Length];
        text.Append(m.Key).Append(' ').Append(gazetteer.FindMunicipalities(m.ShortName.ToUpperInvariant()).Length)
            .Append(' ').Append(gazetteer.IntegrationCentreOf(m.Key).Code)
            .Append(' ').Append(gazetteer.TotalsOf(m.District))
            .Append(' ').Append(gazetteer.FindDistricts(gazetteer.GetDistrict(m.District).ShortName).Length);

        FundingLine[] lines = [.. catalogue.Lines];
        FundingLine line = lines[i % lines.Length];
        var request = new GrantRequest(Euro.FromCents(1_000_000 + (i * 123_457L)))
        {
            OwnContribution = Euro.FromCents(i * 10_001L),
            On = new LocalDate(2014 + (i % 10), 1 + (i % 12), 1 + (i % 28)),
        };
        GrantResult result = calculator.Calculate(line, request);
        text.Append(" | ").Append(result.Code).Append(' ').Append(result.Grant.ToString(CultureInfo.InvariantCulture));

        // Allocation of a shared request over the KI places, by population, with a budget that varies by item.
        AllocationRequest shared = services.GetRequiredService<AllocationRequest>();
        AllocationResult allocation = Allocator.Allocate(shared.WithBudget(Euro.FromCents(shared.Budget.Cents + (i * 7_919L))));
        byte[] allocationJson = AllocationJson.Write(allocation);
        text.Append(" | ").Append(allocation.Lines[i % allocation.Lines.Length].Amount.ToString(CultureInfo.InvariantCulture))
            .Append(' ').Append(AllocationJson.ReadResult(allocationJson).Allocated == allocation.Allocated);

        byte[] resultJson = GrantJson.Write(result);
        byte[] lineJson = CatalogueJson.Write(line);
        byte[] placeJson = GazetteerJson.Write(m);
        text.Append(" | ").Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData([.. resultJson, .. lineJson, .. placeJson, .. allocationJson])));
        text.Append(' ').Append(GrantJson.ReadResult(resultJson).Grant == result.Grant)
            .Append(' ').Append(CatalogueJson.ReadFundingLine(lineJson).Versions.Length)
            .Append(' ').Append(GazetteerJson.ReadMunicipality(placeJson).Equals(m));

        // Eligibility on the shared evaluator: the example applications on dates that vary by item, every criterion.
        var evaluator = services.GetRequiredService<EligibilityEvaluator>();
        Application application = Examples[i % Examples.Length];
        EligibilityDecision decision = evaluator.Evaluate(application, new LocalDate(2019 + (i % 3), 1 + (i % 12), 1));
        text.Append(" | ").Append(decision.Code).Append(' ').Append(decision.RulesHash)
            .Append(' ').Append(string.Join(",", decision.Results.Select(r => $"{r.Code}:{r.Outcome}:{r.Message.English}")));
        return text.ToString();
    }
}
