namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// A client that asks for German (<c>Accept-Language: de</c>) gets German problem details for every bad document:
/// the <c>detail</c> and <c>reason</c> are the library's German reason with the same figures, never the English text.
/// </summary>
public sealed class GermanProblemTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    public static TheoryData<string, string, string, string> BadAllocations => new()
    {
        {
            """{"schemaVersion":1,"request":{"budget":"100.00","unit":"0.01","recipients":[{"id":"a","name":"Ahlen","weight":"-1"}]}}""",
            "$.request.recipients[0]", "Das Gewicht des Empfängers 'a' darf nicht negativ sein, ist aber -1.", "The weight of recipient 'a' must not be negative, but was -1."
        },
        {
            """{"schemaVersion":1,"request":{"budget":"100.00","unit":"0.01","recipients":[{"id":"a","name":"Ahlen","weight":"1"},{"id":"a","name":"Ahlen","weight":"2"}]}}""",
            "$.request", "Die Kennung des Empfängers 'a' kommt zweimal vor.", "The recipient id 'a' occurs twice."
        },
        {
            """{"schemaVersion":1,"request":{"budget":"1.234,50","unit":"0.01","recipients":[{"id":"a","name":"Ahlen","weight":"1"}]}}""",
            "$.request.budget", "'1.234,50' ist kein Betrag in der Form \"1234.56\": Punkt vor den Cent, keine Tausenderpunkte, höchstens zwei Nachkommastellen.", "'1.234,50'"
        },
        {
            """{"schemaVersion":1,"request":{"budget":"100.00","unit":"0.00","recipients":[{"id":"a","name":"Ahlen","weight":"1"}]}}""",
            "$.request", "Die Rundungseinheit muss positiv sein, ist aber 0,00 €.", "The unit must be positive, but was 0.00."
        },
        {
            """{"schemaVersion":1,"request":{"budget":"100.00","unit":"0.01","recipients":[{"id":"a","name":"Ahlen","weight":"1","cap":"-12.50"}]}}""",
            "$.request.recipients[0]", "Der Höchstbetrag des Empfängers 'a' darf nicht negativ sein, ist aber -12,50 €.", "The cap of recipient 'a' must not be negative, but was -12.50."
        },
    };

    [Theory]
    [MemberData(nameof(BadAllocations))]
    public async Task Allocate_BadRequest_GermanDetailForGermanClient_EnglishOtherwise(string body, string location, string german, string english)
    {
        JsonElement de = await ProblemTests.AssertProblem(await Post("/allocations", body, "de-DE,de;q=0.9,en;q=0.5"), HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", location);
        JsonElement en = await ProblemTests.AssertProblem(await Post("/allocations", body, "en-GB"), HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", location);

        Assert.Equal(german, de.GetProperty("reason").GetString());
        Assert.Equal($"{location}: {german}", de.GetProperty("detail").GetString());
        Assert.StartsWith(english, en.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(de.GetProperty("reason").GetString(), en.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Allocate_FloorNotAnAmount_GermanReasonQuotesTheText()
    {
        const string Body = """{"schemaVersion":1,"request":{"budget":"100.00","unit":"0.01","recipients":[{"id":"a","name":"Ahlen","weight":"1","floor":"abc"}]}}""";
        JsonElement problem = await ProblemTests.AssertProblem(await Post("/allocations", Body, "de"), HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", "$.request.recipients[0].floor");
        Assert.StartsWith("'abc' ist kein Betrag", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "recipients.csv line 12", "recipients.csv Zeile 12: Das Gewicht '-1' ist negativ.")]
    [InlineData("de-DE,en;q=0.5", "header", "Kopfzeile: Das Gewicht '-1' ist negativ.")]
    [InlineData("en", "recipients.csv line 12", "recipients.csv line 12: The weight '-1' is negative.")]
    public void Data_LineOrHeaderLocatedProblem_DetailNamesThePlaceInTheClientsLanguage_LocationMemberStaysAsTheLibraryGaveIt(string language, string location, string detail)
    {
        // A host that reads the library's CSV (recipient tables) gets line- and header-located problems; a German
        // client must read "Zeile 12", not "line 12", before the German reason. The sample's endpoints read JSON only
        // (see the next test), so this holds the mapping itself.
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = language;
        var refused = new KiDataException(location, "The weight '-1' is negative.", "Das Gewicht '-1' ist negativ.");

        Microsoft.AspNetCore.Mvc.ProblemDetails problem = KiProblems.Data(context, refused).ProblemDetails;

        Assert.Equal(detail, problem.Detail);
        Assert.Equal(location, problem.Extensions["location"]);
        Assert.Equal(language.StartsWith("de", StringComparison.Ordinal) ? "de" : "en", context.Response.Headers.ContentLanguage.ToString());
    }

    [Fact]
    public async Task Allocate_BadDocument_GermanLocationIsTheJsonPath_BecauseAJsonPathHasNoWordsToTranslate()
    {
        // Every body the endpoints take is JSON, so every location they report is a JSON path: the library's German
        // location (KiDataException.LocationGerman) is the path itself, and the German detail starts with it.
        const string Body = """{"schemaVersion":1,"request":{"budget":"100.00","unit":"0.01","recipients":[{"id":"a","name":"Ahlen","weight":"-1"}]}}""";
        KiDataException refused = Assert.Throws<KiDataException>(() => Serialization.AllocationJson.ReadRequest(System.Text.Encoding.UTF8.GetBytes(Body)));
        Assert.Equal("$.request.recipients[0]", refused.LocationGerman);
        Assert.Equal(refused.Location, refused.LocationGerman);

        JsonElement problem = await ProblemTests.AssertProblem(await Post("/allocations", Body, "de"), HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", refused.Location);
        Assert.Equal($"{refused.LocationGerman}: {refused.ReasonGerman}", problem.GetProperty("detail").GetString());
    }

    private Task<HttpResponseMessage> Post(string path, string body, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = SampleHostFactory.Json(System.Text.Encoding.UTF8.GetBytes(body)) };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return _client.SendAsync(request);
    }
}
