using System.Text;
using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Api;

/// <summary>Writes C# declarations as HTML with keywords marked and every type linked.</summary>
internal sealed class SignatureHtml
{
    private readonly SiteLinks _links;
    private readonly string _page;

    /// <summary>Creates a writer for one page.</summary>
    /// <param name="links">The site's link map.</param>
    /// <param name="page">The site path of the page being written.</param>
    public SignatureHtml(SiteLinks links, string page)
    {
        _links = links;
        _page = page;
    }

    /// <summary>The declaration of a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The HTML (no surrounding element).</returns>
    public string Member(ISymbol member) => Parts(member.ToDisplayParts(Formats.Declaration), member);

    /// <summary>The declaration of a type: modifiers, kind, name, base list and constraints.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The HTML (no surrounding element).</returns>
    public string Type(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Delegate)
        {
            return Parts(type.ToDisplayParts(Formats.Declaration.WithKindOptions(SymbolDisplayKindOptions.IncludeTypeKeyword)), type);
        }

        var html = new StringBuilder();
        html.Append(Keyword(type.DeclaredAccessibility == Accessibility.Public ? "public" : "protected")).Append(' ');
        foreach (string modifier in Modifiers(type))
        {
            html.Append(Keyword(modifier)).Append(' ');
        }

        html.Append(Keyword(KindWord(type))).Append(' ');
        html.Append("<span class=\"name\">").Append(DocHtml.Encode(type.ToDisplayString(Formats.TypeName))).Append("</span>");

        var bases = new List<ITypeSymbol>();
        if (type.TypeKind == TypeKind.Enum)
        {
            if (type.EnumUnderlyingType is { SpecialType: not SpecialType.System_Int32 } underlying)
            {
                bases.Add(underlying);
            }
        }
        else
        {
            if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType)
            {
                bases.Add(baseType);
            }

            bases.AddRange(type.Interfaces);
        }

        for (int i = 0; i < bases.Count; i++)
        {
            html.Append(i == 0 ? " : " : ", ").Append(TypeReference(bases[i]));
        }

        foreach (ITypeParameterSymbol parameter in type.TypeParameters)
        {
            List<string> constraints = Constraints(parameter);
            if (constraints.Count > 0)
            {
                html.Append("\n    ").Append(Keyword("where")).Append(' ').Append(DocHtml.Encode(parameter.Name)).Append(" : ")
                    .Append(string.Join(", ", constraints));
            }
        }

        return html.ToString();
    }

    /// <summary>A type as a link to its page (or the framework's), with type arguments linked too.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The HTML.</returns>
    public string TypeReference(ITypeSymbol type) => Parts(type.ToDisplayParts(Formats.TypeReference), self: null);

    /// <summary>The word for the kind of a type: <c>class</c>, <c>record</c>, <c>struct</c>, <c>enum</c>, ...</summary>
    /// <param name="type">The type.</param>
    /// <returns>The word.</returns>
    public static string KindWord(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class when type.IsRecord => "record",
        TypeKind.Class => "class",
        TypeKind.Struct when type.IsRecord => "record struct",
        TypeKind.Struct => "struct",
        TypeKind.Interface => "interface",
        TypeKind.Enum => "enum",
        TypeKind.Delegate => "delegate",
        _ => type.TypeKind.ToString().ToLowerInvariant(),
    };

    private static IEnumerable<string> Modifiers(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Class)
        {
            if (type.IsStatic)
            {
                yield return "static";
            }
            else if (type.IsAbstract)
            {
                yield return "abstract";
            }
            else if (type.IsSealed)
            {
                yield return "sealed";
            }
        }

        if (type.TypeKind == TypeKind.Struct)
        {
            if (type.IsReadOnly)
            {
                yield return "readonly";
            }

            if (type.IsRefLikeType)
            {
                yield return "ref";
            }
        }
    }

    private List<string> Constraints(ITypeParameterSymbol parameter)
    {
        var constraints = new List<string>();
        if (parameter.HasReferenceTypeConstraint)
        {
            constraints.Add(Keyword("class"));
        }
        else if (parameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add(Keyword("unmanaged"));
        }
        else if (parameter.HasValueTypeConstraint)
        {
            constraints.Add(Keyword("struct"));
        }
        else if (parameter.HasNotNullConstraint)
        {
            constraints.Add(Keyword("notnull"));
        }

        constraints.AddRange(parameter.ConstraintTypes.Select(TypeReference));
        if (parameter.HasConstructorConstraint)
        {
            constraints.Add(Keyword("new") + "()");
        }

        if (parameter.AllowsRefLikeType)
        {
            constraints.Add(Keyword("allows") + " " + Keyword("ref") + " " + Keyword("struct"));
        }

        return constraints;
    }

    private string Parts(IEnumerable<SymbolDisplayPart> parts, ISymbol? self)
    {
        var html = new StringBuilder();
        foreach (SymbolDisplayPart part in parts)
        {
            string text = part.ToString();
            switch (part.Kind)
            {
                case SymbolDisplayPartKind.Keyword:
                    html.Append(Keyword(text));
                    break;
                case SymbolDisplayPartKind.ClassName or SymbolDisplayPartKind.StructName or SymbolDisplayPartKind.InterfaceName
                    or SymbolDisplayPartKind.EnumName or SymbolDisplayPartKind.DelegateName or SymbolDisplayPartKind.RecordClassName
                    or SymbolDisplayPartKind.RecordStructName or SymbolDisplayPartKind.ErrorTypeName
                    when part.Symbol is INamedTypeSymbol named && !SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, self?.OriginalDefinition):
                    html.Append(TypeLink(named, text));
                    break;
                case SymbolDisplayPartKind.MethodName or SymbolDisplayPartKind.PropertyName or SymbolDisplayPartKind.FieldName
                    or SymbolDisplayPartKind.EventName or SymbolDisplayPartKind.EnumMemberName or SymbolDisplayPartKind.ConstantName
                    when SymbolEqualityComparer.Default.Equals(part.Symbol, self):
                    html.Append("<span class=\"name\">").Append(DocHtml.Encode(text)).Append("</span>");
                    break;
                case SymbolDisplayPartKind.ParameterName:
                    html.Append("<span class=\"param\">").Append(DocHtml.Encode(text)).Append("</span>");
                    break;
                default:
                    html.Append(DocHtml.Encode(text));
                    break;
            }
        }

        return html.ToString();
    }

    private string TypeLink(INamedTypeSymbol type, string text)
    {
        string? href = type.OriginalDefinition.GetDocumentationCommentId() is { } id && _links.PathOf(id) is { } path
            ? SitePaths.Relative(_page, path)
            : SiteLinks.FrameworkUrl(type);
        return href is null
            ? DocHtml.Encode(text)
            : $"<a class=\"xref{(href.StartsWith("http", StringComparison.Ordinal) ? " external" : string.Empty)}\" href=\"{DocHtml.Encode(href)}\">{DocHtml.Encode(text)}</a>";
    }

    private static string Keyword(string word) => $"<span class=\"kw\">{DocHtml.Encode(word)}</span>";
}
