namespace Ki.Domain.SampleHost.Tests;

/// <summary>Every endpoint's happy path, as a KI app calling the host would see it: the library's own documents.</summary>
public sealed class EndpointTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task Districts_All_ReturnsTheGazetteerWithEveryDistrict()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/districts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Places.Gazetteer gazetteer = GazetteerJson.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(53, gazetteer.Districts.Length);
        Assert.Equal(Places.Gazetteer.Default.Municipalities.Length, gazetteer.Municipalities.Length);
    }

    [Fact]
    public async Task District_Soest_ReturnsItsDocumentWithItsMunicipalities()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/districts/05974", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Places.District soest = GazetteerJson.ReadDistrict(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Soest", soest.Name);
        Assert.Equal(14, soest.MunicipalityKeys.Length);
    }

    [Fact]
    public async Task Municipality_SoestTown_ReturnsItsDocument()
    {
        HttpResponseMessage response = await _client.GetAsync(new Uri("/municipalities/05974040", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Places.Municipality soest = GazetteerJson.ReadMunicipality(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("05974040", soest.Key.Code);
        Assert.Equal("05974", soest.District.Code);
    }

    [Fact]
    public async Task Allocate_OneEuroOverThree_SplitsToTheCentAndTheResultReadsBack()
    {
        AllocationRequest request = AllocationRequest.Of(
            Euro.FromCents(100),
            [new AllocationRecipient("a", 1m, "A"), new AllocationRecipient("b", 1m, "B"), new AllocationRecipient("c", 1m, "C")]);

        HttpResponseMessage response = await _client.PostAsync(new Uri("/allocations", UriKind.Relative), SampleHostFactory.Json(AllocationJson.Write(request)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AllocationResult result = AllocationJson.ReadResult(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Euro.FromCents(100), result.Allocated);
        Assert.Equal([34L, 33L, 33L], result.Lines.Select(l => l.Amount.Cents));
    }

    [Fact]
    public async Task CalculateGrant_KommAn3NinetyPercent_Returns36000()
    {
        byte[] request = GrantJson.Write(new GrantRequest(Euro.FromCents(4_000_000))
        {
            OwnContribution = Euro.FromCents(400_000),
            On = new NodaTime.LocalDate(2020, 3, 1),
        });

        HttpResponseMessage response = await _client.PostAsync(new Uri("/grants/komm-an-3", UriKind.Relative), SampleHostFactory.Json(request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        GrantResult result = GrantJson.ReadResult(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Euro.FromCents(3_600_000), result.Grant);
        Assert.Equal("komm-an-3", result.LineId);
    }

    [Theory]
    [InlineData("application-eligible.json", "KI-ELIG-ELIGIBLE")]
    [InlineData("application-not-eligible.json", "KI-ELIG-NOT-ELIGIBLE")]
    public async Task Check_ExampleApplication_ReturnsTheDecision(string file, string code)
    {
        HttpResponseMessage response = await _client.PostAsync(new Uri("/checks?on=2020-02-01", UriKind.Relative), SampleHostFactory.Json(SampleHostFactory.Example(file)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement decision = (await SampleHostFactory.ReadJson(response)).GetProperty("decision");
        Assert.Equal(code, decision.GetProperty("code").GetString());
        Assert.Equal("2020-02-01", decision.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Award_ExampleRound_AwardsNoMoreThanTheBudget()
    {
        HttpResponseMessage response = await _client.PostAsync(new Uri("/award-rounds", UriKind.Relative), SampleHostFactory.Json(SampleHostFactory.Example("round-komm-an-3-2020.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement result = await SampleHostFactory.ReadJson(response);
        Assert.Equal("komm-an-3-2020-r1", result.GetProperty("round").GetString());
        decimal budget = decimal.Parse(result.GetProperty("budget").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        decimal awarded = decimal.Parse(result.GetProperty("awarded").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(awarded, 0.01m, budget);
        Assert.NotEmpty(result.GetProperty("lines").EnumerateArray());
    }
}
