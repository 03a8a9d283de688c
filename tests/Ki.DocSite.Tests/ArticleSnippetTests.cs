using Ki.DocSite.Tests.Support;
using Markdig;
using Markdig.Syntax;

namespace Ki.DocSite.Tests;

/// <summary>
/// Every <c>```csharp</c> block in docs/ is a whole program: it is compiled with Roslyn against Ki.Domain and run,
/// and each <c>Console.WriteLine</c> must print what the <c>// comment</c> at the end of its line says.
/// </summary>
public sealed class ArticleSnippetTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach ((string article, int index, _) in FindSnippets())
        {
            data.Add(article, index);
        }

        return data;
    }

    [Fact]
    public void Docs_HaveSnippetsInTheGuides()
    {
        var snippets = FindSnippets().ToList();
        Assert.Contains(snippets, s => s.Article == "getting-started.md");
        Assert.True(snippets.Count >= 5, $"Only {snippets.Count} C# snippets found in docs/.");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompilesRunsAndPrintsWhatItsCommentsSay(string article, int index)
    {
        string code = FindSnippets().Single(s => s.Article == article && s.Index == index).Code;
        SnippetRunner.CheckPrintsWhatItsCommentsSay(code, $"{article} snippet {index}");
    }

    private static IEnumerable<(string Article, int Index, string Code)> FindSnippets()
    {
        string docs = Path.Combine(Repository.Root, "docs");
        MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        foreach (string file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(docs, file).Replace('\\', '/');
            if (relative.StartsWith("_site/", StringComparison.Ordinal) || relative.StartsWith("api/", StringComparison.Ordinal))
            {
                continue; // docfx's output and generated API pages, not articles
            }

            int index = 0;
            foreach (FencedCodeBlock block in Markdown.Parse(File.ReadAllText(file), pipeline).Descendants<FencedCodeBlock>())
            {
                if (block.Info is "csharp" or "cs" or "c#")
                {
                    yield return (relative, ++index, block.Lines.ToString());
                }
            }
        }
    }
}
