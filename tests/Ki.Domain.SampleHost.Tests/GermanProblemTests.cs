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

    private Task<HttpResponseMessage> Post(string path, string body, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = SampleHostFactory.Json(System.Text.Encoding.UTF8.GetBytes(body)) };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return _client.SendAsync(request);
    }
}
