using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Awards;

public sealed partial class AwardAllocatorTests
{
    private static AwardRound Example(string name) =>
        AwardJson.ReadRound(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name)));

    private static AwardLine LineOf(AwardResult result, string id) => result.Lines.Single(l => l.ApplicationId == id);

    [Fact]
    public void Allocate_KommAnIIIExample_CutsProRataDropsBelowMinimumAndRedistributes()
    {
        AwardResult result = AwardAllocator.Default.Allocate(Example("round-komm-an-3-2020.json"));

        // 61,200 computed against 50,000: 5,200 × 50/61.2 = 4,248.37 < 5,000, so III-2020-03 drops out and
        // 50,000 is split over 36,000 and 20,000: 32,142.857 → 32,142.86 and 17,857.143 → 17,857.14.
        Assert.Equal(Euro.FromCents(3_214_286), LineOf(result, "III-2020-01").Awarded);
        Assert.Equal(Euro.FromCents(1_785_714), LineOf(result, "III-2020-02").Awarded);
        Assert.Equal(AwardCodes.BelowMinimumAfterCut, LineOf(result, "III-2020-03").Code);
        Assert.Equal(Euro.Zero, LineOf(result, "III-2020-03").Awarded);
        Assert.Equal(AwardCodes.NotEligible, LineOf(result, "III-2020-04").Code);
        Assert.Contains("KI-ELIG-APPLICANT-KIND", LineOf(result, "III-2020-04").Reason.English, StringComparison.Ordinal);
        Assert.Equal(Euro.FromEuros(61_200), result.Demand);
        Assert.Equal(Euro.FromEuros(50_000), result.Awarded);
        Assert.Equal(Euro.Zero, result.Unallocated);
        Assert.Equal(AwardCodes.RoundOversubscribed, result.Code);
        Assert.Equal("Anteilig gekürzt von 36.000,00 € auf 32.142,86 €.", LineOf(result, "III-2020-01").Reason.German);
    }

    [Fact]
    public void Allocate_PriorityExample_FundsTierOneAndCutsTierTwoWithPassThrough()
    {
        AwardResult result = AwardAllocator.Default.Allocate(Example("round-komm-an-2b-2019.json"));

        AwardLine soest = LineOf(result, "IIB-2019-SO");
        Assert.Equal(AwardCodes.Full, soest.Code);
        Assert.Equal(Euro.FromEuros(70_000), soest.Awarded);
        Assert.Equal(Euro.FromEuros(48_000), LineOf(result, "IIB-2019-HX").Awarded);
        Assert.Equal(Euro.FromEuros(32_000), LineOf(result, "IIB-2019-HER").Awarded);
        Assert.Equal(2, LineOf(result, "IIB-2019-HER").Tier);
        Assert.Equal(AwardCodes.NotEligible, LineOf(result, "IIB-2019-VER").Code);

        PassThrough pass = soest.PassThrough!;
        Assert.True(pass.IsMade);
        Assert.Equal(AwardCodes.PassThrough, pass.Code);
        Assert.Equal(Euro.FromEuros(20_000), pass.PassedOn);
        Assert.Equal(Euro.FromEuros(50_000), pass.Retained);
        Assert.Equal(AncillaryProvisions.AnBestP, pass.SubAwards.Single(s => s.Kind == ApplicantKind.RegisteredAssociation).Provisions);
        Assert.Contains("ANBest-P", pass.SubAwards[0].LegalReference, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_TierNotReached_GetsNothingWithItsCode()
    {
        AwardRound round = new("r", "komm-an-3", AsOf, Euro.FromEuros(36_000), AwardPolicy.PriorityTiers, [Caritas("a"), Caritas("b")])
        {
            Priorities = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a", 1), KeyValuePair.Create("b", 2)]),
        };

        AwardResult result = AwardAllocator.Default.Allocate(round);

        Assert.Equal(Euro.FromEuros(36_000), LineOf(result, "a").Awarded);
        Assert.Equal(AwardCodes.TierNotReached, LineOf(result, "b").Code);
        Assert.Equal(Euro.Zero, result.Unallocated);
    }

    [Fact]
    public void Allocate_BudgetLargerThanDemand_AwardsInFullAndLeavesTheRest()
    {
        AwardRound round = new("r", "komm-an-3", AsOf, Euro.FromEuros(100_000), AwardPolicy.ProRata, [Caritas("a"), Caritas("b", requested: 10_000)]);

        AwardResult result = AwardAllocator.Default.Allocate(round);

        Assert.All(result.Lines, l => Assert.Equal(AwardCodes.Full, l.Code));
        Assert.Equal(Euro.FromEuros(46_000), result.Awarded);
        Assert.Equal(Euro.FromEuros(54_000), result.Unallocated);
        Assert.Equal(AwardCodes.RoundFunded, result.Code);
    }

    [Fact]
    public void Allocate_RequestAboveTheComputedGrant_ComputesTheGrantByTheFinancingType()
    {
        // 90 % of 40,000 is 36,000; asking for 39,000 computes 36,000.
        AwardRound round = new("r", "komm-an-3", AsOf, Euro.FromEuros(100_000), AwardPolicy.ProRata, [Caritas("a", requested: 39_000)]);

        AwardLine line = AwardAllocator.Default.Allocate(round).Lines.Single();

        Assert.Equal(Euro.FromEuros(36_000), line.Computed);
        Assert.Equal(Euro.FromEuros(36_000), line.Awarded);
        Assert.NotNull(line.Grant);
    }

    [Fact]
    public void Allocate_PassThroughOnALineThatForbidsIt_PassesNothingOn()
    {
        AwardRound round = new("r", "komm-an-3", AsOf, Euro.FromEuros(100_000), AwardPolicy.ProRata, [Caritas("a")])
        {
            SubAwards = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("a", ImmutableArray.Create(new SubAward("Verein", ApplicantKind.RegisteredAssociation, Euro.FromEuros(1_000))))]),
        };

        PassThrough pass = AwardAllocator.Default.Allocate(round).Lines.Single().PassThrough!;

        Assert.Equal(AwardCodes.PassThroughNotAllowed, pass.Code);
        Assert.Empty(pass.SubAwards);
        Assert.Equal(Euro.FromEuros(36_000), pass.Retained);
    }

    [Fact]
    public void Allocate_SubAwardsAboveTheAward_PassNothingOn()
    {
        AwardRound example = Example("round-komm-an-2b-2019.json");
        AwardRound round = new(example.Id, example.LineId, example.AsOf, Euro.FromEuros(15_000), example.Policy, example.Applications)
        {
            Priorities = example.Priorities,
            SubAwards = example.SubAwards,
        };

        PassThrough pass = AwardAllocator.Default.Allocate(round).Lines.Single(l => l.ApplicationId == "IIB-2019-SO").PassThrough!;

        Assert.Equal(AwardCodes.PassThroughExceedsAward, pass.Code);
        Assert.Equal(Euro.Zero, pass.PassedOn);
    }

    [Fact]
    public void AwardRound_BadInput_Throws()
    {
        Application a = Caritas("a");
        Application other = new("b", a.Applicant, "komm-an-1", a.FiscalYear, a.RequestedAmount);

        Assert.Throws<ArgumentException>("applications", () => new AwardRound("r", "komm-an-3", AsOf, Euro.Zero, AwardPolicy.ProRata, [a, a]));
        Assert.Throws<ArgumentException>("applications", () => new AwardRound("r", "komm-an-3", AsOf, Euro.Zero, AwardPolicy.ProRata, [a, other]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AwardRound("r", "komm-an-3", AsOf, Euro.FromCents(-1), AwardPolicy.ProRata, [a]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AwardRound("r", "komm-an-3", AsOf, Euro.Zero, (AwardPolicy)7, [a]));
        Assert.Throws<ArgumentException>(() => new AwardRound("r", "komm-an-3", AsOf, Euro.Zero, AwardPolicy.PriorityTiers, [a])
        {
            Priorities = ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("zz", 1)]),
        });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubAward("X", ApplicantKind.School, Euro.Zero));
    }

    [Fact]
    public void ReadRound_BadSubAwardAndPolicy_NameTheirPaths()
    {
        string round = File.ReadAllText(RepositoryPaths.Combine("docs", "examples", "round-komm-an-2b-2019.json"));

        KiDataException kind = Assert.Throws<KiDataException>(() => AwardJson.ReadRound(System.Text.Encoding.UTF8.GetBytes(round.Replace("\"gemeinde\"", "\"town\"", StringComparison.Ordinal))));
        KiDataException policy = Assert.Throws<KiDataException>(() => AwardJson.ReadRound(System.Text.Encoding.UTF8.GetBytes(round.Replace("priority-tiers", "lottery", StringComparison.Ordinal))));
        KiDataException line = Assert.Throws<KiDataException>(() => AwardJson.ReadRound(System.Text.Encoding.UTF8.GetBytes(round.Replace("\"line\": \"komm-an-2b\",\n        \"fiscalYear\": 2019,\n        \"applicant\": {\n          \"name\": \"Kreis Höxter\"", "\"line\": \"komm-an-2c\",\n        \"fiscalYear\": 2019,\n        \"applicant\": {\n          \"name\": \"Kreis Höxter\"", StringComparison.Ordinal))));

        Assert.Equal("$.applications[0].subAwards[1].kind", kind.Location);
        Assert.Equal("$.policy", policy.Location);
        Assert.Equal("$.applications[1].application.line", line.Location);
    }
}
