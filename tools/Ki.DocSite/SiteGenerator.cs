using System.Text;
using Ki.DocSite.Api;
using Ki.DocSite.Pages;
using Microsoft.CodeAnalysis;

namespace Ki.DocSite;

/// <summary>Builds the whole site: API pages, articles, home and search pages, assets, then checks every link.</summary>
internal static class SiteGenerator
{
    /// <summary>The file that marks a folder as a site this tool wrote, so that a rebuild may empty it.</summary>
    public const string Marker = ".ki-docsite";

    /// <summary>The site path of the search page, which reads <c>?q=</c> on load.</summary>
    public const string SearchPage = "search.html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Generates the site.</summary>
    /// <param name="options">The inputs and the output folder.</param>
    /// <returns>What was written and what is broken.</returns>
    /// <exception cref="FileNotFoundException">The assembly or its XML doc file does not exist.</exception>
    /// <exception cref="IOException">The output folder holds files that this tool did not write.</exception>
    public static SiteReport Generate(SiteOptions options)
    {
        ApiLibrary library = ApiLibrary.Load(options.AssemblyPath, options.XmlPath, options.References);
        var links = new SiteLinks(library);
        var problems = new SiteProblems();
        var api = new ApiPages(library, links, problems);
        IReadOnlyList<Article> articles = ArticlePages.Find(options.DocsFolder);
        string title = library.Assembly.Name;

        var articleNav = new List<NavEntry> { new("index.html", "Home", []) };
        articleNav.AddRange(articles.Where(a => a.Page != "index.html").Select(a => new NavEntry(a.Page, a.Title, [])));
        var layout = new Layout(title, library.Version, articleNav, api.Navigation());

        string output = PrepareOutput(options.OutputFolder);
        int pages = 0;
        void Write(string page, string pageTitle, string body)
        {
            string path = Path.Combine(output, page.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, layout.Render(page, pageTitle, body), Utf8);
            pages++;
        }

        var search = new List<SearchEntry>();
        int members = 0;
        foreach (string ns in library.Namespaces)
        {
            Write(SiteLinks.NamespacePage(ns), ns + " namespace", api.NamespacePage(ns));
            search.Add(new SearchEntry(ns, ns, "namespace", SiteLinks.NamespacePage(ns), string.Empty));
        }

        foreach (INamedTypeSymbol type in library.Types)
        {
            Write(SiteLinks.TypePage(type), $"{type.ToDisplayString(Formats.CrefType)} {SignatureHtml.KindWord(type)}", api.TypePage(type));
            search.AddRange(api.SearchEntries(type));
            members += ApiLibrary.Members(type).Count();
        }

        Article? home = null;
        foreach (Article article in articles)
        {
            string body = ArticlePages.Render(article, links, problems);
            if (article.Page == "index.html")
            {
                home = article;
                body += HomeOverview(library, api, articles);
            }

            Write(article.Page, article.Title, $"<article class=\"article\">\n{body}</article>");
            search.Add(new SearchEntry(article.Title, article.Title, "article", article.Page, string.Empty));
        }

        if (home is null)
        {
            Write("index.html", title, $"<h1>{DocHtml.Encode(title)}</h1>\n{HomeOverview(library, api, articles)}");
        }

        Write(SearchPage, "Search", SearchBody());
        CopyStaticFiles(options.DocsFolder, output);
        string assets = Path.Combine(output, "assets");
        Directory.CreateDirectory(assets);
        SiteAssets.WriteEmbedded(assets);
        SiteAssets.WriteSearchIndex(Path.Combine(assets, "search-index.js"), search);

        var broken = LinkChecker.Check(output).ToList();
        broken.AddRange(search
            .Select(e => (e.Path, Problem: LinkChecker.CheckLink(output, "index.html", e.Path)))
            .Where(x => x.Problem is not null)
            .Select(x => $"assets/search-index.js: {x.Path}: {x.Problem}"));

        return new SiteReport(output, pages, library.Namespaces.Length, library.Types.Length, members, articles.Count, search.Count, problems.Items, broken);
    }

    private static string HomeOverview(ApiLibrary library, ApiPages api, IReadOnlyList<Article> articles)
    {
        var html = new StringBuilder();
        html.Append("<section class=\"overview\"><h2 id=\"api-reference\">API reference</h2>\n<table class=\"member-table\"><tbody>\n");
        foreach (string ns in library.Namespaces)
        {
            var types = api.TypesIn(ns).ToList();
            html.Append("<tr><td><a href=\"").Append(DocHtml.Encode(SiteLinks.NamespacePage(ns))).Append("\">").Append(DocHtml.Encode(ns))
                .Append("</a></td><td>").AppendJoin(", ", types.Select(t =>
                    $"<a href=\"{DocHtml.Encode(SiteLinks.TypePage(t))}\">{DocHtml.Encode(t.ToDisplayString(Formats.CrefType))}</a>"))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
        var others = articles.Where(a => a.Page != "index.html").ToList();
        if (others.Count > 0)
        {
            html.Append("<section class=\"overview\"><h2 id=\"articles\">Articles</h2>\n<ul>\n");
            foreach (Article a in others)
            {
                html.Append("<li><a href=\"").Append(DocHtml.Encode(a.Page)).Append("\">").Append(DocHtml.Encode(a.Title)).Append("</a></li>\n");
            }

            html.Append("</ul></section>\n");
        }

        return html.ToString();
    }

    private static string SearchBody() =>
        "<h1>Search</h1>\n<p id=\"search-status\">Type a name in the search box: types, members, namespaces and articles are found.</p>\n"
        + "<ol id=\"search-results\" class=\"search-results\"></ol>\n"
        + "<noscript><p>The search needs JavaScript; the navigation on the left lists every namespace and type.</p></noscript>";

    private static string PrepareOutput(string folder)
    {
        string output = Path.GetFullPath(folder);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, Marker)))
            {
                throw new IOException($"The output folder {output} holds files that Ki.DocSite did not write; choose an empty or new folder.");
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, Marker), "Written by Ki.DocSite; the next run empties this folder.\n", Utf8);
        return output;
    }

    private static void CopyStaticFiles(string docs, string output)
    {
        if (!Directory.Exists(docs))
        {
            return;
        }

        string outputFull = Path.GetFullPath(output) + Path.DirectorySeparatorChar;
        foreach (string file in Directory.EnumerateFiles(docs, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(docs, file).Replace('\\', '/');
            if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !ArticlePages.IsSource(relative)
                || Path.GetFullPath(file).StartsWith(outputFull, StringComparison.Ordinal))
            {
                continue;
            }

            string target = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
