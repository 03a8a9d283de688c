using Ki.Domain.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Ki.Domain.Tests.DependencyInjection;

public sealed class KiDomainServiceCollectionExtensionsTests
{
    [Fact]
    public void AddKiDomain_Defaults_ResolvesEmbeddedDataSystemClockAndCalculator()
    {
        using ServiceProvider provider = new ServiceCollection().AddKiDomain().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.Same(Gazetteer.Default, provider.GetRequiredService<Gazetteer>());
        Assert.Same(ProgrammeCatalogue.Default, provider.GetRequiredService<ProgrammeCatalogue>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(KiJsonLimits.Default, provider.GetRequiredService<KiJsonLimits>());
        GrantCalculator calculator = provider.GetRequiredService<GrantCalculator>();
        Assert.Equal(RoundingMode.Commercial, calculator.Rounding);
        Assert.Same(calculator, provider.GetRequiredService<GrantCalculator>());
    }

    [Fact]
    public void AddKiDomain_HostClockRegisteredFirst_IsKeptAndUsedByTheCalculator()
    {
        var clock = new FakeClock(Instant.FromUtc(2016, 6, 1, 12, 0));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddKiDomain().BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.True(ProgrammeCatalogue.Default.TryFindLine("komm-an-3", out FundingLine? line));
        GrantResult result = provider.GetRequiredService<GrantCalculator>().Calculate(line, new GrantRequest(Euro.FromEuros(12_000)));
        Assert.Equal(new LocalDate(2016, 6, 1), result.On);
    }

    [Fact]
    public void AddKiDomain_Instances_AreRegistered()
    {
        Gazetteer small = Gazetteer.Create("test", new LocalDate(2020, 1, 1), [Gazetteer.Default.Districts[0]], Gazetteer.Default.MembersOf(Gazetteer.Default.Districts[0].Key), []);
        var catalogue = new ProgrammeCatalogue([]);
        using ServiceProvider provider = new ServiceCollection()
            .AddKiDomain(o => o.UseGazetteer(small).UseCatalogue(catalogue).UseGrantRounding(RoundingMode.Floor))
            .BuildServiceProvider();
        Assert.Same(small, provider.GetRequiredService<Gazetteer>());
        Assert.Same(catalogue, provider.GetRequiredService<ProgrammeCatalogue>());
        Assert.Equal(RoundingMode.Floor, provider.GetRequiredService<GrantCalculator>().Rounding);
    }

    [Fact]
    public void AddKiDomain_Files_AreReadOnFirstResolution_JsonOrTextByExtension()
    {
        using var folder = new TempFolder("ki-di-");
        string json = folder.WriteBytes("places.json", GazetteerJson.Write(Gazetteer.Default));
        string text = folder.Write("places.txt", Gazetteer.Default.ToText());
        string catalogue = folder.WriteBytes("catalogue.json", CatalogueJson.Write(ProgrammeCatalogue.Default));

        foreach (string file in new[] { json, text })
        {
            using ServiceProvider provider = new ServiceCollection().AddKiDomain(o => o.UseGazetteerFile(file).UseCatalogueFile(catalogue)).BuildServiceProvider();
            Gazetteer loaded = provider.GetRequiredService<Gazetteer>();
            Assert.NotSame(Gazetteer.Default, loaded);
            Assert.Equal<District>(Gazetteer.Default.Districts, loaded.Districts);
            Assert.Equal(ProgrammeCatalogue.Default.Lines.Select(l => l.Id), provider.GetRequiredService<ProgrammeCatalogue>().Lines.Select(l => l.Id));
        }

        folder.Write("places.json", "{\"schemaVersion\":1}");
        using ServiceProvider broken = new ServiceCollection().AddKiDomain(o => o.UseGazetteerFile(json)).BuildServiceProvider();
        var e = Assert.Throws<KiDataException>(() => broken.GetRequiredService<Gazetteer>());
        Assert.StartsWith("places.json $", e.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKiDomain_Twice_RegistersEachServiceOnce()
    {
        IServiceCollection services = new ServiceCollection().AddKiDomain().AddKiDomain(o => o.UseGrantRounding(RoundingMode.Floor));
        Assert.Single(services, d => d.ServiceType == typeof(Gazetteer));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal(RoundingMode.Commercial, provider.GetRequiredService<GrantCalculator>().Rounding);
    }

    [Fact]
    public void AddKiDomain_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => KiDomainServiceCollectionExtensions.AddKiDomain(null!));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddKiDomain(o => o.UseGazetteerFile(" ")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddKiDomain(o => o.UseGrantRounding((RoundingMode)0)));
    }
}
