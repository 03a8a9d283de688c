using System.Collections.Immutable;
using System.Text;

namespace Ki.Domain;

/// <summary>
/// The one table of codes for the library's enums: every member's code is its name in kebab case
/// (<c>KreisfreieStadt</c> is <c>kreisfreie-stadt</c>, <c>HalfToEven</c> is <c>half-to-even</c>). JSON documents,
/// texts and the command line all use these codes, so a code is spelled in one place.
/// </summary>
/// <remarks>
/// Codes are compared ordinally (case-sensitive); numbers and undefined values are not codes. The tables are built
/// once per enum type. Stateless; safe to call from many threads.
/// </remarks>
public static class EnumCodes
{
    /// <summary>The code of an enum member, such as <c>kreisfreie-stadt</c>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Codes.TryGetValue(value, out string? code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {Table<TEnum>.Words}.");

    /// <summary>Finds the member of a code.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="code">The code, such as <c>kreisfreie-stadt</c>; <see langword="null"/> is no code.</param>
    /// <param name="value">The member, or <c>default</c> when the code is not one.</param>
    /// <returns>Whether the code names a member.</returns>
    public static bool TryFromCode<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        if (code is not null && Table<TEnum>.Values.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every code of an enum, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The codes.</returns>
    public static ImmutableArray<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.All;

    /// <summary>
    /// A sentence for a text that is not a code: <c>'x' is not a rounding mode; expected one of commercial, half-to-even, ...</c>.
    /// </summary>
    internal static string NotACode<TEnum>(string text)
        where TEnum : struct, Enum => $"'{text}' is not {Table<TEnum>.Article} {Table<TEnum>.Words}; expected one of {string.Join(", ", Table<TEnum>.All)}.";

    /// <summary>Turns a Pascal-case name into kebab case.</summary>
    internal static string Kebab(string name)
    {
        var code = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Codes = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => Kebab(v.ToString()));

        public static readonly Dictionary<string, TEnum> Values = Codes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly ImmutableArray<string> All = [.. Codes.Values];

        /// <summary>The enum's name as words, for messages: <c>ApplicantKind</c> is <c>applicant kind</c>.</summary>
        public static readonly string Words = Kebab(typeof(TEnum).Name).Replace('-', ' ');

        public static readonly string Article = "aeiou".Contains(Words[0], StringComparison.Ordinal) ? "an" : "a";
    }
}
