using Ki.Domain.Benchmarks.Eligibility;
using Ki.Domain.Eligibility;

namespace Ki.Domain.Benchmarks.Tests;

/// <summary>
/// The eligibility benchmark against RulesEngine and NRules compares like with like: every engine gives the same
/// answer as Ki.Domain's evaluator on every one of the 10,000 seeded applications, and the seeded applications make
/// every leaf of the rule decide some answers.
/// </summary>
public sealed class PeerEngineTests
{
    private static readonly Lazy<PeerRule> Rule = new(() => PeerRule.Create(10_000));

    [Fact]
    public void CheckAgreement_TenThousandSeededApplications_EveryEngineAgreesWithTheEvaluator()
    {
        int eligible = Rule.Value.CheckAgreement();

        // Neither answer is rare: a check that only ever saw "not eligible" would prove little.
        Assert.InRange(eligible, 1_000, 9_000);
    }

    [Fact]
    public void Seed_TenThousandApplications_EveryCriterionFailsSomeAndPassesSome()
    {
        var failed = new Dictionary<string, int>(StringComparer.Ordinal);
        var passed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var application in Rule.Value.Applications)
        {
            foreach (CriterionResult result in Rule.Value.Explain(application).Results.SelectMany(r => r.Flatten()))
            {
                string key = result.Code + " " + result.Criterion;
                Dictionary<string, int> counts = result.IsPass ? passed : failed;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        // 6 top-level criteria and 5 parts below not/any; the two deadline criteria share a code but are different objects.
        Assert.Equal(passed.Keys.Order(), failed.Keys.Order());
        Assert.All(failed, f => Assert.True(f.Value >= 50, $"{f.Key} fails only {f.Value} times"));
        Assert.All(passed, p => Assert.True(p.Value >= 50, $"{p.Key} passes only {p.Value} times"));
    }

    [Fact]
    public void CheckAgreement_AnEngineThatDisagrees_Throws()
    {
        PeerRule rule = PeerRule.Create(200);
        // NRules reads the peers' facts; flip the non-profit flag there only, and the answers must part somewhere.
        for (int i = 0; i < rule.Peers.Length; i++)
        {
            rule.Peers[i] = PeerWithFlippedNonProfit(rule.Peers[i]);
        }

        var error = Assert.Throws<InvalidOperationException>(() => rule.CheckAgreement());
        Assert.Contains("NRules batch says", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Benchmarks_SmallInput_EveryMethodCountsTheSameEligibleApplications()
    {
        var benchmarks = new PeerEngineBenchmarks { Count = 300 };
        benchmarks.Setup();
        int expected = benchmarks.HandWrittenIfs();
        Assert.Equal(expected, benchmarks.KiDomainExplained());
        Assert.Equal(expected, benchmarks.KiDomainScreening());
        Assert.Equal(expected, benchmarks.RulesEngineResultTree());
        Assert.Equal(expected, benchmarks.RulesEngineFlat());
        Assert.Equal(expected, benchmarks.NRulesOneSession());
        Assert.Equal(expected, benchmarks.NRulesOneAtATime());
    }

    private static PeerApplication PeerWithFlippedNonProfit(PeerApplication p) => new()
    {
        Id = p.Id,
        Kind = p.Kind,
        Grant = p.Grant,
        Received = p.Received,
        District = p.District,
        NonProfit = !p.NonProfit,
        RunsKi = p.RunsKi,
    };
}
