namespace Ki.Domain.Tests.Serialization;

/// <summary>
/// Refused input says what is wrong in English and in German (<see cref="KiDataException.ReasonGerman"/>), so a host
/// can answer a German user in German; both name the place and no .NET type.
/// </summary>
public sealed class KiDataExceptionReasonTests
{
    [Theory]
    [InlineData("""{"a":1,"a":2}""", "$.a", "The property 'a' appears twice in the same object.", "Die Eigenschaft 'a' steht zweimal im selben Objekt.")]
    [InlineData("""[1,null]""", "$[1]", "A list element is null; every element of a list must be a value.", "Ein Listenelement ist null; jedes Element einer Liste muss ein Wert sein.")]
    [InlineData("", "$", "The document is not valid JSON: it is empty.", "Das Dokument ist kein gültiges JSON: es ist leer.")]
    [InlineData("""[[[[1]]]]""", "$[0][0][0]", "The document is nested deeper than the limit of 3.", "Das Dokument ist tiefer verschachtelt als die Grenze von 3 Ebenen.")]
    [InlineData("""[1,2,3,4,5]""", "$[4]", "The list has more than 4 elements, the limit.", "Die Liste hat mehr als 4 Elemente, die Grenze.")]
    public void Guard_Refusal_GivesBothReasons(string json, string location, string english, string german)
    {
        KiJsonLimits limits = KiJsonLimits.Default.WithMaxDepth(3).WithMaxArrayLength(4);

        KiDataException e = Assert.Throws<KiDataException>(() => JsonInputGuard.Check(Encoding.UTF8.GetBytes(json), limits));

        Assert.Equal(location, e.Location);
        Assert.Equal(english, e.Reason);
        Assert.Equal(german, e.ReasonGerman);
    }

    [Fact]
    public void Guard_LongText_GermanReasonGroupsDigitsTheGermanWay()
    {
        string json = "[\"" + new string('x', 70_000) + "\"]";

        KiDataException e = Assert.Throws<KiDataException>(() => JsonInputGuard.Check(Encoding.UTF8.GetBytes(json), KiJsonLimits.Default));

        Assert.Equal("Ein Text hat 70.000 Bytes, mehr als die Grenze von 65.536.", e.ReasonGerman);
    }

    [Fact]
    public void ReadApplication_NegativeAmount_ValidatorMessageInBothLanguagesWithTheCode()
    {
        string json = """
            {"schemaVersion":1,"application":{"id":"X-1","line":"komm-an-3","fiscalYear":2020,
             "applicant":{"name":"Verein","kind":"welfare-association","nonProfit":true,"seat":"05974040"},
             "requestedAmount":"-5.00"}}
            """;

        KiDataException e = Assert.Throws<KiDataException>(() => EligibilityJson.ReadApplication(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("$.application.requestedAmount", e.Location);
        Assert.Equal("The requested amount must not be negative (-5.00 EUR). (KI-APP-NEGATIVE)", e.Reason);
        Assert.Equal("Die beantragte Zuwendung darf nicht negativ sein (-5,00 €). (KI-APP-NEGATIVE)", e.ReasonGerman);
    }

    [Fact]
    public void ReadRound_WrongType_GermanReasonNamesNoDotNetType()
    {
        KiDataException e = Assert.Throws<KiDataException>(() => AwardJson.ReadRound("""{"schemaVersion":"1"}"""u8));

        Assert.NotNull(e.ReasonGerman);
        Assert.DoesNotContain("System.", e.ReasonGerman, StringComparison.Ordinal);
        Assert.DoesNotContain("Ki.Domain.", e.ReasonGerman, StringComparison.Ordinal);
        Assert.StartsWith("Der Wert hat den falschen Typ", e.ReasonGerman, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EnglishOnly_HasNoGermanReason()
    {
        var e = new KiDataException("line 3", "The key is missing.");

        Assert.Null(e.ReasonGerman);
        Assert.Equal("line 3: The key is missing.", e.Message);
    }
}
