using Ki.Domain.Internal;

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
}
