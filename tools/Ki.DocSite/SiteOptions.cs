namespace Ki.DocSite;

/// <summary>What the generator reads and where it writes.</summary>
/// <param name="AssemblyPath">The built library (<c>Ki.Domain.dll</c>).</param>
/// <param name="XmlPath">Its XML doc file; <c>null</c> takes the <c>.xml</c> beside the assembly.</param>
/// <param name="DocsFolder">The folder of Markdown articles (<c>docs/</c>).</param>
/// <param name="OutputFolder">Where the site goes (<c>docs/_site</c>); emptied first.</param>
/// <param name="References">Further assemblies or folders the library uses; its own folder is always searched.</param>
internal sealed record SiteOptions(string AssemblyPath, string? XmlPath, string DocsFolder, string OutputFolder, IReadOnlyList<string> References);
