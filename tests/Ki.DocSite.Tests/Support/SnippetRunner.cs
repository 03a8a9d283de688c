using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ki.DocSite.Tests.Support;

/// <summary>
/// Compiles a C# program (an article snippet or an XML doc example) with Roslyn against Ki.Domain, runs it, and checks
/// that each <c>Console.WriteLine</c> printed what the <c>// comment</c> at the end of its line says.
/// </summary>
internal static class SnippetRunner
{
    private static readonly object ConsoleLock = new();

    /// <summary>Fails the test unless the program compiles, runs and prints what its comments say.</summary>
    public static void CheckPrintsWhatItsCommentsSay(string code, string where)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest));
        List<string> expected = ExpectedOutput(tree, where);

        CSharpCompilation compilation = CSharpBuild.Compile("Snippet", OutputKind.ConsoleApplication, CSharpBuild.ImplicitUsings)
            .AddSyntaxTrees(tree);
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        Assert.True(emit.Success, $"{where} does not compile:\n" + string.Join('\n', emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        string printed = Run(pe.ToArray());

        string[] lines = printed.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(expected, lines);
    }

    private static List<string> ExpectedOutput(SyntaxTree tree, string where)
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
                $"{where}: '{call.Parent}' needs a trailing '// expected output' comment.");
            expected.Add(comment.ToString()[2..].Trim());
        }

        Assert.True(expected.Count > 0, $"{where} prints nothing, so it checks nothing.");
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

}
