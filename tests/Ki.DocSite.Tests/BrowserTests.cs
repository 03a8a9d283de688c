using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Ki.Domain.Tests.Conventions;
using Ki.DocSite.Tests.Support;

namespace Ki.DocSite.Tests;

/// <summary>
/// The built site in headless Chromium: the home page renders, the search page finds API pages, a type page lists
/// its members. Screenshots go to <c>artifacts/docsite/</c>.
/// </summary>
public sealed partial class BrowserTests
{
    [Fact]
    public void HomePage_RendersWithNavigationAndSearchBox()
    {
        string dom = Chromium.DumpDom(Chromium.Url("index.html"));

        Assert.Contains("<h1 id=\"ki.domain\">Ki.Domain</h1>", dom, StringComparison.Ordinal);
        Assert.Contains("id=\"search-box\"", dom, StringComparison.Ordinal);
        foreach (string ns in PublicSurface.Types.Select(t => t.Namespace!).Distinct())
        {
            Assert.Contains($"href=\"api/{ns}.html\"", dom, StringComparison.Ordinal);
        }

        string png = Path.Combine(Repository.Artifacts, "home.png");
        Chromium.Screenshot(Chromium.Url("index.html"), png);
        AssertPng(png);
    }

    [Fact]
    public void SearchPage_Euro_FindsTheEuroPageFirst()
    {
        List<string> results = SearchResults("Euro");

        Assert.Equal("api/Ki.Domain.Money.Euro.html", results[0]);
        Assert.Contains("api/Ki.Domain.Money.Euro.html#FromEuros-System.Int64", results);

        string png = Path.Combine(Repository.Artifacts, "search-euro.png");
        Chromium.Screenshot(Chromium.Url("search.html", "?q=Euro"), png);
        AssertPng(png);
    }

    [Fact]
    public void SearchPage_Allocate_FindsTheAllocationApi()
    {
        // Every type whose name, or one of whose members' names, starts with "Allocat" is an answer to this search.
        var allocating = PublicSurface.Types
            .Where(t => t.Name.StartsWith("Allocat", StringComparison.Ordinal)
                || PublicSurface.Members(t).Any(m => m.Name.StartsWith("Allocat", StringComparison.Ordinal)))
            .Select(t => "api/" + DocumentationIds.Of(t)[2..].Replace('`', '-') + ".html")
            .ToList();
        Assert.Contains("api/Ki.Domain.Allocation.Allocator.html", allocating);

        List<string> results = SearchResults("Allocate");
        Assert.Contains(results[0].Split('#')[0], allocating);
        Assert.Contains(results, r => r.Split('#')[0] == "api/Ki.Domain.Allocation.Allocator.html");
    }

    [Fact]
    public void TypePage_Euro_ListsEveryMember()
    {
        string dom = Chromium.DumpDom(Chromium.Url("api/Ki.Domain.Money.Euro.html"));

        Type euro = typeof(Ki.Domain.Money.Euro);
        foreach (MemberInfo member in PublicSurface.Members(euro))
        {
            Assert.Contains($"data-docid=\"{WebUtility.HtmlEncode(DocumentationIds.Of(member))}\"", dom, StringComparison.Ordinal);
        }

        Assert.Contains("<h2>Methods</h2>", dom, StringComparison.Ordinal);
        Assert.Contains(">FromDecimal(decimal, RoundingMode)</a>", dom, StringComparison.Ordinal);

        string png = Path.Combine(Repository.Artifacts, "euro.png");
        Chromium.Screenshot(Chromium.Url("api/Ki.Domain.Money.Euro.html"), png, height: 1400);
        AssertPng(png);
    }

    private static List<string> SearchResults(string query)
    {
        string dom = Chromium.DumpDom(Chromium.Url("search.html", "?q=" + Uri.EscapeDataString(query)));
        Match list = ResultList().Match(dom);
        Assert.True(list.Success, "The search page has no result list:\n" + dom);
        var hrefs = ResultLink().Matches(list.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.True(hrefs.Count > 0, $"Searching for \"{query}\" found nothing:\n{list.Value}");
        return hrefs;
    }

    private static void AssertPng(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes: an empty page?");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [GeneratedRegex("<ol id=\"search-results\"[^>]*>(.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex ResultList();

    [GeneratedRegex("<li><a href=\"([^\"]*)\"")]
    private static partial Regex ResultLink();
}
