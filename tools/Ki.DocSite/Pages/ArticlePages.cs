using System.Globalization;
using System.Text.RegularExpressions;
using Ki.DocSite.Api;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ki.DocSite.Pages;

/// <summary>Finds the Markdown articles in <c>docs/</c> and renders them with Markdig, links rewritten for the site.</summary>
internal static partial class ArticlePages
{
    /// <summary>The prefix of a link to an API symbol in an article: <c>[Euro](xref:Ki.Domain.Money.Euro)</c>.</summary>
    public const string XrefScheme = "xref:";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Whether a path below <c>docs/</c> belongs to the sources (not the output or a hidden folder).</summary>
    /// <param name="relativePath">The path relative to <c>docs/</c>, with <c>/</c> separators.</param>
    /// <returns>Whether it is a source.</returns>
    public static bool IsSource(string relativePath) => !relativePath.Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.'));

    /// <summary>Reads every article below a folder.</summary>
    /// <param name="docs">The docs folder; a missing folder has no articles.</param>
    /// <returns>The articles: the home page (<c>index.md</c>) first, then by navigation order and path.</returns>
    public static IReadOnlyList<Article> Find(string docs)
    {
        if (!Directory.Exists(docs))
        {
            return [];
        }

        var articles = new List<Article>();
        foreach (string file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(docs, file).Replace('\\', '/');
            if (!IsSource(relative))
            {
                continue;
            }

            string markdown = File.ReadAllText(file);
            string page = relative[..^3] + ".html";
            Match order = NavOrder().Match(markdown);
            string? title = FirstHeading(markdown);
            articles.Add(new Article(
                file,
                page,
                title ?? Path.GetFileNameWithoutExtension(file),
                order.Success ? int.Parse(order.Groups[1].Value, CultureInfo.InvariantCulture) : 1000,
                markdown));
        }

        return [.. articles.OrderBy(a => a.Page == "index.html" ? 0 : 1).ThenBy(a => a.Order).ThenBy(a => a.Page, StringComparer.Ordinal)];
    }

    /// <summary>Renders an article to HTML, with links to <c>.md</c> files pointed at their pages and <c>xref:</c> links resolved.</summary>
    /// <param name="article">The article.</param>
    /// <param name="links">The API link map.</param>
    /// <param name="problems">Where unresolved <c>xref:</c> links are reported.</param>
    /// <returns>The HTML.</returns>
    public static string Render(Article article, SiteLinks links, SiteProblems problems)
    {
        MarkdownDocument document = Markdown.Parse(article.Markdown, Pipeline);
        foreach (LinkInline link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url)
            {
                link.Url = Rewrite(url, article, links, problems);
            }
        }

        foreach (FencedCodeBlock code in document.Descendants<FencedCodeBlock>().Where(b => b.Info is "csharp" or "cs" or "c#").ToList())
        {
            ContainerBlock parent = code.Parent!;
            int at = parent.IndexOf(code);
            parent.RemoveAt(at);
            parent.Insert(at, new HtmlBlock(null) { Lines = new StringLineGroup(CSharpHighlighter.Block(code.Lines.ToString())) });
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string Rewrite(string url, Article article, SiteLinks links, SiteProblems problems)
    {
        if (url.StartsWith(XrefScheme, StringComparison.Ordinal))
        {
            string name = url[XrefScheme.Length..];
            string[] candidates = name.Length > 2 && name[1] == ':' ? [name] : ["T:" + name, "N:" + name];
            foreach (string id in candidates)
            {
                if (links.PathOf(id) is { } target)
                {
                    return SitePaths.Relative(article.Page, target);
                }
            }

            problems.Report(article.Page, Path.GetFileName(article.SourcePath), $"link '{url}' names no documented type, member or namespace");
            return url;
        }

        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return url;
        }

        int hash = url.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? url : url[..hash];
        string fragment = hash < 0 ? string.Empty : url[hash..];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] + ".html" + fragment : url;
    }

    [GeneratedRegex(@"<!--\s*nav-order:\s*(\d+)\s*-->")]
    private static partial Regex NavOrder();

    private static string? FirstHeading(string markdown)
    {
        HeadingBlock? heading = Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading?.Inline is null)
        {
            return null;
        }

        return string.Concat(heading.Inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => string.Empty,
        })).Trim();
    }
}
