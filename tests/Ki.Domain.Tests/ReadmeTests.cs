using System.Text.RegularExpressions;

namespace Ki.Domain.Tests;

/// <summary>Keeps the README's code example compiling and true.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Example_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = new StringWriter();
        var german = CultureInfo.GetCultureInfo("de-DE");

        // --- README snippet (keep in sync with README.md) ---
        Euro budget = Euro.Parse("131.000,00 €", german);
        Euro share = budget.Multiply(0.9m, RoundingMode.Commercial);
        output.WriteLine(share.ToString(german));
        MunicipalityKey soest = MunicipalityKey.ParseNrw("05974040");
        output.WriteLine(soest.District);
        output.WriteLine(soest.Region);
        AllocationResult split = Allocator.Allocate(AllocationRequest.Of(
            Euro.FromCents(5), [new("a", 1), new("b", 1), new("c", 1)]));
        output.WriteLine(string.Join(" ", split.Lines.Select(l => $"{l.Id}={l.Amount}")));
        // --- end of snippet ---

        Assert.Equal(["117.900,00 €", "05974", "059", "a=0.02 b=0.02 c=0.01"], output.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void Readme_ContainsTheSnippetThatThisTestRuns()
    {
        string readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        string code = CSharpBlock().Match(readme).Groups[1].Value;
        Assert.Contains("Euro.Parse(\"131.000,00 €\", german)", code, StringComparison.Ordinal);
        Assert.Contains("budget.Multiply(0.9m, RoundingMode.Commercial)", code, StringComparison.Ordinal);
        Assert.Contains("MunicipalityKey.ParseNrw(\"05974040\")", code, StringComparison.Ordinal);
        Assert.Contains("// 117.900,00 €", code, StringComparison.Ordinal);
        Assert.Contains("Euro.FromCents(5), [new(\"a\", 1), new(\"b\", 1), new(\"c\", 1)]", code, StringComparison.Ordinal);
        Assert.Contains("// a=0.02 b=0.02 c=0.01", code, StringComparison.Ordinal);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
