using System.Text.RegularExpressions;

namespace Ki.Domain.Tests.Support;

/// <summary>
/// The law every refused input obeys in both languages (issues 11 and 19): a <see cref="KiDataException"/> has a
/// German reason, different from the English one, that does not fall back to quoting the English message, and
/// neither reason names a .NET type or an enum member's C# identifier.
/// </summary>
internal static partial class GermanReasons
{
    /// <summary>The C# identifiers of every enum member of the library with an inner capital (<c>FixedAmount</c>, <c>KreisfreieStadt</c>).</summary>
    private static readonly Lazy<HashSet<string>> EnumIdentifiers = new(() =>
    [
        .. typeof(KiDataException).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic)
            .SelectMany(Enum.GetNames)
            .Where(n => n.Skip(1).Any(char.IsUpper)),
    ]);

    /// <summary>What is wrong with the languages of the exception's reasons, or <see langword="null"/> when nothing is.</summary>
    public static string? Problem(KiDataException e)
    {
        if (e.ReasonGerman is not { } german)
        {
            return "no German reason";
        }

        if (string.Equals(german, e.Reason, StringComparison.Ordinal))
        {
            return "the German reason is the English one";
        }

        if (german.Contains("auf Englisch", StringComparison.Ordinal))
        {
            return "the German reason only quotes the English message";
        }

        foreach (string text in (string[])[e.Reason, german])
        {
            if (TypeName().IsMatch(text))
            {
                return "a .NET type name";
            }

            if (Words().Matches(text).FirstOrDefault(w => EnumIdentifiers.Value.Contains(w.Value)) is { } identifier)
            {
                return $"the enum identifier {identifier.Value}";
            }
        }

        return null;
    }

    /// <summary>Asserts <see cref="Problem"/> is null, naming the exception's reasons when it is not.</summary>
    public static void AssertBilingual(KiDataException e)
    {
        string? problem = Problem(e);
        Assert.True(problem is null, $"{problem}: {e.Location}: {e.Reason} | {e.ReasonGerman}");
    }

    [GeneratedRegex(@"\b(?:Ki\.Domain|System)\.[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\b[A-Za-z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
