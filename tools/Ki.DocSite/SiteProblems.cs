namespace Ki.DocSite;

/// <summary>Collects what is wrong with the docs while the site is written: broken crefs and article links.</summary>
internal sealed class SiteProblems
{
    private readonly List<string> _items = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Every problem, as one line each (<c>page: where: what</c>), in the order found.</summary>
    public IReadOnlyList<string> Items => _items;

    /// <summary>Records a problem.</summary>
    /// <param name="page">The site path of the page.</param>
    /// <param name="where">The documentation ID or article section where it was found.</param>
    /// <param name="message">What is wrong.</param>
    public void Report(string page, string where, string message)
    {
        string item = $"{page}: {where}: {message}";
        if (_seen.Add(item))
        {
            _items.Add(item);
        }
    }
}
