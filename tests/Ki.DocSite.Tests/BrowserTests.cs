using System.Text.Json;
using Ki.DocSite.Tests.Support;

namespace Ki.DocSite.Tests;

/// <summary>
/// The docfx site in headless Chromium, served on the loopback interface as a reader's web server would: the search box
/// finds German domain terms in articles and API names, a type page shows its members and its on-page table of
/// contents, and the pages fit a 400 px wide phone screen. Screenshots go to <c>artifacts/docsite/</c>.
/// </summary>
public sealed class BrowserTests
{
    private const string Search = """
        (async () => {
          const wait = async (ok, what) => {
            for (let i = 0; i < 1200; i++) { if (ok()) return; await new Promise(r => setTimeout(r, 50)); }
            throw new Error('timed out waiting for ' + what);
          };
          await wait(() => window.docfx && window.docfx.searchReady, 'the search index');
          window.docfx.searchResultReady = false;
          const box = document.getElementById('search-query');
          box.value = QUERY;
          box.dispatchEvent(new Event('input'));
          await wait(() => window.docfx.searchResultReady, 'the search results');
          return JSON.stringify([...document.querySelectorAll('#search-results .sr-item .item-title a')].map(a => a.getAttribute('href')));
        })()
        """;

    [Fact]
    public void Search_Sockelbetrag_FindsTheArticlesThatExplainIt()
    {
        List<string> results = SearchFor("Sockelbetrag", "search-sockelbetrag.png");

        Assert.Contains(results, r => r.StartsWith("allocation.html", StringComparison.Ordinal));
        Assert.Contains(results, r => r.StartsWith("glossary.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Allocate_FindsTheAllocatorPage()
    {
        List<string> results = SearchFor("Allocate", "search-allocate.png");

        Assert.Contains(results, r => r.StartsWith("api/Ki.Domain.Allocation.Allocator.html", StringComparison.Ordinal));
    }

    [Fact]
    public void TypePage_Euro_ShowsMembersAndAnOnPageTableOfContents()
    {
        using Chromium browser = Chromium.Start();
        browser.Navigate(StaticServer.Site.Url("api/Ki.Domain.Money.Euro.html"));

        string title = browser.Evaluate("document.querySelector('article h1').textContent.trim()");
        Assert.Contains("Euro", title, StringComparison.Ordinal);

        // The members are on the page, each with its own heading at the anchor docfx's xref map gives.
        foreach (string id in new[] { "M:Ki.Domain.Money.Euro.FromCents(System.Int64)", "P:Ki.Domain.Money.Euro.Cents" })
        {
            string anchor = DocfxSite.HrefByCommentId[id].Split('#')[1];
            Assert.Equal("H3", browser.Evaluate($"(document.getElementById('{anchor}') || {{}}).tagName || 'missing'"));
        }

        int parseOverloads = int.Parse(browser.Evaluate("String([...document.querySelectorAll('article h3')].filter(h => h.textContent.trim().startsWith('Parse(')).length)"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(parseOverloads >= 2, $"The Euro page shows {parseOverloads} Parse overloads.");

        // The "In this article" table of contents is built by the page's script from the headings.
        string toc = WaitFor(browser, "document.querySelectorAll('#affix a').length");
        Assert.True(int.Parse(toc, System.Globalization.CultureInfo.InvariantCulture) >= 5, $"The on-page table of contents has {toc} links.");

        browser.Screenshot(Path.Combine(Repository.Artifacts, "euro.png"));
        AssertPng(Path.Combine(Repository.Artifacts, "euro.png"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("allocation.html")]
    [InlineData("api/Ki.Domain.Money.Euro.html")]
    public void Pages_FitAPhoneScreen400PixelsWide(string page)
    {
        using Chromium browser = Chromium.Start();
        browser.SetViewport(400, 800);
        browser.Navigate(StaticServer.Site.Url(page));

        string width = browser.Evaluate("String(Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))");
        Assert.True(int.Parse(width, System.Globalization.CultureInfo.InvariantCulture) <= 400, $"{page} is {width} px wide on a 400 px screen: it scrolls sideways.");

        string png = Path.Combine(Repository.Artifacts, "narrow-" + page.Replace('/', '-').Replace(".html", ".png", StringComparison.Ordinal));
        browser.Screenshot(png);
        AssertPng(png);
    }

    private static List<string> SearchFor(string query, string screenshot)
    {
        using Chromium browser = Chromium.Start();
        browser.Navigate(StaticServer.Site.Url("index.html"));
        string json = browser.Evaluate(Search.Replace("QUERY", JsonSerializer.Serialize(query), StringComparison.Ordinal));
        List<string> results = JsonSerializer.Deserialize<List<string>>(json)!;
        Assert.True(results.Count > 0, $"Searching for \"{query}\" found nothing.");

        string png = Path.Combine(Repository.Artifacts, screenshot);
        browser.Screenshot(png);
        AssertPng(png);
        return results;
    }

    private static string WaitFor(Chromium browser, string countExpression) => browser.Evaluate($$"""
        (async () => {
          for (let i = 0; i < 200; i++) { const n = {{countExpression}}; if (n > 0) return String(n); await new Promise(r => setTimeout(r, 50)); }
          return String({{countExpression}});
        })()
        """);

    private static void AssertPng(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes: an empty page?");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }
}
