using System.Net;
using System.Text.RegularExpressions;

namespace Ki.DocSite;

/// <summary>
/// Checks every <c>href</c> and <c>src</c> in the HTML files of a site: a relative link must name a file that exists
/// and, with an anchor, an element with that <c>id</c> in it. Web links (<c>https:</c>) are not followed.
/// </summary>
internal static partial class LinkChecker
{
    /// <summary>Checks a site folder.</summary>
    /// <param name="site">The folder.</param>
    /// <returns>One line per broken link (<c>page: href: reason</c>); empty when all resolve.</returns>
    public static IReadOnlyList<string> Check(string site)
    {
        site = Path.GetFullPath(site);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (string page in pages)
        {
            string html = File.ReadAllText(page);
            string name = Path.GetRelativePath(site, page).Replace('\\', '/');
            foreach (Match link in Links().Matches(html))
            {
                string href = WebUtility.HtmlDecode(link.Groups[2].Value);
                if (Problem(site, page, href, ids) is { } problem)
                {
                    broken.Add($"{name}: {href}: {problem}");
                }
            }
        }

        return broken;
    }

    /// <summary>Checks one link as if it stood on a page of the site.</summary>
    /// <param name="site">The site folder.</param>
    /// <param name="page">The site path of the page (<c>index.html</c>).</param>
    /// <param name="href">The link.</param>
    /// <returns>Why it is broken, or <c>null</c>.</returns>
    public static string? CheckLink(string site, string page, string href)
    {
        site = Path.GetFullPath(site);
        return Problem(site, Path.Combine(site, page), href, new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
    }

    private static string? Problem(string site, string page, string href, Dictionary<string, HashSet<string>> ids)
    {
        if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal)
            || href.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
        }

        if (Scheme().IsMatch(href))
        {
            return "a link with a scheme the site cannot serve";
        }

        int hash = href.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? href : href[..hash];
        string fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(href[(hash + 1)..]);
        int query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        string target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        if (!target.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "points outside the site";
        }

        if (!File.Exists(target))
        {
            return "no such file";
        }

        if (fragment.Length == 0 || !target.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        if (!ids.TryGetValue(target, out HashSet<string>? known))
        {
            known = new HashSet<string>(
                Ids().Matches(File.ReadAllText(target)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)),
                StringComparer.Ordinal);
            ids[target] = known;
        }

        return known.Contains(fragment) ? null : $"no element with id '{fragment}'";
    }

    [GeneratedRegex("\\s(href|src)=\"([^\"]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
