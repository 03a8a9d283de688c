using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Api;

/// <summary>Reads the XML doc comment of a symbol and resolves <c>&lt;inheritdoc/&gt;</c>.</summary>
internal static class DocComments
{
    private static readonly HashSet<string> Singletons = new(StringComparer.Ordinal) { "summary", "remarks", "returns", "value", "example" };

    /// <summary>The doc comment of a symbol as a <c>&lt;member&gt;</c> element, or <c>null</c> when it has none.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="compilation">The compilation that resolves an <c>&lt;inheritdoc cref="..."/&gt;</c>.</param>
    /// <returns>The comment.</returns>
    public static XElement? Of(ISymbol symbol, Compilation compilation) => Of(symbol.OriginalDefinition, compilation, depth: 0);

    private static XElement? Of(ISymbol symbol, Compilation compilation, int depth)
    {
        string xml = symbol.GetDocumentationCommentXml(expandIncludes: true) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        XElement member;
        try
        {
            member = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null; // the compiler already warned about malformed XML; show the member undocumented
        }

        XElement? inherit = member.Element("inheritdoc");
        if (inherit is null || depth > 8)
        {
            return member;
        }

        ISymbol? source = inherit.Attribute("cref")?.Value is { } cref
            ? DocumentationCommentId.GetFirstSymbolForDeclarationId(cref, compilation)
            : InheritSource(symbol);
        XElement? inherited = source is null ? null : Of(source.OriginalDefinition, compilation, depth + 1);
        var merged = new XElement("member", member.Attributes());
        var local = member.Elements().Where(e => e.Name != "inheritdoc").ToList();
        merged.Add(local);
        foreach (XElement element in inherited?.Elements() ?? [])
        {
            string name = element.Name.LocalName;
            bool overridden = Singletons.Contains(name)
                ? local.Exists(e => e.Name == name)
                : local.Exists(e => e.Name == name && Key(e) is { } key && key == Key(element));
            if (!overridden)
            {
                merged.Add(element);
            }
        }

        return merged;
    }

    private static string? Key(XElement element) => element.Attribute("name")?.Value ?? element.Attribute("cref")?.Value;

    private static ISymbol? InheritSource(ISymbol symbol)
    {
        switch (symbol)
        {
            case INamedTypeSymbol type:
                return type.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType and not SpecialType.System_Enum } baseType
                    ? baseType
                    : type.Interfaces.FirstOrDefault();
            case IMethodSymbol { OverriddenMethod: { } overridden }:
                return overridden;
            case IPropertySymbol { OverriddenProperty: { } overridden }:
                return overridden;
            case IEventSymbol { OverriddenEvent: { } overridden }:
                return overridden;
            case IMethodSymbol { ExplicitInterfaceImplementations: [var first, ..] }:
                return first;
            case IPropertySymbol { ExplicitInterfaceImplementations: [var first, ..] }:
                return first;
            default:
                break;
        }

        INamedTypeSymbol? container = symbol.ContainingType;
        if (container is null)
        {
            return null;
        }

        foreach (INamedTypeSymbol iface in container.AllInterfaces)
        {
            foreach (ISymbol candidate in iface.GetMembers(symbol.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(container.FindImplementationForInterfaceMember(candidate), symbol))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
