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

        Assert.Equal(CoveredLines.Length + 4, RuleBook.Default.RuleSets.Length);
        Assert.All(RuleBook.Default.RuleSets, s => Assert.Null(s.VersionStart));
    }

    [Fact]
    public void Default_PartIIHasRulesForFinalRecipientsAndNoOtherLineDoes()
    {
        foreach (string id in CoveredLines)
        {
            FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == id);
            RuleSet? final = RuleBook.Default.Find(id, line.Versions[0], RecipientRole.FinalRecipient);
            Assert.Equal(id.StartsWith("komm-an-2", StringComparison.Ordinal), final is not null);
            if (final is not null)
            {
                Assert.Contains(final.Criteria, c => c is SeatInAreaCriterion);
                Assert.Contains(final.Criteria, c => c is RouteCriterion);
                Assert.DoesNotContain(RuleBook.Default.Find(id, line.Versions[0])!.Criteria, c => c is ApplicantKindCriterion);
            }
        }
    }

    [Fact]
    public void WithRuleSet_OneLineReplaced_EveryOtherRuleSetIsKept()
    {
        RuleSet mine = new("komm-an-3", [new NonProfitCriterion("mine")]);

        RuleBook book = RuleBook.Default.WithRuleSet(mine);

        Assert.Equal(RuleBook.Default.RuleSets.Length, book.RuleSets.Length);
        Assert.Same(mine, book.Find("komm-an-3", EligibilityFixtures.KommAn3));
        foreach (RuleSet kept in RuleBook.Default.RuleSets.Where(s => s.LineId != "komm-an-3"))
        {
            Assert.Contains(kept, book.RuleSets);
        }

        Assert.NotSame(mine, RuleBook.Default.Find("komm-an-3", EligibilityFixtures.KommAn3));
    }

    [Fact]
    public void WithRuleSet_ForOneVersion_WinsForThatVersionOnly()
    {
        FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-2b");
        RuleSet only2018 = new("komm-an-2b", line.Versions[1].Validity.Start, [new NonProfitCriterion()]);

        RuleBook book = RuleBook.Default.WithRuleSet(only2018);

        Assert.Same(only2018, book.Find("komm-an-2b", line.Versions[1]));
        Assert.Same(RuleBook.Default.Find("komm-an-2b", line.Versions[0]), book.Find("komm-an-2b", line.Versions[0]));
        Assert.Same(RuleBook.Default.Find("komm-an-2b", line.Versions[2]), book.Find("komm-an-2b", line.Versions[2]));
        Assert.Same(RuleBook.Default.Find("komm-an-2b", line.Versions[1], RecipientRole.FinalRecipient), book.Find("komm-an-2b", line.Versions[1], RecipientRole.FinalRecipient));
    }

    [Fact]
    public void WithRuleSet_ForEveryVersion_ReplacesTheVersionSpecificSetsOfItsLineAndRole()
    {
        FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-2b");
        RuleSet only2018 = new("komm-an-2b", line.Versions[1].Validity.Start, [new NonProfitCriterion()]);
        RuleSet all = new("komm-an-2b", [new IntegrationCentreCriterion()]);

        RuleBook book = RuleBook.Default.WithRuleSet(only2018).WithRuleSet(all);

        Assert.All(line.Versions, v => Assert.Same(all, book.Find("komm-an-2b", v)));
        Assert.DoesNotContain(only2018, book.RuleSets);
    }

    [Fact]
    public void RuleSet_ForEveryVersion_IsForEachVersionOfItsLineOnly()
    {
        RuleSet all = new("komm-an-2b", [new NonProfitCriterion()]);
        FundingLine line = ProgrammeCatalogue.Default.Lines.Single(l => l.Id == "komm-an-2b");

        Assert.All(line.Versions, v => Assert.True(all.IsFor("komm-an-2b", v)));
        Assert.False(all.IsFor("komm-an-2c", line.Versions[0]));
        string written = System.Text.Encoding.UTF8.GetString(Ki.Domain.Serialization.EligibilityJson.WriteRules(new RuleBook([all])));
        Assert.DoesNotContain("\"version\"", written, StringComparison.Ordinal);
        Assert.NotEqual(all.Hash, new RuleSet("komm-an-2b", new NodaTime.LocalDate(2016, 1, 1), [new NonProfitCriterion()]).Hash);
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
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(EligibilityJson.CanonicalBytes(a))))).ToLowerInvariant(), a.Hash);
    }

    [Fact]
    public void Constructor_TwoSetsForOneVersion_Throws()
    {
        RuleSet a = new("komm-an-3", new LocalDate(2016, 1, 1), []);

        Assert.Throws<ArgumentException>("ruleSets", () => new RuleBook([a, a]));
    }
}
