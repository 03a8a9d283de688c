using System.Reflection;
using System.Runtime.Loader;
using Ki.DocSite.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ki.DocSite.Tests;

/// <summary>
/// Every <c>```csharp</c> block in docs/ is a whole program: it is compiled with Roslyn against Ki.Domain and run,
/// and each <c>Console.WriteLine</c> must print what the <c>// comment</c> at the end of its line says.
/// </summary>
public sealed class ArticleSnippetTests
{
    private static readonly object ConsoleLock = new();

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
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest));
        List<string> expected = ExpectedOutput(tree, article, index);

        CSharpCompilation compilation = CSharpBuild.Compile($"Snippet_{index}", OutputKind.ConsoleApplication, CSharpBuild.ImplicitUsings)
            .AddSyntaxTrees(tree);
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, $"{article} snippet {index} does not compile:\n" + string.Join('\n', emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        string printed = Run(pe.ToArray());

        string[] lines = printed.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(expected, lines);
    }

    private static List<string> ExpectedOutput(SyntaxTree tree, string article, int index)
    {
        var expected = new List<string>();
        foreach (InvocationExpressionSyntax call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression.ToString() != "Console.WriteLine")
            {
                continue;
            }

            SyntaxToken last = call.Parent!.GetLastToken();
            SyntaxTrivia comment = last.TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
            Assert.True(
                comment.IsKind(SyntaxKind.SingleLineCommentTrivia),
                $"{article} snippet {index}: '{call.Parent}' needs a trailing '// expected output' comment.");
            expected.Add(comment.ToString()[2..].Trim());
        }

        Assert.True(expected.Count > 0, $"{article} snippet {index} prints nothing, so it checks nothing.");
        return expected;
    }

    private static string Run(byte[] image)
    {
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(new MemoryStream(image));
            MethodInfo entry = assembly.EntryPoint ?? throw new InvalidOperationException("The snippet has no entry point.");
            var output = new StringWriter();
            lock (ConsoleLock)
            {
                TextWriter original = Console.Out;
                Console.SetOut(output);
                try
                {
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                finally
                {
                    Console.SetOut(original);
                }
            }

            return output.ToString();
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<(string Article, int Index, string Code)> FindSnippets()
    {
        string docs = Path.Combine(Repository.Root, "docs");
        MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        foreach (string file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(docs, file).Replace('\\', '/');
            if (!Pages.ArticlePages.IsSource(relative))
            {
                continue;
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
