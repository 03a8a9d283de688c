using System.Globalization;

namespace Ki.Domain.Places;

/// <summary>
/// Shared parsing and validation for the official German area keys (Regionalschlüssel parts).
/// </summary>
internal static class KeyParser
{
    /// <summary>The Land code of North Rhine-Westphalia, the first two digits of every NRW key.</summary>
    public const int NrwLandCode = 5;

    /// <summary>Powers of ten by exponent.</summary>
    private static readonly int[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// <summary>
    /// Parses a key of exactly <paramref name="digits"/> ASCII digits whose first two digits are a Land code 01–16;
    /// with <paramref name="requireNrw"/>, the Land code must be 05 and a Regierungsbezirk digit must be 1, 3, 5, 7 or 9.
    /// </summary>
    /// <returns>Null on success, else the reason (a sentence fragment).</returns>
    public static string? TryParse(ReadOnlySpan<char> s, int digits, bool requireNrw, out int value)
    {
        value = 0;
        if (s.Length != digits)
        {
            return $"it must have exactly {digits} digits";
        }

        foreach (char ch in s)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return $"it must consist of digits only, and '{ch}' is not a digit";
            }

            value = (value * 10) + (ch - '0');
        }

        int land = value / PowersOfTen[digits - 2];
        if (land is < 1 or > 16)
        {
            return $"its first two digits are the Land code, which runs from 01 to 16, not {land:00}";
        }

        if (requireNrw)
        {
            return NrwViolation(value, digits);
        }

        return null;
    }

    /// <summary>Null when the key lies in NRW (Land 05, Regierungsbezirk 1, 3, 5, 7 or 9), else the reason.</summary>
    public static string? NrwViolation(int value, int digits)
    {
        int land = value / PowersOfTen[digits - 2];
        if (land != NrwLandCode)
        {
            return $"North Rhine-Westphalia is required, whose keys start with 05, but this key is in Land {land:00}";
        }

        int region = value / PowersOfTen[digits - 3] % 10;
        if (region is not (1 or 3 or 5 or 7 or 9))
        {
            return $"NRW's Regierungsbezirke are 051, 053, 055, 057 and 059, not 05{region}";
        }

        return null;
    }

    /// <summary>The canonical text of a key value with leading zeros.</summary>
    public static string Format(int value, int digits) => value.ToString(digits switch
    {
        3 => "D3",
        5 => "D5",
        8 => "D8",
        _ => "D" + digits.ToString(CultureInfo.InvariantCulture),
    }, CultureInfo.InvariantCulture);

    /// <summary>Drops the last <paramref name="count"/> digits of a key.</summary>
    /// <remarks>
    /// Inlined with a constant count, the switch leaves one division by a constant, which the JIT turns into a
    /// multiplication; a divisor read from the table is a hardware division, about ten times slower, and the seat
    /// criterion asks for a seat's district on every evaluation.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Truncate(int value, int count) => count switch
    {
        1 => value / 10,
        2 => value / 100,
        3 => value / 1_000,
        5 => value / 100_000,
        _ => value / PowersOfTen[count],
    };

    /// <summary>Builds the message of the exception that a failed parse throws.</summary>
    public static string Message(ReadOnlySpan<char> s, string term, string reason) =>
        $"'{s.ToString()}' is not a valid {term}: {reason}.";
}
