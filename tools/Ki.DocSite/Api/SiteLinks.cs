using System.Text;
using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Api;

/// <summary>
/// Where every documented symbol lives in the site, and how a cref becomes a link: to a page of this site, to the
/// .NET API browser for framework symbols, or to plain code for other libraries.
/// </summary>
internal sealed class SiteLinks
{
    /// <summary>The root of the .NET API reference, for crefs to framework symbols.</summary>
    public const string FrameworkReference = "https://learn.microsoft.com/dotnet/api/";

    private readonly ApiLibrary _library;
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);

    /// <summary>Maps every visible type, member and namespace of the library to its site path.</summary>
    /// <param name="library">The library.</param>
    public SiteLinks(ApiLibrary library)
    {
        _library = library;
        foreach (string ns in library.Namespaces)
        {
            _byId["N:" + ns] = NamespacePage(ns);
        }

        foreach (INamedTypeSymbol type in library.Types)
        {
            string page = TypePage(type);
            _byId[Id(type)] = page;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (ISymbol member in ApiLibrary.Members(type))
            {
                string id = Id(member);
                string anchor = UniqueAnchor(id, used);
                _anchors[id] = anchor;
                _byId[id] = page + "#" + anchor;
            }
        }
    }

    /// <summary>The documentation comment ID of a symbol (<c>T:Ki.Domain.Money.Euro</c>).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The ID.</returns>
    public static string Id(ISymbol symbol) =>
        symbol.GetDocumentationCommentId() ?? throw new ArgumentException($"{symbol} has no documentation ID.", nameof(symbol));

    /// <summary>The site path of a namespace page.</summary>
    /// <param name="ns">The namespace.</param>
    /// <returns>The path, such as <c>api/Ki.Domain.Money.html</c>.</returns>
    public static string NamespacePage(string ns) => $"api/{ns}.html";

    /// <summary>The site path of a type page: the documentation ID without its prefix, generic arity after a dash.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The path, such as <c>api/Ki.Domain.Money.Euro.html</c>.</returns>
    public static string TypePage(INamedTypeSymbol type) => TypePage(Id(type));

    /// <summary>The site path of a type page from the type's documentation ID.</summary>
    /// <param name="typeId">The ID, such as <c>T:Ki.Domain.Money.Euro</c>.</param>
    /// <returns>The path.</returns>
    public static string TypePage(string typeId) => "api/" + typeId[2..].Replace('`', '-') + ".html";

    /// <summary>The anchor of a member on its type page.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The anchor, without <c>#</c>.</returns>
    public string Anchor(ISymbol member) => _anchors[Id(member)];

    /// <summary>The site path (with anchor for members) of a documentation ID, or <c>null</c> when the site has no page for it.</summary>
    /// <param name="id">The documentation ID.</param>
    /// <returns>The path or <c>null</c>.</returns>
    public string? PathOf(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Resolves a cref as the compiler wrote it (<c>M:Ki.Domain.Money.Euro.Plus(Ki.Domain.Money.Euro)</c>).</summary>
    /// <param name="cref">The cref.</param>
    /// <returns>The target.</returns>
    public CrefTarget Resolve(string cref)
    {
        if (cref.StartsWith("!:", StringComparison.Ordinal) || cref.Length < 3 || cref[1] != ':')
        {
            return CrefTarget.Broken(cref.StartsWith("!:", StringComparison.Ordinal) ? cref[2..] : cref, "the compiler could not resolve it");
        }

        if (cref.StartsWith("N:", StringComparison.Ordinal))
        {
            string ns = cref[2..];
            return PathOf(cref) is { } nsPage ? CrefTarget.Internal(ns, nsPage, null) : CrefTarget.External(ns, null);
        }

        ISymbol? symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(cref, _library.Compilation);
        if (symbol is null)
        {
            return CrefTarget.Broken(cref[2..], "no such symbol");
        }

        string display = DisplayName(symbol);
        if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _library.Assembly))
        {
            string id = Id(symbol.OriginalDefinition);
            return PathOf(id) is { } path
                ? CrefTarget.Internal(display, path, symbol)
                : CrefTarget.Broken(display, "it is not part of the public API, so the site has no page for it");
        }

        return CrefTarget.External(display, FrameworkUrl(symbol));
    }

    /// <summary>The short name a reader sees for a symbol: <c>Euro</c>, <c>Euro.Plus</c>, <c>IEnumerable&lt;T&gt;</c>.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The name.</returns>
    public static string DisplayName(ISymbol symbol)
    {
        if (symbol is INamedTypeSymbol or ITypeParameterSymbol or INamespaceSymbol)
        {
            return symbol.ToDisplayString(Formats.CrefType);
        }

        string type = symbol.ContainingType.ToDisplayString(Formats.CrefType);
        bool overloaded = symbol.ContainingType.GetMembers(symbol.Name).Length > 1;
        string member = symbol.ToDisplayString(overloaded ? Formats.CrefMemberWithParameters : Formats.CrefMember);
        return symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? member : $"{type}.{member}";
    }

    /// <summary>The .NET API browser URL of a framework symbol, or <c>null</c> when the symbol is not from the framework.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The URL or <c>null</c>.</returns>
    public static string? FrameworkUrl(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null || !IsFramework(type))
        {
            return null;
        }

        var url = new StringBuilder(FrameworkReference);
        url.Append(UrlName(type));
        if (symbol is not INamedTypeSymbol)
        {
            url.Append('.').Append(symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? "-ctor" : symbol.Name.Replace('.', '-'));
        }

        return url.ToString().ToLowerInvariant();
    }

    private static bool IsFramework(INamedTypeSymbol type)
    {
        string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal);
    }

    private static string UrlName(INamedTypeSymbol type)
    {
        string name = type.Arity > 0 ? $"{type.Name}-{type.Arity}" : type.Name;
        return type.ContainingType is { } outer ? UrlName(outer) + "." + name : type.ContainingNamespace.ToDisplayString() + "." + name;
    }

    private static string UniqueAnchor(string id, HashSet<string> used)
    {
        // M:Ki.Domain.Money.Euro.Plus(Ki.Domain.Money.Euro) -> Plus-Ki.Domain.Money.Euro
        string typePart = id[2..];
        int paren = typePart.IndexOf('(', StringComparison.Ordinal);
        string path = paren < 0 ? typePart : typePart[..paren];
        string name = path[(path.LastIndexOf('.') + 1)..];
        string rest = name + (paren < 0 ? string.Empty : typePart[paren..]);
        var anchor = new StringBuilder(rest.Length);
        foreach (char c in rest)
        {
            bool keep = char.IsAsciiLetterOrDigit(c) || c is '_' or '.';
            if (keep)
            {
                anchor.Append(c);
            }
            else if (anchor.Length > 0 && anchor[^1] != '-')
            {
                anchor.Append('-');
            }
        }

        string candidate = anchor.ToString().TrimEnd('-');
        string unique = candidate;
        for (int n = 2; !used.Add(unique); n++)
        {
            unique = $"{candidate}-{n}";
        }

        return unique;
    }
}
