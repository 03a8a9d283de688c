namespace Ki.DocSite.Pages;

/// <summary>One entry of the client-side search index.</summary>
/// <param name="Name">The short name a search matches first (<c>Euro</c>, <c>Allocate</c>).</param>
/// <param name="Title">The full name shown in the results (<c>Euro.Plus(Euro)</c>).</param>
/// <param name="Kind">The kind (<c>struct</c>, <c>method</c>, <c>namespace</c>, <c>article</c>).</param>
/// <param name="Path">The site path, with anchor for members.</param>
/// <param name="Summary">The first sentence of the summary, as plain text.</param>
internal sealed record SearchEntry(string Name, string Title, string Kind, string Path, string Summary);
