using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Api;

/// <summary>
/// Gives Roslyn the doc comments of a metadata reference from the compiler's XML doc file (the Workspaces
/// package, which has a ready-made provider, is not a dependency here).
/// </summary>
internal sealed class XmlDocFile : DocumentationProvider
{
    private readonly string _path;
    private readonly Dictionary<string, string> _members;

    private XmlDocFile(string path, Dictionary<string, string> members)
    {
        _path = path;
        _members = members;
    }

    /// <summary>Reads an XML doc file.</summary>
    /// <param name="path">The file (<c>Ki.Domain.xml</c>).</param>
    /// <returns>The provider.</returns>
    public static XmlDocFile Read(string path)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        XDocument document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        foreach (XElement member in document.Root?.Element("members")?.Elements("member") ?? [])
        {
            if (member.Attribute("name")?.Value is { } id)
            {
                members[id] = member.ToString(SaveOptions.DisableFormatting);
            }
        }

        return new XmlDocFile(Path.GetFullPath(path), members);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is XmlDocFile other && other._path == _path;

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_path);

    /// <inheritdoc/>
    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.GetValueOrDefault(documentationMemberID);
}
