using System.Reflection;

namespace Ki.Domain.Tests.Docs;

/// <summary>docs/rule-codes.md lists every stable code the library defines (public or internal).</summary>
public sealed class RuleCodesDocTests
{
    private static string[] DefinedCodes() =>
        [.. typeof(RuleSet).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => v.StartsWith("KI-", StringComparison.Ordinal) && !v.Contains(' ', StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void RuleCodesPage_ListsEveryCodeTheLibraryDefines()
    {
        string page = File.ReadAllText(RepositoryPaths.Combine("docs", "rule-codes.md"));

        string[] missing = [.. DefinedCodes().Where(code => !page.Contains($"| `{code}` |", StringComparison.Ordinal))];

        Assert.True(missing.Length == 0, "docs/rule-codes.md does not list: " + string.Join(", ", missing));
    }

    [Fact]
    public void DefinedCodes_IncludeTheEligibilityAndAwardCodes()
    {
        string[] codes = DefinedCodes();

        Assert.Contains(EligibilityCodes.EarlyStart, codes);
        Assert.Contains(Ki.Domain.Awards.AwardCodes.PassThrough, codes);
        Assert.Contains(Ki.Domain.Applications.ApplicationCodes.Negative, codes);
        Assert.True(codes.Length >= 50, $"Only {codes.Length} codes found.");
    }
}
