namespace Ki.DocSite;

/// <summary>What a run of the generator wrote and what it found wrong.</summary>
/// <param name="OutputFolder">The site folder.</param>
/// <param name="Pages">The number of HTML pages written.</param>
/// <param name="Namespaces">The number of namespace pages.</param>
/// <param name="Types">The number of type pages.</param>
/// <param name="Members">The number of documented members.</param>
/// <param name="Articles">The number of articles.</param>
/// <param name="SearchEntries">The number of entries in the search index.</param>
/// <param name="DocProblems">Broken crefs and article links, one line each.</param>
/// <param name="BrokenLinks">Links in the written pages or search index that lead nowhere, one line each.</param>
internal sealed record SiteReport(
    string OutputFolder,
    int Pages,
    int Namespaces,
    int Types,
    int Members,
    int Articles,
    int SearchEntries,
    IReadOnlyList<string> DocProblems,
    IReadOnlyList<string> BrokenLinks)
{
    /// <summary>Whether the site is complete: no broken cref, article link or page link.</summary>
    public bool IsClean => DocProblems.Count == 0 && BrokenLinks.Count == 0;
}
