using System.Globalization;

namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// The host runs without culture data (<c>InvariantGlobalization=true</c>, as the ASP.NET Core NativeAOT template
/// publishes), and so do these tests: the check and the award round answer with the library's German texts.
/// </summary>
public sealed class InvariantGlobalizationTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public void TestProcess_HasNoCultureData() =>
        Assert.Throws<CultureNotFoundException>(() => CultureInfo.GetCultureInfo("de-DE"));

    [Fact]
    public async Task Check_WithoutCultureData_AnswersWithTheGermanTexts()
    {
        HttpResponseMessage response = await _client.PostAsync(new Uri("/checks?on=2020-02-01", UriKind.Relative), SampleHostFactory.Json(SampleHostFactory.Example("application-not-eligible.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement decision = (await SampleHostFactory.ReadJson(response)).GetProperty("decision");
        Assert.StartsWith("Der Antrag BRA-2020-III-018 ist nicht förderfähig", decision.GetProperty("message").GetProperty("de").GetString(), StringComparison.Ordinal);
        string[] german = [.. decision.GetProperty("criteria").EnumerateArray().Select(r => r.GetProperty("message").GetProperty("de").GetString()!)];
        Assert.Contains("Höhe der beantragten Zuwendung: nicht erfüllt (4.000,00 €; verlangt: mindestens 5.000,00 €).", german);
    }

    [Fact]
    public async Task AwardRound_WithoutCultureData_AnswersWithTheGermanTexts()
    {
        HttpResponseMessage response = await _client.PostAsync(new Uri("/award-rounds", UriKind.Relative), SampleHostFactory.Json(SampleHostFactory.Example("round-komm-an-3-2020.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Die errechneten Zuwendungen (61.200,00 €) übersteigen das Budget (50.000,00 €); bewilligt 50.000,00 €, nicht verteilt 0,00 €.", body, StringComparison.Ordinal);
    }
}
