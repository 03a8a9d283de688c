namespace Ki.DocSite.Pages;

/// <summary>A Markdown article from <c>docs/</c>.</summary>
/// <param name="SourcePath">The Markdown file.</param>
/// <param name="Page">The site path of the HTML page (<c>getting-started.html</c>).</param>
/// <param name="Title">The first level-1 heading, or the file name.</param>
/// <param name="Order">The navigation order from a <c>&lt;!-- nav-order: N --&gt;</c> comment; 1000 without one.</param>
/// <param name="Markdown">The text.</param>
internal sealed record Article(string SourcePath, string Page, string Title, int Order, string Markdown);
