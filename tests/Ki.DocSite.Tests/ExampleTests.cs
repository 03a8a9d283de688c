using System.Xml.Linq;
using Ki.DocSite.Tests.Support;

namespace Ki.DocSite.Tests;

/// <summary>
/// Every <c>&lt;example&gt;</c> in Ki.Domain's XML documentation is a whole program: compiled, run, and checked
/// against the <c>// comment</c> at the end of each <c>Console.WriteLine</c>, so the examples on the docs site and in
/// IntelliSense cannot rot.
/// </summary>
public sealed class ExampleTests
{
    private static readonly Lazy<Dictionary<string, string>> Examples = new(() =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Ki.Domain.xml"))
            .Descendants("member")
            .Where(m => m.Element("example")?.Element("code") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => string.Concat(m.Element("example")!.Elements("code").Select(c => c.Value))));

    public static TheoryData<string> Members() => [.. Examples.Value.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void MainTypes_HaveExamples()
    {
        foreach (string id in new[]
        {
            "T:Ki.Domain.Money.Euro", "T:Ki.Domain.Allocation.Allocator", "T:Ki.Domain.Allocation.AllocationRequest",
            "T:Ki.Domain.Eligibility.EligibilityEvaluator", "T:Ki.Domain.Programmes.GrantCalculator",
            "T:Ki.Domain.Awards.AwardAllocator", "T:Ki.Domain.DependencyInjection.KiDomainServiceCollectionExtensions",
        })
        {
            Assert.True(Examples.Value.ContainsKey(id), $"{id} has no <example>.");
        }
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Example_CompilesRunsAndPrintsWhatItsCommentsSay(string member) =>
        SnippetRunner.CheckPrintsWhatItsCommentsSay(Examples.Value[member], $"the <example> of {member}");
}
