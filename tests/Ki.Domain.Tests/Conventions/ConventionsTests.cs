using System.Reflection;
using System.Xml.Linq;

namespace Ki.Domain.Tests.Conventions;

public sealed class ConventionsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, XElement>> DocMembers = new(LoadDocumentation);

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        string[] mutable = [.. PublicSurface.Types
            .Where(t => t.IsValueType && !t.IsEnum && !t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"))
            .Select(t => t.FullName!)];
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        string[] open = [.. PublicSurface.Types
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName!)];
        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypesAndMembers_HaveSummaries()
    {
        var missing = new List<string>();
        foreach (Type type in PublicSurface.Types)
        {
            Check(DocumentationIds.Of(type));
            foreach (MemberInfo member in PublicSurface.Members(type))
            {
                Check(DocumentationIds.Of(member));
            }
        }

        Assert.True(missing.Count == 0, "Undocumented: " + string.Join(", ", missing));

        void Check(string id)
        {
            if (!DocMembers.Value.TryGetValue(id, out XElement? element)
                || (element.Element("inheritdoc") is null && string.IsNullOrWhiteSpace(element.Element("summary")?.Value)))
            {
                missing.Add(id);
            }
        }
    }

    [Fact]
    public void DocumentationIds_MatchTheCompilersFile()
    {
        // Guards the check above: if our ID builder drifted from the compiler's, members would look undocumented.
        Assert.True(DocMembers.Value.ContainsKey("T:Ki.Domain.Money.Euro"));
        Assert.True(DocMembers.Value.ContainsKey("M:Ki.Domain.Money.Euro.Parse(System.String,System.IFormatProvider)"));
        Assert.True(DocMembers.Value.ContainsKey("M:Ki.Domain.Money.Euro.TryParse(System.ReadOnlySpan{System.Char},System.IFormatProvider,Ki.Domain.Money.Euro@)"));
    }

    private static Dictionary<string, XElement> LoadDocumentation()
    {
        string path = Path.ChangeExtension(PublicSurface.Assembly.Location, ".xml");
        Assert.True(File.Exists(path), $"The XML documentation file {path} is missing.");
        return XDocument.Load(path).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
    }
}
