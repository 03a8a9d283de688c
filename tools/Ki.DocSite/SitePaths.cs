namespace Ki.DocSite;

/// <summary>Relative links between pages of the site.</summary>
internal static class SitePaths
{
    /// <summary>The link from one page to a site path, such as <c>../api/Ki.Domain.Money.Euro.html#Plus</c>.</summary>
    /// <param name="fromPage">The site path of the page that holds the link (<c>api/Ki.Domain.Money.html</c>).</param>
    /// <param name="target">The site path it points at, optionally with an anchor.</param>
    /// <returns>The relative link.</returns>
    public static string Relative(string fromPage, string target)
    {
        string[] from = fromPage.Split('/');
        string[] to = target.Split('/');
        int common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        IEnumerable<string> up = Enumerable.Repeat("..", from.Length - 1 - common);
        return string.Join('/', up.Concat(to.Skip(common)));
    }

    /// <summary>The prefix that leads from a page to the site root (<c>../</c> for <c>api/x.html</c>).</summary>
    /// <param name="page">The page's site path.</param>
    /// <returns>The prefix, empty at the root.</returns>
    public static string Root(string page) => string.Concat(Enumerable.Repeat("../", page.Count(c => c == '/')));
}
