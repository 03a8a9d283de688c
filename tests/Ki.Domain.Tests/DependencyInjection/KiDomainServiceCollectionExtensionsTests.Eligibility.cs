using Ki.Domain.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Ki.Domain.Tests.DependencyInjection;

public sealed class KiDomainEligibilityRegistrationTests
{
    private static readonly LocalDate AsOf = new(2020, 2, 1);

    private static Application Example(string name) =>
        EligibilityJson.ReadApplication(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name)));

    [Fact]
    public void AddKiDomain_Defaults_ResolveTheEvaluatorAndAwardAllocatorOverTheRegisteredData()
    {
        using ServiceProvider provider = new ServiceCollection().AddKiDomain().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        EligibilityEvaluator evaluator = provider.GetRequiredService<EligibilityEvaluator>();

        Assert.Same(RuleBook.Default, provider.GetRequiredService<RuleBook>());
        Assert.Same(ProgrammeCatalogue.Default, evaluator.Catalogue);
        Assert.Same(evaluator, provider.GetRequiredService<AwardAllocator>().Evaluator);
        foreach (string name in new[] { "application-eligible.json", "application-not-eligible.json" })
        {
            Application application = Example(name);
            EligibilityDecision expected = EligibilityEvaluator.Default.Evaluate(application, AsOf);
            EligibilityDecision actual = evaluator.Evaluate(application, AsOf);
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.RulesHash, actual.RulesHash);
            Assert.Equal(expected.Results.Select(r => r.Code), actual.Results.Select(r => r.Code));
        }
    }

    [Fact]
    public void AddKiDomain_RulesFile_IsReadOnFirstResolution_AndBadFilesNameThemselves()
    {
        string rules = RepositoryPaths.Combine("docs", "examples", "default-rules.json");
        using ServiceProvider provider = new ServiceCollection().AddKiDomain(o => o.UseRulesFile(rules)).BuildServiceProvider();
        Application application = Example("application-eligible.json");
        Assert.Equal(
            EligibilityEvaluator.Default.Evaluate(application, AsOf).RulesHash,
            provider.GetRequiredService<EligibilityEvaluator>().Evaluate(application, AsOf).RulesHash);

        using (var folder = new TempFolder("ki-rules-"))
        {
            string broken = folder.Write("rules.json", "{\"schemaVersion\":1,\"ruleSets\":[{\"criteria\":[{\"type\":\"run-this-code\"}]}]}");
            using ServiceProvider bad = new ServiceCollection().AddKiDomain(o => o.UseRulesFile(broken)).BuildServiceProvider();
            var e = Assert.Throws<KiDataException>(() => bad.GetRequiredService<EligibilityEvaluator>());
            Assert.Contains("rules.json", e.Message, StringComparison.Ordinal);
        }

        var options = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddKiDomain(o => o.UseRulesFile(" ")));
        Assert.Equal("path", options.ParamName);
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddKiDomain(o => o.UseRules(null!)));
    }
}
