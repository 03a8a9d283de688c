using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Ki.DocSite.Api;

/// <summary>
/// Turns the elements of an XML doc comment into HTML for one page: <c>&lt;para&gt;</c>, <c>&lt;c&gt;</c>,
/// <c>&lt;code&gt;</c>, <c>&lt;see&gt;</c>, <c>&lt;paramref&gt;</c>, <c>&lt;list&gt;</c> and the rest; crefs become
/// links, and every cref that leads nowhere is reported.
/// </summary>
internal sealed class DocHtml
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal) { "para", "code", "list" };

    private readonly SiteLinks _links;
    private readonly string _page;
    private readonly string _owner;
    private readonly SiteProblems _problems;

    /// <summary>Creates a renderer for one page.</summary>
    /// <param name="links">The site's link map.</param>
    /// <param name="page">The site path of the page being written.</param>
    /// <param name="owner">The documentation ID of the symbol whose comment is rendered, for problem reports.</param>
    /// <param name="problems">Where broken crefs are reported.</param>
    public DocHtml(SiteLinks links, string page, string owner, SiteProblems problems)
    {
        _links = links;
        _page = page;
        _owner = owner;
        _problems = problems;
    }

    /// <summary>Renders an element's content as blocks (paragraphs, code, lists).</summary>
    /// <param name="element">The element, such as <c>&lt;remarks&gt;</c>; <c>null</c> gives an empty string.</param>
    /// <returns>The HTML.</returns>
    public string Blocks(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        var paragraph = new StringBuilder();
        foreach (XNode node in element.Nodes())
        {
            if (node is XElement e && BlockElements.Contains(e.Name.LocalName))
            {
                Flush(paragraph, html);
                html.Append(Block(e));
            }
            else
            {
                paragraph.Append(Inline(node));
            }
        }

        Flush(paragraph, html);
        return html.ToString();
    }

    /// <summary>Renders an element's content on one line, for tables (paragraph breaks become spaces).</summary>
    /// <param name="element">The element; <c>null</c> gives an empty string.</param>
    /// <returns>The HTML.</returns>
    public string Inline(XElement? element) =>
        element is null ? string.Empty : CollapseSpaces(string.Concat(element.Nodes().Select(Inline))).Trim();

    /// <summary>The plain text of an element (for the search index), whitespace collapsed.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The text.</returns>
    public static string PlainText(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (XNode node in element.DescendantNodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement { IsEmpty: true } e)
            {
                string? cref = e.Attribute("cref")?.Value;
                text.Append(e.Attribute("langword")?.Value ?? e.Attribute("name")?.Value ?? (cref is null ? null : ShortCref(cref)));
            }
        }

        return CollapseSpaces(text.ToString()).Trim();
    }

    /// <summary>Renders a cref as a link (or as code when it points outside this library and the framework).</summary>
    /// <param name="cref">The cref as the compiler wrote it.</param>
    /// <param name="text">Text that replaces the symbol's name, or <c>null</c>.</param>
    /// <returns>The HTML.</returns>
    public string Cref(string cref, string? text = null)
    {
        CrefTarget target = _links.Resolve(cref);
        string label = text is { Length: > 0 } ? Encode(text) : $"<code>{Encode(target.Display)}</code>";
        if (target.Problem is { } problem)
        {
            _problems.Report(_page, _owner, $"cref '{cref}' is broken: {problem}");
            return $"<span class=\"broken-cref\">{label}</span>";
        }

        return target.Href switch
        {
            null => label,
            string href when target.IsInternal => $"<a class=\"xref\" href=\"{Encode(SitePaths.Relative(_page, href))}\">{label}</a>",
            string url => $"<a class=\"xref external\" href=\"{Encode(url)}\">{label}</a>",
        };
    }

    /// <summary>HTML-encodes text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private string Block(XElement element) => element.Name.LocalName switch
    {
        "para" => Blocks(element) is { Length: > 0 } inner ? (inner.StartsWith("<p>", StringComparison.Ordinal) ? inner : $"<p>{inner}</p>") : string.Empty,
        "code" => $"<pre><code class=\"language-csharp\">{Encode(Dedent(element.Value))}</code></pre>",
        "list" => List(element),
        _ => Inline(element),
    };

    private static void Flush(StringBuilder paragraph, StringBuilder html)
    {
        string text = CollapseSpaces(paragraph.ToString()).Trim();
        if (text.Length > 0)
        {
            html.Append("<p>").Append(text).Append("</p>");
        }

        paragraph.Clear();
    }

    private string Inline(XNode node) => node switch
    {
        XText text => Encode(text.Value),
        XElement element => InlineElement(element),
        _ => string.Empty,
    };

    private string Children(XElement element) => string.Concat(element.Nodes().Select(Inline));

    private string InlineElement(XElement e) => e.Name.LocalName switch
    {
        "c" => $"<code>{Children(e)}</code>",
        "code" => $"<code>{Encode(e.Value.Trim())}</code>",
        "para" => " " + Children(e) + " ",
        "see" or "seealso" => See(e),
        "paramref" or "typeparamref" => $"<code class=\"paramref\">{Encode(e.Attribute("name")?.Value ?? string.Empty)}</code>",
        "b" or "strong" => $"<strong>{Children(e)}</strong>",
        "i" or "em" => $"<em>{Children(e)}</em>",
        "br" => "<br>",
        "a" when e.Attribute("href") is { } href => $"<a href=\"{Encode(href.Value)}\">{Children(e)}</a>",
        "list" => List(e),
        _ => Children(e),
    };

    private string See(XElement e)
    {
        string text = e.Value.Trim();
        if (e.Attribute("cref")?.Value is { } cref)
        {
            return Cref(cref, text.Length > 0 ? text : null);
        }

        if (e.Attribute("langword")?.Value is { } word)
        {
            return $"<code>{Encode(word)}</code>";
        }

        if (e.Attribute("href")?.Value is { } href)
        {
            return $"<a href=\"{Encode(href)}\">{Encode(text.Length > 0 ? text : href)}</a>";
        }

        return Encode(text);
    }

    private string List(XElement list)
    {
        string type = list.Attribute("type")?.Value ?? "bullet";
        var html = new StringBuilder();
        if (type == "table")
        {
            html.Append("<table class=\"doc-list\">");
            if (list.Element("listheader") is { } header)
            {
                html.Append("<thead><tr><th>").Append(Inline(header.Element("term"))).Append("</th><th>")
                    .Append(Inline(header.Element("description"))).Append("</th></tr></thead>");
            }

            html.Append("<tbody>");
            foreach (XElement item in list.Elements("item"))
            {
                html.Append("<tr><td>").Append(Inline(item.Element("term"))).Append("</td><td>")
                    .Append(Inline(item.Element("description") ?? item)).Append("</td></tr>");
            }

            return html.Append("</tbody></table>").ToString();
        }

        string tag = type == "number" ? "ol" : "ul";
        html.Append('<').Append(tag).Append('>');
        foreach (XElement item in list.Elements("item"))
        {
            html.Append("<li>");
            if (item.Element("term") is { } term)
            {
                html.Append("<strong>").Append(Inline(term)).Append("</strong>: ").Append(Inline(item.Element("description")));
            }
            else
            {
                html.Append(Inline(item.Element("description") ?? item));
            }

            html.Append("</li>");
        }

        return html.Append("</").Append(tag).Append('>').ToString();
    }

    private static string ShortCref(string cref)
    {
        string name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        int paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            result.Append(c);
        }

        if (space)
        {
            result.Append(' ');
        }

        return result.ToString();
    }

    private static string Dedent(string code)
    {
        string[] lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int start = 0;
        int end = lines.Length;
        while (start < end && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        string[] body = lines[start..end];
        int indent = body.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.TrimEnd()));
    }
}
