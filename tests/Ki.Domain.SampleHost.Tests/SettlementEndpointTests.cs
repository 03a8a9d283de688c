using System.Text;

namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// POST /settlements: the settlement case document that <c>ki settle</c> reads in, the library's settlement result out,
/// with <c>ki settle</c>'s options as query values; bad input is a problem naming the field.
/// </summary>
public sealed class SettlementEndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Settle_ShareFinancingWithLowerCosts_Repays9000WithInterestAcrossThe2023RateChanges()
    {
        HttpResponseMessage response = await Post("/settlements", SampleHostFactory.Example("settlement-share-lower-costs.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement result = await SampleHostFactory.ReadJson(response);
        Assert.Equal("KOMM-AN-2022-III-041", result.GetProperty("id").GetString());
        Assert.Equal("63000.00", result.GetProperty("finalGrant").GetString());
        Assert.Equal("9000.00", result.GetProperty("overpayment").GetString());
        JsonElement interest = result.GetProperty("repaymentInterest");
        Assert.Equal("308.12", interest.GetProperty("interest").GetString());
        Assert.Equal("act/365", interest.GetProperty("dayCount").GetString());
        Assert.Equal(3, interest.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task Settle_QueryOptions_ReplaceTheDocumentsDatesAndDefaults()
    {
        HttpResponseMessage plain = await Post("/settlements", SampleHostFactory.Example("settlement-share-lower-costs.json"));
        HttpResponseMessage response = await Post("/settlements?ineffectiveFrom=2023-01-31&asOf=2023-08-31&dayCount=act/act&rounding=floor", SampleHostFactory.Example("settlement-share-lower-costs.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement interest = (await SampleHostFactory.ReadJson(response)).GetProperty("repaymentInterest");
        Assert.Equal("2023-01-31", interest.GetProperty("from").GetString());
        Assert.Equal("act/act", interest.GetProperty("dayCount").GetString());
        Assert.Equal("floor", interest.GetProperty("rounding").GetString());
        decimal before = decimal.Parse((await SampleHostFactory.ReadJson(plain)).GetProperty("repaymentInterest").GetProperty("interest").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        decimal after = decimal.Parse(interest.GetProperty("interest").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after < before, $"a later start gives less interest: {after} < {before}");
    }

    [Fact]
    public async Task Settle_AsOfBeforeARepayment_IsRefusedInGermanAtAsOf()
    {
        HttpResponseMessage response = await Post("/settlements?asOf=2023-06-30", SampleHostFactory.Example("settlement-share-lower-costs.json"), "de");

        JsonElement problem = await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-PARAMETER", "asOf");
        Assert.Equal("Der letzte Zinstag 2023-06-30 liegt vor der Rückzahlung vom 2023-08-31 im Dokument.", problem.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("/settlements?dayCount=30/360", "dayCount", "'30/360' is not a day count: act/365 or act/act.")]
    [InlineData("/settlements?rounding=Commercial", "rounding", "'Commercial' is not a rounding: commercial, half-to-even, toward-zero, floor, ceiling.")]
    [InlineData("/settlements?asOf=31.08.2023", "asOf", "'31.08.2023' is not a date such as 2024-03-31.")]
    [InlineData("/settlements?ineffectiveFrom=yesterday", "ineffectiveFrom", "'yesterday' is not a date such as 2023-06-30.")]
    public async Task Settle_BadQueryValue_NamesTheParameter(string path, string location, string reason)
    {
        HttpResponseMessage response = await Post(path, SampleHostFactory.Example("settlement-share-lower-costs.json"));

        JsonElement problem = await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-PARAMETER", location);
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Settle_AsOfWithoutTheDayTheGrantBecameIneffective_AsksForIt()
    {
        HttpResponseMessage response = await Post("/settlements?asOf=2024-01-31", OneItemCase(actual: "800.00"));

        await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-PARAMETER", "ineffectiveFrom");
    }

    [Fact]
    public async Task Settle_DocumentWithANegativeAmount_NamesItsPath()
    {
        HttpResponseMessage response = await Post("/settlements", OneItemCase(actual: "-800.00"));

        JsonElement problem = await ProblemTests.AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", "$.items[0]");
        Assert.Contains("negative", problem.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("System.", problem.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A case without a repayment: 900 EUR awarded and paid out as a share of one item planned at 1,000 EUR.</summary>
    private static string OneItemCase(string actual) => $$"""
        {"schemaVersion":1,"id":"X-1","financing":"share","awarded":"900.00","paidOut":"900.00",
         "items":[{"id":"a","name":"Ausgaben","planned":"1000.00","actual":"{{actual}}"}]}
        """;

    private Task<HttpResponseMessage> Post(string path, string body, string? language = null) => Post(path, Encoding.UTF8.GetBytes(body), language);

    private Task<HttpResponseMessage> Post(string path, byte[] body, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = SampleHostFactory.Json(body) };
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        return _client.SendAsync(request);
    }
}
