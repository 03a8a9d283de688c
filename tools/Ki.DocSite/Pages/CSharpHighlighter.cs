using System.Text;
using Ki.DocSite.Api;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ki.DocSite.Pages;

/// <summary>Marks keywords, strings, numbers and comments of C# code with CSS classes, from Roslyn's own lexer.</summary>
internal static class CSharpHighlighter
{
    /// <summary>The code as HTML inside <c>&lt;pre&gt;&lt;code&gt;</c>.</summary>
    /// <param name="code">The C# text.</param>
    /// <returns>The HTML block.</returns>
    public static string Block(string code)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        var html = new StringBuilder("<pre><code class=\"language-csharp\">");
        foreach (SyntaxToken token in root.DescendantTokens(descendIntoTrivia: false))
        {
            AppendTrivia(html, token.LeadingTrivia);
            string? css = token.Kind() switch
            {
                _ when SyntaxFacts.IsKeywordKind(token.Kind()) => "kw",
                SyntaxKind.IdentifierToken when token.Text is "var" or "nameof" => "kw",
                SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringStartToken
                    or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedStringTextToken
                    or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken => "str",
                SyntaxKind.NumericLiteralToken => "num",
                _ => null,
            };
            Append(html, token.Text, css);
            AppendTrivia(html, token.TrailingTrivia);
        }

        return html.Append("</code></pre>\n").ToString();
    }

    private static void AppendTrivia(StringBuilder html, SyntaxTriviaList trivia)
    {
        foreach (SyntaxTrivia t in trivia)
        {
            bool comment = t.Kind() is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia;
            Append(html, t.ToFullString(), comment ? "com" : null);
        }
    }

    private static void Append(StringBuilder html, string text, string? css)
    {
        if (css is null)
        {
            html.Append(DocHtml.Encode(text));
        }
        else
        {
            html.Append("<span class=\"").Append(css).Append("\">").Append(DocHtml.Encode(text)).Append("</span>");
        }
    }
}
