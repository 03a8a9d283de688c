using System.Text;
using System.Xml.Linq;
using Ki.DocSite.Api;
using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Pages;

/// <summary>Writes the namespace and type pages of the API reference and their search entries.</summary>
internal sealed class ApiPages
{
    private static readonly (string Heading, Func<INamedTypeSymbol, bool> Test)[] TypeGroups =
    [
        ("Classes", t => t.TypeKind == TypeKind.Class && !t.IsRecord),
        ("Records", t => t.IsRecord),
        ("Structs", t => t.TypeKind == TypeKind.Struct && !t.IsRecord),
        ("Interfaces", t => t.TypeKind == TypeKind.Interface),
        ("Enums", t => t.TypeKind == TypeKind.Enum),
        ("Delegates", t => t.TypeKind == TypeKind.Delegate),
    ];

    private readonly ApiLibrary _library;
    private readonly SiteLinks _links;
    private readonly SiteProblems _problems;

    /// <summary>Creates the writer.</summary>
    /// <param name="library">The library.</param>
    /// <param name="links">Its link map.</param>
    /// <param name="problems">Where broken crefs are reported.</param>
    public ApiPages(ApiLibrary library, SiteLinks links, SiteProblems problems)
    {
        _library = library;
        _links = links;
        _problems = problems;
    }

    /// <summary>The sidebar entries: each namespace with its types.</summary>
    /// <returns>The entries.</returns>
    public IReadOnlyList<NavEntry> Navigation() =>
        [.. _library.Namespaces.Select(ns => new NavEntry(
            SiteLinks.NamespacePage(ns),
            ns,
            [.. TypesIn(ns).Select(t => new NavEntry(SiteLinks.TypePage(t), t.ToDisplayString(Formats.CrefType), []))]))];

    /// <summary>The types of one namespace, nested types after their container.</summary>
    /// <param name="ns">The namespace.</param>
    /// <returns>The types.</returns>
    public IEnumerable<INamedTypeSymbol> TypesIn(string ns) =>
        _library.Types.Where(t => ApiLibrary.NamespaceName(t) == ns);

    /// <summary>The first sentence-or-so of a symbol's summary as plain text, for tables of contents and the search index.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The text.</returns>
    public string PlainSummary(ISymbol symbol) => DocHtml.PlainText(DocComments.Of(symbol, _library.Compilation)?.Element("summary"));

    /// <summary>A namespace page: its types grouped by kind with their summaries.</summary>
    /// <param name="ns">The namespace.</param>
    /// <returns>The page's main HTML.</returns>
    public string NamespacePage(string ns)
    {
        string page = SiteLinks.NamespacePage(ns);
        var html = new StringBuilder();
        html.Append("<nav class=\"breadcrumb\"><a href=\"").Append(SitePaths.Relative(page, "index.html")).Append("\">Home</a></nav>\n");
        html.Append("<h1>").Append(DocHtml.Encode(ns)).Append(" <span class=\"kind\">namespace</span></h1>\n");
        foreach ((string heading, Func<INamedTypeSymbol, bool> test) in TypeGroups)
        {
            var types = TypesIn(ns).Where(test).ToList();
            if (types.Count == 0)
            {
                continue;
            }

            html.Append("<section class=\"types\"><h2>").Append(heading).Append("</h2>\n<table class=\"member-table\"><tbody>\n");
            foreach (INamedTypeSymbol type in types)
            {
                var doc = new DocHtml(_links, page, SiteLinks.Id(type), _problems);
                html.Append("<tr><td><a href=\"").Append(DocHtml.Encode(SitePaths.Relative(page, SiteLinks.TypePage(type)))).Append("\">")
                    .Append(DocHtml.Encode(type.ToDisplayString(Formats.CrefType))).Append("</a></td><td>")
                    .Append(doc.Inline(DocComments.Of(type, _library.Compilation)?.Element("summary"))).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");
        }

        return html.ToString();
    }

    /// <summary>A type page: declaration, facts, remarks, then every member with its documentation.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The page's main HTML.</returns>
    public string TypePage(INamedTypeSymbol type)
    {
        string page = SiteLinks.TypePage(type);
        string ns = ApiLibrary.NamespaceName(type);
        var doc = new DocHtml(_links, page, SiteLinks.Id(type), _problems);
        var signature = new SignatureHtml(_links, page);
        XElement? comment = DocComments.Of(type, _library.Compilation);
        var html = new StringBuilder();

        html.Append("<nav class=\"breadcrumb\"><a href=\"").Append(SitePaths.Relative(page, "index.html")).Append("\">Home</a> / <a href=\"")
            .Append(DocHtml.Encode(SitePaths.Relative(page, SiteLinks.NamespacePage(ns)))).Append("\">").Append(DocHtml.Encode(ns)).Append("</a>");
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            html.Append(" / <a href=\"").Append(DocHtml.Encode(SitePaths.Relative(page, SiteLinks.TypePage(outer)))).Append("\">")
                .Append(DocHtml.Encode(outer.ToDisplayString(Formats.CrefType))).Append("</a>");
        }

        html.Append("</nav>\n");
        html.Append("<h1 data-docid=\"").Append(DocHtml.Encode(SiteLinks.Id(type))).Append("\">")
            .Append(DocHtml.Encode(type.ToDisplayString(Formats.CrefType))).Append(" <span class=\"kind\">")
            .Append(SignatureHtml.KindWord(type)).Append("</span></h1>\n");
        AppendSummary(html, doc, comment);
        html.Append("<pre class=\"declaration\"><code>").Append(signature.Type(type)).Append("</code></pre>\n");
        AppendFacts(html, type, page, signature);
        AppendTypeParameters(html, doc, comment, type.TypeParameters);
        if (type.TypeKind == TypeKind.Delegate && type.DelegateInvokeMethod is { } invoke)
        {
            AppendParameters(html, doc, comment, invoke.Parameters, signature);
            AppendReturns(html, doc, comment, invoke, signature);
        }

        AppendSection(html, "Remarks", doc.Blocks(comment?.Element("remarks")));
        AppendExamples(html, doc, comment);
        AppendSeeAlso(html, doc, comment);
        AppendNestedTypes(html, type, page);

        var members = ApiLibrary.Members(type).ToList();
        foreach (IGrouping<MemberKind, ISymbol> group in members.GroupBy(MemberKindOf.Of))
        {
            html.Append("<section class=\"member-list\" id=\"").Append(group.Key.Word()).Append("-list\"><h2>").Append(group.Key.Heading())
                .Append("</h2>\n<table class=\"member-table\"><tbody>\n");
            foreach (ISymbol member in group)
            {
                var memberDoc = new DocHtml(_links, page, SiteLinks.Id(member), _problems);
                html.Append("<tr><td><a href=\"#").Append(_links.Anchor(member)).Append("\">").Append(DocHtml.Encode(Title(member)))
                    .Append("</a></td><td>").Append(memberDoc.Inline(DocComments.Of(member, _library.Compilation)?.Element("summary")))
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");
        }

        if (members.Count > 0)
        {
            html.Append("<h2>Details</h2>\n");
        }

        foreach (ISymbol member in members)
        {
            AppendMember(html, member, page, signature);
        }

        return html.ToString();
    }

    /// <summary>The search entries of a type and its members.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The entries.</returns>
    public IEnumerable<SearchEntry> SearchEntries(INamedTypeSymbol type)
    {
        string page = SiteLinks.TypePage(type);
        string typeName = type.ToDisplayString(Formats.CrefType);
        yield return new SearchEntry(type.Name, type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), SignatureHtml.KindWord(type), page, FirstSentence(PlainSummary(type)));
        foreach (ISymbol member in ApiLibrary.Members(type))
        {
            string name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? type.Name : member.Name;
            string title = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? Title(member) : $"{typeName}.{Title(member)}";
            yield return new SearchEntry(name, title, MemberKindOf.Of(member).Word(), page + "#" + _links.Anchor(member), FirstSentence(PlainSummary(member)));
        }
    }

    /// <summary>The heading of a member: its name with parameter types.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The title.</returns>
    public static string Title(ISymbol member) => member.ToDisplayString(Formats.Title);

    private static string FirstSentence(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private void AppendMember(StringBuilder html, ISymbol member, string page, SignatureHtml signature)
    {
        string anchor = _links.Anchor(member);
        var doc = new DocHtml(_links, page, SiteLinks.Id(member), _problems);
        XElement? comment = DocComments.Of(member, _library.Compilation);
        html.Append("<section class=\"member\" id=\"").Append(anchor).Append("\" data-docid=\"").Append(DocHtml.Encode(SiteLinks.Id(member)))
            .Append("\">\n<h3><a class=\"anchor\" href=\"#").Append(anchor).Append("\">").Append(DocHtml.Encode(Title(member)))
            .Append("</a> <span class=\"kind\">").Append(MemberKindOf.Of(member).Word()).Append("</span></h3>\n");
        AppendSummary(html, doc, comment);
        html.Append("<pre class=\"declaration\"><code>").Append(signature.Member(member)).Append("</code></pre>\n");
        switch (member)
        {
            case IMethodSymbol method:
                AppendTypeParameters(html, doc, comment, method.TypeParameters);
                AppendParameters(html, doc, comment, method.Parameters, signature);
                AppendReturns(html, doc, comment, method, signature);
                break;
            case IPropertySymbol property:
                AppendParameters(html, doc, comment, property.Parameters, signature);
                AppendValue(html, doc, comment, property.Type, signature);
                break;
            case IFieldSymbol { ContainingType.TypeKind: not TypeKind.Enum } field:
                AppendValue(html, doc, comment, field.Type, signature);
                break;
            default:
                break;
        }

        AppendExceptions(html, doc, comment);
        AppendSection(html, "Remarks", doc.Blocks(comment?.Element("remarks")));
        AppendExamples(html, doc, comment);
        AppendSeeAlso(html, doc, comment);
        html.Append("</section>\n");
    }

    private static void AppendSummary(StringBuilder html, DocHtml doc, XElement? comment)
    {
        string summary = doc.Blocks(comment?.Element("summary"));
        html.Append("<div class=\"summary\">").Append(summary.Length > 0 ? summary : "<p class=\"missing\">No summary.</p>").Append("</div>\n");
    }

    private static void AppendSection(StringBuilder html, string heading, string body)
    {
        if (body.Length > 0)
        {
            html.Append("<div class=\"doc-section\"><h4>").Append(heading).Append("</h4>\n").Append(body).Append("</div>\n");
        }
    }

    private void AppendFacts(StringBuilder html, INamedTypeSymbol type, string page, SignatureHtml signature)
    {
        html.Append("<dl class=\"facts\">\n<dt>Namespace</dt><dd><a href=\"")
            .Append(DocHtml.Encode(SitePaths.Relative(page, SiteLinks.NamespacePage(ApiLibrary.NamespaceName(type))))).Append("\">")
            .Append(DocHtml.Encode(ApiLibrary.NamespaceName(type))).Append("</a></dd>\n")
            .Append("<dt>Assembly</dt><dd>").Append(DocHtml.Encode(_library.Assembly.Name)).Append(".dll</dd>\n");
        if (type.TypeKind == TypeKind.Class)
        {
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? b = type.BaseType; b is not null; b = b.BaseType)
            {
                chain.Insert(0, b);
            }

            html.Append("<dt>Inheritance</dt><dd>").AppendJoin(" → ", chain.Select(signature.TypeReference))
                .Append(" → ").Append(DocHtml.Encode(type.ToDisplayString(Formats.CrefType))).Append("</dd>\n");
        }

        if (type.AllInterfaces.Length > 0)
        {
            html.Append("<dt>Implements</dt><dd>").AppendJoin(", ", type.AllInterfaces.Select(signature.TypeReference)).Append("</dd>\n");
        }

        var derived = _library.DerivedTypes(type).ToList();
        if (derived.Count > 0)
        {
            html.Append("<dt>Derived</dt><dd>").AppendJoin(", ", derived.Select(signature.TypeReference)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static void AppendTypeParameters(StringBuilder html, DocHtml doc, XElement? comment, IEnumerable<ITypeParameterSymbol> parameters)
    {
        var list = parameters.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"doc-section\"><h4>Type parameters</h4>\n<dl class=\"params\">\n");
        foreach (ITypeParameterSymbol p in list)
        {
            XElement? text = comment?.Elements("typeparam").FirstOrDefault(e => e.Attribute("name")?.Value == p.Name);
            html.Append("<dt><code class=\"paramref\">").Append(DocHtml.Encode(p.Name)).Append("</code></dt><dd>").Append(doc.Blocks(text)).Append("</dd>\n");
        }

        html.Append("</dl></div>\n");
    }

    private static void AppendParameters(StringBuilder html, DocHtml doc, XElement? comment, IEnumerable<IParameterSymbol> parameters, SignatureHtml signature)
    {
        var list = parameters.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"doc-section\"><h4>Parameters</h4>\n<dl class=\"params\">\n");
        foreach (IParameterSymbol p in list)
        {
            XElement? text = comment?.Elements("param").FirstOrDefault(e => e.Attribute("name")?.Value == p.Name);
            html.Append("<dt><code class=\"paramref\">").Append(DocHtml.Encode(p.Name)).Append("</code> ").Append(signature.TypeReference(p.Type))
                .Append("</dt><dd>").Append(doc.Blocks(text)).Append("</dd>\n");
        }

        html.Append("</dl></div>\n");
    }

    private static void AppendReturns(StringBuilder html, DocHtml doc, XElement? comment, IMethodSymbol method, SignatureHtml signature)
    {
        if (method.ReturnsVoid || method.MethodKind == MethodKind.Constructor)
        {
            return;
        }

        html.Append("<div class=\"doc-section\"><h4>Returns</h4>\n<p class=\"type\">").Append(signature.TypeReference(method.ReturnType)).Append("</p>")
            .Append(doc.Blocks(comment?.Element("returns"))).Append("</div>\n");
    }

    private static void AppendValue(StringBuilder html, DocHtml doc, XElement? comment, ITypeSymbol type, SignatureHtml signature) =>
        html.Append("<div class=\"doc-section\"><h4>Value</h4>\n<p class=\"type\">").Append(signature.TypeReference(type)).Append("</p>")
            .Append(doc.Blocks(comment?.Element("value"))).Append("</div>\n");

    private static void AppendExceptions(StringBuilder html, DocHtml doc, XElement? comment)
    {
        var exceptions = comment?.Elements("exception").ToList() ?? [];
        if (exceptions.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"doc-section\"><h4>Exceptions</h4>\n<table class=\"exceptions\"><tbody>\n");
        foreach (XElement e in exceptions)
        {
            html.Append("<tr><td>").Append(e.Attribute("cref")?.Value is { } cref ? doc.Cref(cref) : string.Empty)
                .Append("</td><td>").Append(doc.Inline(e)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void AppendExamples(StringBuilder html, DocHtml doc, XElement? comment)
    {
        foreach (XElement example in comment?.Elements("example") ?? [])
        {
            AppendSection(html, "Example", doc.Blocks(example));
        }
    }

    private static void AppendSeeAlso(StringBuilder html, DocHtml doc, XElement? comment)
    {
        var seeAlso = comment?.Elements("seealso").ToList() ?? [];
        if (seeAlso.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"doc-section\"><h4>See also</h4>\n<ul class=\"see-also\">\n");
        foreach (XElement e in seeAlso)
        {
            html.Append("<li>").Append(doc.Inline(new XElement("x", e))).Append("</li>\n");
        }

        html.Append("</ul></div>\n");
    }

    private void AppendNestedTypes(StringBuilder html, INamedTypeSymbol type, string page)
    {
        var nested = _library.Types.Where(t => SymbolEqualityComparer.Default.Equals(t.ContainingType, type)).ToList();
        if (nested.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"member-list\" id=\"nested-types\"><h2>Nested types</h2>\n<table class=\"member-table\"><tbody>\n");
        foreach (INamedTypeSymbol n in nested)
        {
            var doc = new DocHtml(_links, page, SiteLinks.Id(n), _problems);
            html.Append("<tr><td><a href=\"").Append(DocHtml.Encode(SitePaths.Relative(page, SiteLinks.TypePage(n)))).Append("\">")
                .Append(DocHtml.Encode(n.ToDisplayString(Formats.CrefType))).Append("</a></td><td>")
                .Append(doc.Inline(DocComments.Of(n, _library.Compilation)?.Element("summary"))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }
}
