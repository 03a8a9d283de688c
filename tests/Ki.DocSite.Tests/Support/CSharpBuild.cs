using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ki.DocSite.Tests.Support;

/// <summary>Compiles C# in memory with Roslyn against the framework and every assembly the tests can load (Ki.Domain among them).</summary>
internal static class CSharpBuild
{
    /// <summary>The global usings of an SDK project with ImplicitUsings, so snippets read like user code.</summary>
    public const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
        + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p))]);

    /// <summary>Compiles sources into a compilation (errors not checked).</summary>
    public static CSharpCompilation Compile(string name, OutputKind kind, params string[] sources) =>
        CSharpCompilation.Create(
            name,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))),
            References.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Emits a library and its XML doc file into a folder and returns the DLL's path; fails the test on a compile error.</summary>
    public static string EmitLibrary(string folder, string name, string source)
    {
        CSharpCompilation compilation = Compile(name, OutputKind.DynamicallyLinkedLibrary, source);
        Directory.CreateDirectory(folder);
        string dll = Path.Combine(folder, name + ".dll");
        using (FileStream pe = File.Create(dll))
        using (FileStream xml = File.Create(Path.ChangeExtension(dll, ".xml")))
        {
            var result = compilation.Emit(pe, xmlDocumentationStream: xml);
            Assert.True(result.Success, string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return dll;
    }
}
