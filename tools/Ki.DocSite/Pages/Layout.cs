using System.Text;
using Ki.DocSite.Api;

namespace Ki.DocSite.Pages;

/// <summary>The frame every page shares: header with the search box, the sidebar navigation, the footer.</summary>
internal sealed class Layout
{
    private readonly string _siteTitle;
    private readonly string _version;
    private readonly IReadOnlyList<NavEntry> _articles;
    private readonly IReadOnlyList<NavEntry> _namespaces;

    /// <summary>Creates the layout.</summary>
    /// <param name="siteTitle">The library's name.</param>
    /// <param name="version">The library's version.</param>
    /// <param name="articles">The articles, in navigation order.</param>
    /// <param name="namespaces">The namespaces with their types.</param>
    public Layout(string siteTitle, string version, IReadOnlyList<NavEntry> articles, IReadOnlyList<NavEntry> namespaces)
    {
        _siteTitle = siteTitle;
        _version = version;
        _articles = articles;
        _namespaces = namespaces;
    }

    /// <summary>Writes a whole HTML page.</summary>
    /// <param name="page">The page's site path.</param>
    /// <param name="title">The page title.</param>
    /// <param name="body">The HTML of the main column.</param>
    /// <returns>The HTML document.</returns>
    public string Render(string page, string title, string body)
    {
        string root = SitePaths.Root(page);
        string E(string s) => DocHtml.Encode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\" data-root=\"").Append(E(root)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" – ").Append(E(_siteTitle)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(root).Append("assets/site.css\">\n")
            .Append("<script src=\"").Append(root).Append("assets/search-index.js\" defer></script>\n")
            .Append("<script src=\"").Append(root).Append("assets/site.js\" defer></script>\n")
            .Append("</head>\n<body>\n<header class=\"top\">\n")
            .Append("<a class=\"brand\" href=\"").Append(root).Append("index.html\">").Append(E(_siteTitle)).Append("</a>")
            .Append("<span class=\"version\">").Append(E(_version)).Append("</span>\n")
            .Append("<form class=\"search\" role=\"search\" action=\"").Append(root).Append("search.html\" method=\"get\">")
            .Append("<input id=\"search-box\" type=\"search\" name=\"q\" placeholder=\"Search types and members\" autocomplete=\"off\" aria-label=\"Search types and members\">")
            .Append("<ul id=\"search-suggestions\" class=\"suggestions\" hidden></ul></form>\n</header>\n")
            .Append("<div class=\"layout\">\n<nav class=\"sidebar\" aria-label=\"Site\">\n");
        AppendNav(html, page);
        html.Append("</nav>\n<main id=\"content\">\n").Append(body).Append("\n</main>\n</div>\n")
            .Append("<footer>").Append(E(_siteTitle)).Append(' ').Append(E(_version))
            .Append(" · generated from the XML doc comments and the articles in <code>docs/</code></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void AppendNav(StringBuilder html, string page)
    {
        html.Append("<h2>Articles</h2>\n<ul class=\"nav-articles\">\n");
        foreach (NavEntry article in _articles)
        {
            AppendLink(html, page, article);
        }

        html.Append("</ul>\n<h2>API reference</h2>\n<ul class=\"nav-api\">\n");
        foreach (NavEntry ns in _namespaces)
        {
            bool open = ns.Path == page || ns.Children.Any(c => c.Path == page);
            html.Append("<li><details").Append(open ? " open" : string.Empty).Append("><summary>");
            html.Append(Link(page, ns)).Append("</summary>\n<ul>\n");
            foreach (NavEntry type in ns.Children)
            {
                AppendLink(html, page, type);
            }

            html.Append("</ul></details></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AppendLink(StringBuilder html, string page, NavEntry entry) =>
        html.Append("<li>").Append(Link(page, entry)).Append("</li>\n");

    private static string Link(string page, NavEntry entry) =>
        $"<a href=\"{DocHtml.Encode(SitePaths.Relative(page, entry.Path))}\"{(entry.Path == page ? " class=\"current\" aria-current=\"page\"" : string.Empty)}>{DocHtml.Encode(entry.Title)}</a>";
}
