using Ki.Domain.Internal;
using Ki.Domain.Tests.Eligibility;

namespace Ki.Domain.Tests.Internal;

/// <summary>The shared model rules, as a host developer meets them through the constructors that use them.</summary>
public sealed class ModelChecksTests
{
    [Fact]
    public void CheckNotBlank_BlankCitation_NamesTheArgumentAndGivesTheGermanReason()
    {
        var e = Assert.Throws<ArgumentException>(() => new SourceReference("  ", Confidence.Verified));

        Assert.Equal("citation", e.ParamName);
        Assert.StartsWith("A source citation must not be blank.", e.Message, StringComparison.Ordinal);
        Assert.Equal("Eine Quellenangabe darf nicht leer sein.", GermanReason.Of(e));
    }

    [Fact]
    public void CheckNotBlank_BlankIndicatorRecipientOrLegalReference_NamesTheArgumentAndGivesTheGermanReason()
    {
        var indicator = Assert.Throws<ArgumentException>(() => new KeyComponent(" ", 1m));
        var recipient = Assert.Throws<ArgumentException>(() => new KeyInput("", new Dictionary<string, decimal>()));
        var reference = Assert.Throws<ArgumentException>(() => new InterestRule(new("Zinsen", "interest"), "\t", []));

        Assert.Equal(("indicator", "Der Name eines Indikators darf nicht leer sein."), (indicator.ParamName, GermanReason.Of(indicator)));
        Assert.Equal(("id", "Die Kennung eines Empfängers darf nicht leer sein."), (recipient.ParamName, GermanReason.Of(recipient)));
        Assert.Equal(("legalReference", "Eine Zinsregel braucht ihre Rechtsgrundlage."), (reference.ParamName, GermanReason.Of(reference)));
        Assert.StartsWith("An interest rule needs its legal reference.", reference.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckNotBlank_NullIdentifier_ThrowsArgumentNullNamingIt()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new CostItem(null!, "Honorare", Euro.FromEuros(100), Euro.FromEuros(90)));

        Assert.Equal("id", e.ParamName);
    }

    [Fact]
    public void CheckIdentifier_IdentifierWithASpace_NamesTheKindInBothLanguages()
    {
        var e = Assert.Throws<ArgumentException>(() => new FundingLine("komm an", new("KOMM-AN", "KOMM-AN"), []));

        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("A funding line identifier must be non-empty without spaces, but was 'komm an'.", e.Message, StringComparison.Ordinal);
        Assert.Equal("Die Kennung einer Förderlinie darf nicht leer sein und keine Leerzeichen enthalten, ist aber 'komm an'.", GermanReason.Of(e));
    }

    [Fact]
    public void CheckIdentifier_FundingLineIdOfAFunding_NamesTheProperty()
    {
        var text = new LocalizedText("Land NRW", "the Land NRW");
        var e = Assert.Throws<ArgumentException>(() => new ProgrammeFunding(text, text, new SourceReference("MBl. NRW. 2023 S. 225", Confidence.Verified)) { FundingLineId = "" });

        Assert.Equal("FundingLineId", e.ParamName);
    }

    [Fact]
    public void CopyNotNull_NullVersion_NamesTheList()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new FundingLine("komm-an", new("KOMM-AN", "KOMM-AN"), [null!]));

        Assert.Equal("versions", e.ParamName);
    }

    [Fact]
    public void OrEmptyNotNull_DefaultList_ReadsEmpty_AndANullEntryIsRefused()
    {
        Assert.True(new ProgrammeCatalogue([]) { KiProgrammes = default }.KiProgrammes.IsEmpty);

        var e = Assert.Throws<ArgumentNullException>(() => new ProgrammeCatalogue([]) { KiProgrammes = [null!] });
        Assert.Equal("KiProgrammes", e.ParamName);
    }

    [Fact]
    public void OrEmpty_DefaultNotes_ReadEmpty()
    {
        var version = new FundingLineVersion(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)),
            new Figure<FinancingType>(FinancingType.Full, new SourceReference("test", Confidence.Verified))) { Notes = default, UnitAmounts = default };

        Assert.True(version.Notes.IsEmpty);
        Assert.True(version.UnitAmounts.IsEmpty);
    }
    [Fact]
    public void CheckEntries_NegativeWeightOrUnknownApplication_NamesTheWeightsInBothLanguages()
    {
        var negative = Assert.Throws<ArgumentException>(() => RoundOfA(ImmutableDictionary<string, decimal>.Empty.Add("a", -1m)));
        var unknown = Assert.Throws<ArgumentException>(() => RoundOfA(ImmutableDictionary<string, decimal>.Empty.Add("zz", 1m)));

        Assert.Equal("Weights", negative.ParamName);
        Assert.StartsWith("The weight of 'a' is negative.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("Das Gewicht von 'a' ist negativ.", GermanReason.Of(negative));
        Assert.StartsWith("The weight names 'zz', which is not in the round.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckEntries_TierBelowOne_NamesThePrioritiesInBothLanguages()
    {
        var e = Assert.Throws<ArgumentException>(() => new AwardRound("r", "komm-an-3", new LocalDate(2026, 1, 1), Euro.Zero, AwardPolicy.PriorityTiers, [EligibilityFixtures.Caritas("a")])
        {
            Priorities = ImmutableDictionary<string, int>.Empty.Add("a", 0),
        });

        Assert.Equal("Priorities", e.ParamName);
        Assert.StartsWith("The tier of 'a' is 0; tiers start at 1.", e.Message, StringComparison.Ordinal);
        Assert.Equal("Die Prioritätsstufe von 'a' ist 0; die Stufen beginnen bei 1.", GermanReason.Of(e));
    }

    [Fact]
    public void CheckEntries_NullDictionaryOrNullEntry_ThrowsArgumentNull()
    {
        Application a = EligibilityFixtures.Caritas("a");

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount) { Facts = null! }).ParamName);
        Assert.Equal("Facts", Assert.Throws<ArgumentNullException>(() => new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount) { Facts = ImmutableDictionary<string, string>.Empty.Add("founded", null!) }).ParamName);
        Assert.Equal("PassThroughPlans", Assert.Throws<ArgumentNullException>(() => new AwardRound("r", "komm-an-3", new LocalDate(2026, 1, 1), Euro.Zero, AwardPolicy.ProRata, [a])
        {
            PassThroughPlans = ImmutableDictionary<string, PassThroughPlan>.Empty.Add("a", null!),
        }).ParamName);
    }

    [Fact]
    public void CheckEntries_KeysOfAnotherComparer_AreComparedOrdinally()
    {
        var facts = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase).Add("refugeesHoused", "180");

        Application a = new("a", new Applicant("Caritas Soest", ApplicantKind.WelfareAssociation), "komm-an-3", FiscalYear.Of(2026), Euro.FromEuros(1_000)) { Facts = facts };

        Assert.Equal("180", a.Facts["refugeesHoused"]);
        Assert.False(a.Facts.ContainsKey("REFUGEESHOUSED"));
    }

    [Fact]
    public void PlanAmounts_NegativePlannedItemOrActualFunds_NamesTheLineInBothLanguages()
    {
        var item = Assert.Throws<ArgumentOutOfRangeException>(() => new CostItem("staff", "Personalausgaben", Euro.FromCents(-1), Euro.Zero));
        var funds = Assert.Throws<ArgumentOutOfRangeException>(() => new FundsLine("own", "Eigenmittel", FundsKind.Own, Euro.Zero, Euro.FromCents(-1)));

        Assert.Equal("planned", item.ParamName);
        Assert.StartsWith("The planned amount of item 'staff' must not be negative.", item.Message, StringComparison.Ordinal);
        Assert.Equal("Der geplante Betrag der Position 'staff' darf nicht negativ sein.", GermanReason.Of(item));
        Assert.Equal("actual", funds.ParamName);
        Assert.StartsWith("The actual amount of funds 'own' must not be negative.", funds.Message, StringComparison.Ordinal);
        Assert.Equal("Der tatsächliche Betrag der Mittel 'own' darf nicht negativ sein.", GermanReason.Of(funds));
    }

    private static AwardRound RoundOfA(ImmutableDictionary<string, decimal> weights) =>
        new("r", "komm-an-3", new LocalDate(2026, 1, 1), Euro.Zero, AwardPolicy.ProRata, [EligibilityFixtures.Caritas("a")]) { Weights = weights };
}
