using System.Text;
using Ki.Domain.Serialization;
using Ki.Domain.Eligibility;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Tests.Eligibility;

public sealed class RuleBookTests
{
    private static readonly string[] CoveredLines = ["komm-an-1", "komm-an-2a", "komm-an-2b", "komm-an-2c", "komm-an-2d", "komm-an-3", "ki-2023-staff", "ki-2023-interpreter-pool"];

    [Fact]
    public void Default_HasRulesForEveryVersionOfTheKommAnAndKiLines()
    {
        foreach (string id in CoveredLines)
        {
            Assert.True(ProgrammeCatalogue.Default.TryFindLine(id, out FundingLine? line));
            Assert.All(line.Versions, v => Assert.NotNull(RuleBook.Default.Find(id, v)));
        }

        Assert.Equal(CoveredLines.Sum(id => ProgrammeCatalogue.Default.Lines.Single(l => l.Id == id).Versions.Length), RuleBook.Default.RuleSets.Length);
    }

    [Fact]
    public void Default_EveryRuleCitesALegalReference()
    {
        Assert.All(RuleBook.Default.RuleSets.SelectMany(s => s.Criteria), c => Assert.False(string.IsNullOrWhiteSpace(c.LegalReference)));
        Assert.Equal(8, RuleBook.Default.RuleSets.Single(s => s.LineId == "komm-an-3").Criteria.Length);
    }

    [Fact]
    public void Hash_SameContent_SameHashAndOtherContentOtherHash()
    {
        RuleSet a = new("komm-an-3", new LocalDate(2016, 1, 1), [new NonProfitCriterion(), new OwnContributionCriterion(0.1m)]);
        RuleSet b = new("komm-an-3", new LocalDate(2016, 1, 1), [new NonProfitCriterion(), new OwnContributionCriterion(0.1m)]);
        RuleSet c = new("komm-an-3", new LocalDate(2016, 1, 1), [new NonProfitCriterion(), new OwnContributionCriterion(0.2m)]);
        RuleSet d = new("komm-an-3", new LocalDate(2016, 1, 1), [new NonProfitCriterion("another reference"), new OwnContributionCriterion(0.1m)]);

        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
        Assert.NotEqual(a.Hash, d.Hash);
        Assert.Equal(
            "{\"line\":\"komm-an-3\",\"version\":\"2016-01-01\",\"criteria\":[{\"type\":\"non-profit\",\"reference\":\"Förderrichtlinie der Förderlinie, Zuwendungsempfänger (gemeinnützige Träger)\"},"
            + "{\"type\":\"own-contribution\",\"minimumShare\":\"0.1\",\"reference\":\"VV zu § 44 LHO Nr. 2.2 (Teilfinanzierung: Eigenanteil)\"}]}",
            Encoding.UTF8.GetString(EligibilityJson.CanonicalBytes(a)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(EligibilityJson.CanonicalBytes(a))))), a.Hash);
    }

    [Fact]
    public void Constructor_TwoSetsForOneVersion_Throws()
    {
        RuleSet a = new("komm-an-3", new LocalDate(2016, 1, 1), []);

        Assert.Throws<ArgumentException>("ruleSets", () => new RuleBook([a, a]));
    }
}
