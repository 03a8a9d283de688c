using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ki.Domain.Tests.Conventions;
using Ki.DocSite.Tests.Support;

namespace Ki.DocSite.Tests;

/// <summary>
/// The docs site as docfx builds it from the XML comments and the articles: no warning, a page and an anchor for every
/// public type and member, every link resolves, the search index knows the German domain terms and the API names.
/// </summary>
public sealed partial class SiteTests
{
    [Fact]
    public void Docfx_BuildsWithoutAnyWarning()
    {
        // Broken xrefs (<see cref>, xref: links in articles), broken file links and bookmarks are docfx warnings.
        Assert.True(DocfxSite.Log.Warnings.Count == 0, "docfx warned:\n" + string.Join('\n', DocfxSite.Log.Warnings));
    }

    [Fact]
    public void ApiPages_EveryPublicTypeAndMemberHasAPageAndAnchor()
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        string Page(string file) => pages.TryGetValue(file, out string? text) ? text : pages[file] = DocfxSite.Read(file);

        foreach (Type type in PublicSurface.Types)
        {
            string typeId = DocumentationIds.Of(type);
            Assert.True(DocfxSite.HrefByCommentId.TryGetValue(typeId, out string? typeHref), $"{type.FullName} is not in the site's xref map.");
            Assert.True(File.Exists(DocfxSite.File(typeHref!)), $"{type.FullName} has no page {typeHref}.");

            foreach (MemberInfo member in PublicSurface.Members(type))
            {
                string id = DocumentationIds.Of(member);
                Assert.True(DocfxSite.HrefByCommentId.TryGetValue(id, out string? href), $"{id} is not in the site's xref map.");
                string[] parts = href!.Split('#');
                Assert.True(parts.Length == 2, $"{id} has no anchor: {href}");
                Assert.True(
                    Page(parts[0]).Contains($"id=\"{parts[1]}\"", StringComparison.Ordinal),
                    $"The page {parts[0]} has no anchor {parts[1]} for {id}.");
            }
        }
    }

    [Fact]
    public void EuroPage_RendersTheDocCommentElements()
    {
        string page = DocfxSite.Read("api/Ki.Domain.Money.Euro.html");

        // <see cref> to a member of the library is a link; to the framework, a link to the .NET API browser.
        Assert.Matches("<a class=\"xref\" href=\"Ki\\.Domain\\.Money\\.Euro\\.html#Ki_Domain_Money_Euro_Zero\">", page);
        Assert.Contains("https://learn.microsoft.com/dotnet/api/system.overflowexception", page, StringComparison.Ordinal);
        Assert.Contains("<h4 class=\"section\">Exceptions</h4>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"Ki_Domain_Money_Euro_examples\">Examples</h2>", page, StringComparison.Ordinal);
        Assert.Contains("public readonly struct Euro", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ki.Domain.Money.Euro")]
    [InlineData("Ki.Domain.Allocation.Allocator")]
    [InlineData("Ki.Domain.Allocation.AllocationRequest")]
    [InlineData("Ki.Domain.Eligibility.EligibilityEvaluator")]
    [InlineData("Ki.Domain.Programmes.GrantCalculator")]
    [InlineData("Ki.Domain.Awards.AwardAllocator")]
    [InlineData("Ki.Domain.DependencyInjection.KiDomainServiceCollectionExtensions")]
    public void MainTypes_HaveAnExampleOnTheirPage(string type)
    {
        string page = DocfxSite.Read($"api/{type}.html");
        Match example = ExampleSection().Match(page);
        Assert.True(example.Success, $"The page of {type} has no Examples section.");
        Assert.Contains("<pre><code class=\"lang-csharp\">", example.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_EveryInternalLinkAndAnchorResolves()
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var set) ? set
            : ids[file] = [.. IdAttribute().Matches(File.ReadAllText(file)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

        string folder = DocfxSite.Folder;
        int checkedLinks = 0;
        foreach (string html in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in LinkAttribute().Matches(File.ReadAllText(html)))
            {
                string target = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal))
                {
                    continue; // external (https:, mailto:, javascript:) or empty
                }

                checkedLinks++;
                string[] parts = target.Split('#', 2);
                string path = parts[0].Split('?')[0];
                string file = path.Length == 0 ? html : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(html)!, Uri.UnescapeDataString(path)));
                if (Directory.Exists(file))
                {
                    file = Path.Combine(file, "index.html");
                }

                if (!File.Exists(file))
                {
                    broken.Add($"{Path.GetRelativePath(folder, html)}: {target} (no such file)");
                }
                else if (parts.Length == 2 && parts[1].Length > 0 && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file).Contains(Uri.UnescapeDataString(parts[1])))
                {
                    broken.Add($"{Path.GetRelativePath(folder, html)}: {target} (no such anchor)");
                }
            }
        }

        Assert.True(checkedLinks > 1000, $"Only {checkedLinks} internal links checked: is the site complete?");
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join('\n', broken.Distinct().Take(50)));
    }

    [Theory]
    [InlineData("Sockelbetrag")]
    [InlineData("Bagatellgrenze")]
    [InlineData("Zuwendung")]
    [InlineData("Weiterleitung")]
    public void SearchIndex_FindsGermanDomainTermsInArticles(string term)
    {
        JsonObject index = JsonNode.Parse(DocfxSite.Read("index.json"))!.AsObject();
        var pages = index.Where(e => ((string?)e.Value!["summary"] ?? string.Empty).Contains(term, StringComparison.Ordinal)).Select(e => e.Key).ToList();
        Assert.Contains(pages, p => !p.StartsWith("api/", StringComparison.Ordinal));
    }

    [Fact]
    public void SearchIndex_HasEveryTypePage()
    {
        JsonObject index = JsonNode.Parse(DocfxSite.Read("index.json"))!.AsObject();
        foreach (Type type in PublicSurface.Types)
        {
            string href = DocfxSite.HrefByCommentId[DocumentationIds.Of(type)];
            Assert.True(index.ContainsKey(href), $"The search index lacks {href}.");
        }
    }

    [Fact]
    public void Articles_AreRenderedWithXrefLinksIntoTheApi()
    {
        string start = DocfxSite.Read("getting-started.html");
        Assert.Contains("<h1 id=\"getting-started\">Getting started</h1>", start, StringComparison.Ordinal);
        Assert.Contains("href=\"api/Ki.Domain.Money.Euro.html\"", start, StringComparison.Ordinal);
        Assert.Contains("class=\"lang-csharp\"", start, StringComparison.Ordinal);
        Assert.Contains("href=\"glossary.html\"", DocfxSite.Read("index.html"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<h2 id=\"[A-Za-z_]+_examples\">Examples</h2>(.*?)(<h2|</article>)", RegexOptions.Singleline)]
    private static partial Regex ExampleSection();

    [GeneratedRegex("\\s(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
