using System.Collections.Immutable;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ki.DocSite.Api;

/// <summary>
/// The public surface of one assembly, read through Roslyn's metadata model together with its XML doc file.
/// Nothing of the assembly is loaded or run.
/// </summary>
internal sealed class ApiLibrary
{
    private ApiLibrary(CSharpCompilation compilation, IAssemblySymbol assembly, ImmutableArray<INamedTypeSymbol> types)
    {
        Compilation = compilation;
        Assembly = assembly;
        Types = types;
        Namespaces = [.. types.Select(t => NamespaceName(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>An empty compilation that references the assembly, its neighbours and the framework.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The documented assembly.</summary>
    public IAssemblySymbol Assembly { get; }

    /// <summary>Every type a user can see (public, or protected inside a visible type), nested ones included, by documentation ID.</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    /// <summary>The namespaces that hold at least one visible type, sorted.</summary>
    public ImmutableArray<string> Namespaces { get; }

    /// <summary>The assembly's version as its informational version attribute gives it, without a source revision.</summary>
    public string Version
    {
        get
        {
            foreach (AttributeData attribute in Assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "AssemblyInformationalVersionAttribute"
                    && attribute.ConstructorArguments is [{ Value: string informational }])
                {
                    int plus = informational.IndexOf('+', StringComparison.Ordinal);
                    return plus < 0 ? informational : informational[..plus];
                }
            }

            return Assembly.Identity.Version.ToString();
        }
    }

    /// <summary>Reads an assembly and its XML doc file.</summary>
    /// <param name="assemblyPath">The assembly to document.</param>
    /// <param name="xmlPath">Its XML doc file; <c>null</c> looks for the <c>.xml</c> beside the assembly.</param>
    /// <param name="referencePaths">Further assemblies or folders of assemblies that the documented one uses.</param>
    /// <returns>The library.</returns>
    /// <exception cref="FileNotFoundException">The assembly or its XML doc file does not exist.</exception>
    public static ApiLibrary Load(string assemblyPath, string? xmlPath, IEnumerable<string> referencePaths)
    {
        assemblyPath = Path.GetFullPath(assemblyPath);
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException($"The assembly to document does not exist: {assemblyPath}", assemblyPath);
        }

        xmlPath = Path.GetFullPath(xmlPath ?? Path.ChangeExtension(assemblyPath, ".xml"));
        if (!File.Exists(xmlPath))
        {
            throw new FileNotFoundException($"The XML doc file does not exist: {xmlPath} (build with GenerateDocumentationFile)", xmlPath);
        }

        MetadataReference target = MetadataReference.CreateFromFile(assemblyPath, documentation: XmlDocFile.Read(xmlPath));
        var references = new List<MetadataReference> { target };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFileName(assemblyPath) };
        foreach (string path in FrameworkAssemblies(ReferencesCoreLibDirectly(assemblyPath)).Concat(Neighbours(assemblyPath, referencePaths)))
        {
            if (seen.Add(Path.GetFileName(path)) && IsManagedAssembly(path))
            {
                string xml = Path.ChangeExtension(path, ".xml");
                references.Add(File.Exists(xml)
                    ? MetadataReference.CreateFromFile(path, documentation: XmlDocFile.Read(xml))
                    : MetadataReference.CreateFromFile(path));
            }
        }

        CSharpCompilation compilation = CSharpCompilation.Create(
            "Ki.DocSite.Reader",
            references: references,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, metadataImportOptions: MetadataImportOptions.Public));
        var assembly = (IAssemblySymbol)(compilation.GetAssemblyOrModuleSymbol(target)
            ?? throw new InvalidOperationException($"Roslyn could not read {assemblyPath}."));

        var types = new List<INamedTypeSymbol>();
        CollectTypes(assembly.GlobalNamespace, types);
        return new ApiLibrary(compilation, assembly, [.. types.OrderBy(t => t.GetDocumentationCommentId(), StringComparer.Ordinal)]);
    }

    /// <summary>Whether a user of the library can see the symbol: public, or protected in a type that can be derived from.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>Whether it is visible.</returns>
    public static bool IsVisible(ISymbol symbol)
    {
        for (ISymbol? s = symbol; s is not null and not INamespaceSymbol; s = s.ContainingSymbol)
        {
            bool visible = s.DeclaredAccessibility switch
            {
                Accessibility.Public => true,
                Accessibility.Protected or Accessibility.ProtectedOrInternal => s.ContainingType is { IsSealed: false },
                _ => false,
            };
            if (!visible)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The members of a type that its page documents: visible, declared by the type, written by a person.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The members in a stable order (kind, name, documentation ID).</returns>
    public static IEnumerable<ISymbol> Members(INamedTypeSymbol type) =>
        type.GetMembers()
            .Where(m => m is not INamedTypeSymbol && IsVisible(m) && !m.IsImplicitlyDeclared && !IsCompilerGenerated(m) && IsDocumentedKind(m))
            .OrderBy(MemberKindOf.Of)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.GetDocumentationCommentId(), StringComparer.Ordinal);

    /// <summary>The namespace of a type as dotted text (<c>Ki.Domain.Money</c>); the global namespace is <c>(global)</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The namespace name.</returns>
    public static string NamespaceName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "(global)";

    /// <summary>The visible types that derive directly from a type, within this library.</summary>
    /// <param name="type">The base type.</param>
    /// <returns>The derived types.</returns>
    public IEnumerable<INamedTypeSymbol> DerivedTypes(INamedTypeSymbol type) =>
        Types.Where(t => SymbolEqualityComparer.Default.Equals(t.BaseType?.OriginalDefinition, type));

    private static bool IsDocumentedKind(ISymbol member) => member switch
    {
        IMethodSymbol m => m.ContainingType.TypeKind != TypeKind.Delegate && m.MethodKind is MethodKind.Ordinary
            or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation,
        IFieldSymbol f => !f.IsImplicitlyDeclared,
        IPropertySymbol or IEventSymbol => true,
        _ => false,
    };

    private static bool IsCompilerGenerated(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass is { Name: "CompilerGeneratedAttribute" } c
            && c.ContainingNamespace.ToDisplayString() == "System.Runtime.CompilerServices");

    private static void CollectTypes(INamespaceSymbol ns, List<INamedTypeSymbol> into)
    {
        foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
        {
            CollectTypes(child, into);
        }

        foreach (INamedTypeSymbol type in ns.GetTypeMembers())
        {
            CollectType(type, into);
        }
    }

    private static void CollectType(INamedTypeSymbol type, List<INamedTypeSymbol> into)
    {
        if (!IsVisible(type) || !type.CanBeReferencedByName || IsCompilerGenerated(type))
        {
            return;
        }

        into.Add(type);
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            CollectType(nested, into);
        }
    }

    private static IEnumerable<string> FrameworkAssemblies(bool implementation)
    {
        // Prefer the reference pack: its assemblies come with the XML docs that <inheritdoc/> on framework members needs.
        // An assembly compiled against the implementation (System.Private.CoreLib) needs the runtime's own assemblies.
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string? referencePack = implementation ? null : FindReferencePack(runtimeDir);
        string folder = referencePack ?? runtimeDir;
        return Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal);
    }

    private static string? FindReferencePack(string runtimeDir)
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>/
        var runtime = new DirectoryInfo(runtimeDir);
        DirectoryInfo? dotnetRoot = runtime.Parent?.Parent?.Parent;
        if (dotnetRoot is null || !System.Version.TryParse(runtime.Name.Split('-')[0], out System.Version? version))
        {
            return null;
        }

        string packs = Path.Combine(dotnetRoot.FullName, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        string tfm = $"net{version.Major}.{version.Minor}";
        return Directory.EnumerateDirectories(packs)
            .Where(d => Path.GetFileName(d).StartsWith($"{version.Major}.{version.Minor}.", StringComparison.Ordinal))
            .Select(d => Path.Combine(d, "ref", tfm))
            .Where(Directory.Exists)
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static IEnumerable<string> Neighbours(string assemblyPath, IEnumerable<string> referencePaths)
    {
        IEnumerable<string> folders = referencePaths.Prepend(Path.GetDirectoryName(assemblyPath)!);
        foreach (string path in folders)
        {
            if (Directory.Exists(path))
            {
                foreach (string dll in Directory.EnumerateFiles(path, "*.dll").Order(StringComparer.Ordinal))
                {
                    yield return dll;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                throw new FileNotFoundException($"The reference does not exist: {path}", path);
            }
        }
    }

    private static bool ReferencesCoreLibDirectly(string assemblyPath)
    {
        using FileStream stream = File.OpenRead(assemblyPath);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        MetadataReader metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences.Any(r => metadata.GetString(metadata.GetAssemblyReference(r).Name) == "System.Private.CoreLib");
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
