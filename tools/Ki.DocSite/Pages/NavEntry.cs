namespace Ki.DocSite.Pages;

/// <summary>One link in the sidebar.</summary>
/// <param name="Path">The site path.</param>
/// <param name="Title">The text.</param>
/// <param name="Children">Entries below it (the types of a namespace).</param>
internal sealed record NavEntry(string Path, string Title, IReadOnlyList<NavEntry> Children);
