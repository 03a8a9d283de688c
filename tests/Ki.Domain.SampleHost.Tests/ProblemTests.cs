using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// Every error a client can cause becomes RFC 9457 problem details with the code, the location and the reason, in the
/// client's language; a programmer error is a 500 that shows no internals.
/// </summary>
public sealed class ProblemTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Allocate_NullRecipient_NamesTheListElement()
    {
        HttpResponseMessage response = await Post("/allocations", """{"schemaVersion":1,"request":{"budget":"100.00","recipients":[null]}}""");

        JsonElement problem = await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", "$.request.recipients[0]");
        Assert.Contains("null", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", "Ein Listenelement ist null; jedes Element einer Liste muss ein Wert sein.")]
    [InlineData("en", "A list element is null; every element of a list must be a value.")]
    public async Task Allocate_NullRecipient_ReasonInTheClientsLanguage(string language, string reason)
    {
        HttpResponseMessage response = await Post("/allocations", """{"schemaVersion":1,"request":{"budget":"100.00","recipients":[null]}}""", language);

        JsonElement problem = await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", "$.request.recipients[0]");
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Equal(language[..2], response.Content.Headers.ContentLanguage.Single());
    }

    /// <summary>An application whose requested amount is negative.</summary>
    private const string NegativeRequest = """
        {"schemaVersion":1,"application":{"id":"X-1","line":"komm-an-3","fiscalYear":2020,
         "applicant":{"name":"Verein","kind":"welfare-association","nonProfit":true,"seat":"05974040"},
         "requestedAmount":"-5.00"}}
        """;

    [Fact]
    public async Task Check_NegativeRequestedAmount_GermanReasonWithTheLibrarysCode()
    {
        HttpResponseMessage response = await Post("/checks?on=2020-02-01", NegativeRequest, "de");

        JsonElement problem = await AssertProblem(response, HttpStatusCode.BadRequest, "KI-APP-NEGATIVE", "$.application.requestedAmount");
        Assert.Equal("Die beantragte Zuwendung darf nicht negativ sein (-5,00 €). (KI-APP-NEGATIVE)", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Allocate_MalformedJson_NamesThePathAndNoDotNetType()
    {
        HttpResponseMessage response = await Post("/allocations", """{"schemaVersion":1,"request":{"budget":100,"recipients":[]}}""");

        JsonElement problem = await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", "$.request.budget");
        string text = problem.ToString();
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ki.Domain.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/checks?on=2020-02-01", "en", "The body must be a JSON document (application/json), not text/plain; charset=utf-8.")]
    [InlineData("/settlements", "de-DE", "Der Inhalt muss ein JSON-Dokument sein (application/json), nicht text/plain; charset=utf-8.")]
    public async Task Post_TextNotJson_Is415ProblemInTheClientsLanguage(string path, string language, string reason)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);

        HttpResponseMessage response = await _client.SendAsync(request);

        JsonElement problem = await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "KI-HOST-UNSUPPORTED-MEDIA-TYPE", "Content-Type");
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Equal(language[..2], response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Allocate_TruncatedDocument_IsABadRequest()
    {
        HttpResponseMessage response = await Post("/allocations", """{"schemaVersion":1,"request":{"budget":"1""");

        await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", null);
    }

    [Fact]
    public async Task Check_NegativeRequestedAmount_CarriesTheLibrarysCode()
    {
        HttpResponseMessage response = await Post("/checks?on=2020-02-01", NegativeRequest);

        await AssertProblem(response, HttpStatusCode.BadRequest, "KI-APP-NEGATIVE", "$.application.requestedAmount");
    }

    [Fact]
    public async Task Check_DateNotIso_NamesTheQueryParameterInGerman()
    {
        HttpResponseMessage response = await Post("/checks?on=01.02.2020", SampleHostFactory.Example("application-eligible.json"), "de-DE");

        JsonElement problem = await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-PARAMETER", "on");
        Assert.Equal("de", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal("'01.02.2020' ist kein Datum wie 2020-02-01.", problem.GetProperty("reason").GetString());
        Assert.Equal("Die Anfrage ist fehlerhaft.", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("de", "de")]
    [InlineData("en-GB, de;q=0.8", "en")]
    [InlineData("fr-FR, de;q=0.9, en;q=0.8", "de")]
    [InlineData("de;q=0.1, en;q=0.9", "en")]
    [InlineData("de;q=0, en;q=0.5", "en")]
    [InlineData("fr", "en")]
    public async Task District_BadKey_AnswersInThePreferredLanguage(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/districts/5974x", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        HttpResponseMessage response = await _client.SendAsync(request);

        JsonElement problem = await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-PARAMETER", "key");
        Assert.Equal(expected, response.Content.Headers.ContentLanguage.Single());
        string reason = problem.GetProperty("reason").GetString()!;
        Assert.Equal(expected == "de" ? "'5974x' ist kein Kreisschlüssel: fünf Ziffern wie 05974." : "'5974x' is not a district key (Kreisschlüssel): five digits such as 05974.", reason);
    }

    [Fact]
    public async Task District_NotInNrw_IsNotFound()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/districts/09162", UriKind.Relative));

        await AssertProblem(response, HttpStatusCode.NotFound, "KI-HOST-PLACE-NOT-FOUND", "key");
    }

    [Fact]
    public async Task Municipality_Unknown_IsNotFound()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/municipalities/05974999", UriKind.Relative));

        await AssertProblem(response, HttpStatusCode.NotFound, "KI-HOST-PLACE-NOT-FOUND", "key");
    }

    [Fact]
    public async Task CalculateGrant_UnknownLine_IsNotFoundWithTheLibrarysCode()
    {
        HttpResponseMessage response = await Post("/grants/komm-an-9", """{"schemaVersion":1,"eligibleCosts":"1000.00","ownContribution":"0.00","thirdPartyFunds":"0.00"}""");

        JsonElement problem = await AssertProblem(response, HttpStatusCode.NotFound, "KI-ELIG-LINE-UNKNOWN", "line");
        Assert.Contains("komm-an-3", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalculateGrant_FundsExceedCosts_CarriesTheLibrarysCode()
    {
        HttpResponseMessage response = await Post("/grants/komm-an-3", """{"schemaVersion":1,"eligibleCosts":"1000.00","ownContribution":"800.00","thirdPartyFunds":"300.00","on":"2020-03-01"}""");

        await AssertProblem(response, HttpStatusCode.BadRequest, "KI-APP-FUNDS-EXCEED-COSTS", "$.ownContribution");
    }

    [Fact]
    public async Task Award_RoundWithApplicationForAnotherLine_NamesTheApplication()
    {
        string round = System.Text.Encoding.UTF8.GetString(SampleHostFactory.Example("round-komm-an-3-2020.json"));
        int first = round.IndexOf("\"line\": \"komm-an-3\"", round.IndexOf("\"applications\"", StringComparison.Ordinal), StringComparison.Ordinal);
        string broken = string.Concat(round.AsSpan(0, first), "\"line\": \"komm-an-2b\"", round.AsSpan(first + "\"line\": \"komm-an-3\"".Length));

        HttpResponseMessage response = await Post("/award-rounds", broken);

        await AssertProblem(response, HttpStatusCode.BadRequest, "KI-HOST-INVALID-DOCUMENT", "$.applications[0].application.line");
    }

    [Fact]
    public async Task Allocate_TwentyMegabytesDeclared_RefusedBeforeABodyByteIsRead()
    {
        (long bytesRead, _) = await PostTwentyMegabytesRefused(chunked: false);

        Assert.Equal(0, bytesRead);
    }

    [Fact]
    public async Task Allocate_TwentyMegabytesChunked_RefusedBeforeItIsReadWhole()
    {
        (long bytesRead, long? declared) = await PostTwentyMegabytesRefused(chunked: true);

        Assert.Null(declared);
        long limit = Ki.Domain.Serialization.KiJsonLimits.Default.MaxDocumentBytes;
        Assert.InRange(bytesRead, limit, limit + (128 * 1024));
    }

    /// <summary>
    /// Posts 20 MB to <c>/allocations</c>, its length declared or sent in chunks, through a host that counts the body
    /// bytes it reads; asserts the answer is 413 KI-HOST-TOO-LARGE and returns the bytes read and the length the
    /// request declared.
    /// </summary>
    private async Task<(long BytesRead, long? Declared)> PostTwentyMegabytesRefused(bool chunked)
    {
        var meter = new BodyMeter();
        using var metered = host.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(meter)));
        using var content = new StreamContent(new CountingStream(() => (byte)'[', length: 20_000_000));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/allocations", UriKind.Relative)) { Content = content };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }
        else
        {
            content.Headers.ContentLength = 20_000_000;
        }

        HttpResponseMessage response = await metered.CreateClient().SendAsync(request);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "KI-HOST-TOO-LARGE", "$");
        return (meter.BytesRead, content.Headers.ContentLength);
    }

    [Fact]
    public async Task ProgrammerError_IsA500WithoutInternals()
    {
        using var failing = host.WithWebHostBuilder(web => web.ConfigureTestServices(
            services => services.AddSingleton<IClock>(new BrokenClock())));
        HttpClient client = failing.CreateClient();

        HttpResponseMessage response = await client.PostAsync(new Uri("/checks", UriKind.Relative), SampleHostFactory.Json(SampleHostFactory.Example("application-eligible.json")));

        JsonElement problem = await AssertProblem(response, HttpStatusCode.InternalServerError, "KI-HOST-INTERNAL", null);
        string text = problem.ToString();
        Assert.DoesNotContain(BrokenClock.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Post(string path, string body, string? language = null) =>
        Post(path, System.Text.Encoding.UTF8.GetBytes(body), language);

    private Task<HttpResponseMessage> Post(string path, byte[] body, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = SampleHostFactory.Json(body) };
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        return _client.SendAsync(request);
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code, string? location)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("reason").GetString()));
        if (location is not null)
        {
            Assert.Equal(location, problem.GetProperty("location").GetString());
        }

        // Every problem the host answers is what its OpenAPI document promises a client.
        IReadOnlyList<string> outside = OpenApiDocument.Value.Problems("Problem", problem);
        Assert.True(outside.Count == 0, $"The problem is not as the OpenAPI document describes it:\n{string.Join("\n", outside)}\n{body}");
        return problem;
    }

    /// <summary>The checked-in OpenAPI document (the one the host serves, as <see cref="OpenApiDocumentTests"/> shows).</summary>
    private static readonly Lazy<JsonSchemaCheck> OpenApiDocument = new(() =>
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SampleHostFactory.Root, "docs", "openapi", "ki-sample-host.json")));
        return JsonSchemaCheck.OfOpenApi(document.RootElement.Clone());
    });

    /// <summary>A clock with a bug whose message must not reach the client.</summary>
    private sealed class BrokenClock : IClock
    {
        public const string Secret = "connection string Server=db;Password=hunter2";

        public Instant GetCurrentInstant() => throw new InvalidOperationException(Secret);
    }

    /// <summary>Counts the request body bytes the host itself reads, in front of its whole pipeline.</summary>
    private sealed class BodyMeter : IStartupFilter
    {
        private long _read;

        public long BytesRead => Interlocked.Read(ref _read);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Request.Body = new MeteredStream(context.Request.Body, this);
                return nextMiddleware(context);
            });
            next(app);
        };

        private void Add(int read) => Interlocked.Add(ref _read, read);

        private sealed class MeteredStream(Stream inner, BodyMeter meter) : Stream
        {
            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                Count(await inner.ReadAsync(buffer, cancellationToken));

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            private int Count(int read)
            {
                meter.Add(read);
                return read;
            }
        }
    }
}
