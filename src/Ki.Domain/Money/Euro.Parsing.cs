using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Money;

public readonly partial struct Euro : ISpanParsable<Euro>
{
    private enum ParseStatus
    {
        Ok,
        Invalid,
        SubCent,
        Overflow,
    }

    /// <summary>
    /// Parses an amount written in the given culture, such as <c>1.234,56 €</c> (de-DE) or <c>1234.56</c> (invariant).
    /// </summary>
    /// <param name="s">The text. A euro sign or <c>EUR</c> may stand before or after the number; group separators must
    /// sit every three digits (so <c>1.5</c> is not read as fifteen in de-DE).</param>
    /// <param name="provider">The culture whose separators are used; <see langword="null"/> means the invariant
    /// culture, never the current one.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount in that culture, or has a fraction of a
    /// cent (use <see cref="Parse(string, IFormatProvider?, RoundingMode)"/> to round it).</exception>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="Euro"/>.</exception>
    public static Euro Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an amount written in the given culture; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount in that culture, or has a fraction of a cent.</exception>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="Euro"/>.</exception>
    public static Euro Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s, provider, rounding: null);

    /// <summary>
    /// Parses an amount written in the given culture and rounds a fraction of a cent with the given mode
    /// (<c>0,005</c> becomes <c>0,01</c> under <see cref="RoundingMode.Commercial"/>).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <param name="rounding">How a fraction of a cent is rounded.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount in that culture.</exception>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="Euro"/>.</exception>
    public static Euro Parse(string s, IFormatProvider? provider, RoundingMode rounding)
    {
        Preconditions.CheckNotNull(s);
        rounding.Validate(nameof(rounding));
        return ParseOrThrow(s.AsSpan(), provider, rounding);
    }

    /// <summary>Tries to parse an amount written in the given culture; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid amount with no fraction of a cent.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Euro result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse an amount written in the given culture; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid amount with no fraction of a cent.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Euro result)
    {
        bool ok = TryParseCore(s, GetNumberFormat(provider), null, out long cents, out _) == ParseStatus.Ok;
        result = ok ? new Euro(cents) : default;
        return ok;
    }

    /// <summary>Tries to parse an amount and rounds a fraction of a cent with the given mode.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <param name="rounding">How a fraction of a cent is rounded.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, RoundingMode rounding, out Euro result)
    {
        rounding.Validate(nameof(rounding));
        long cents = 0;
        bool ok = s is not null && TryParseCore(s.AsSpan(), GetNumberFormat(provider), rounding, out cents, out _) == ParseStatus.Ok;
        result = ok ? new Euro(cents) : default;
        return ok;
    }

    private static Euro ParseOrThrow(ReadOnlySpan<char> s, IFormatProvider? provider, RoundingMode? rounding)
    {
        NumberFormatInfo format = GetNumberFormat(provider);
        ParseStatus status = TryParseCore(s, format, rounding, out long cents, out string reason);
        string culture = provider is CultureInfo c && c.Name.Length > 0 ? c.Name : "invariant";
        return status switch
        {
            ParseStatus.Ok => new Euro(cents),
            ParseStatus.Overflow => throw new OverflowException($"'{s.ToString()}' is outside the range of Euro."),
            ParseStatus.SubCent => throw new FormatException($"'{s.ToString()}' has a fraction of a cent; pass a RoundingMode to round it."),
            _ => throw new FormatException($"'{s.ToString()}' is not a euro amount in the {culture} culture: {reason}."),
        };
    }

    private static NumberFormatInfo GetNumberFormat(IFormatProvider? provider) =>
        provider is null ? NumberFormatInfo.InvariantInfo : NumberFormatInfo.GetInstance(provider);

    private static ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberFormatInfo format, RoundingMode? rounding, out long cents, out string reason)
    {
        cents = 0;
        reason = string.Empty;
        s = s.Trim();
        bool symbolSeen = StripSymbol(ref s);
        bool negative = false;
        if (StartsWithSign(s, format.NegativeSign, '-', out int signLength))
        {
            negative = true;
            s = s[signLength..].TrimStart();
        }
        else if (StartsWithSign(s, format.PositiveSign, '+', out signLength))
        {
            s = s[signLength..].TrimStart();
        }

        if (!symbolSeen)
        {
            StripSymbol(ref s);
        }

        if (s.IsEmpty)
        {
            reason = "there is no number";
            return ParseStatus.Invalid;
        }

        int decimalAt = s.IndexOf(format.NumberDecimalSeparator.AsSpan(), StringComparison.Ordinal);
        ReadOnlySpan<char> integer = decimalAt < 0 ? s : s[..decimalAt];
        ReadOnlySpan<char> fraction = decimalAt < 0 ? ReadOnlySpan<char>.Empty : s[(decimalAt + format.NumberDecimalSeparator.Length)..];
        if (decimalAt >= 0 && fraction.IsEmpty)
        {
            reason = "there are no digits after the decimal separator";
            return ParseStatus.Invalid;
        }

        foreach (char ch in fraction)
        {
            if (!char.IsAsciiDigit(ch))
            {
                reason = $"'{ch}' is not a digit in the fraction";
                return ParseStatus.Invalid;
            }
        }

        decimal magnitude = 0;
        if (!TryReadInteger(integer, format.NumberGroupSeparator, ref magnitude, out reason))
        {
            return ParseStatus.Invalid;
        }

        if (magnitude == decimal.MaxValue)
        {
            return ParseStatus.Overflow;
        }

        int keptDigits = Math.Min(2, fraction.Length);
        for (int i = 0; i < 2; i++)
        {
            magnitude = (magnitude * 10) + (i < keptDigits ? fraction[i] - '0' : 0);
        }

        ReadOnlySpan<char> dropped = fraction.Length > 2 ? fraction[2..] : ReadOnlySpan<char>.Empty;
        bool anyDropped = dropped.IndexOfAnyExcept('0') >= 0;
        if (anyDropped)
        {
            if (rounding is not RoundingMode mode)
            {
                return ParseStatus.SubCent;
            }

            int halfComparison = dropped[0] != '5' ? dropped[0] - '5' : (dropped[1..].IndexOfAnyExcept('0') >= 0 ? 1 : 0);
            bool odd = decimal.Remainder(magnitude, 2) != 0;
            if (mode.RoundsMagnitudeUp(halfComparison, anyDropped, negative, odd))
            {
                magnitude += 1;
            }
        }

        decimal signed = negative ? -magnitude : magnitude;
        if (signed < long.MinValue || signed > long.MaxValue)
        {
            return ParseStatus.Overflow;
        }

        cents = (long)signed;
        return ParseStatus.Ok;
    }

    private static bool StartsWithSign(ReadOnlySpan<char> s, string cultureSign, char asciiSign, out int length)
    {
        if (cultureSign.Length > 0 && s.StartsWith(cultureSign.AsSpan(), StringComparison.Ordinal))
        {
            length = cultureSign.Length;
            return true;
        }

        length = 1;
        return !s.IsEmpty && s[0] == asciiSign;
    }

    private static bool StripSymbol(ref ReadOnlySpan<char> s)
    {
        foreach (string symbol in (ReadOnlySpan<string>)["€", "EUR"])
        {
            if (s.StartsWith(symbol.AsSpan(), StringComparison.Ordinal))
            {
                s = s[symbol.Length..].TrimStart();
                return true;
            }

            if (s.EndsWith(symbol.AsSpan(), StringComparison.Ordinal))
            {
                s = s[..^symbol.Length].TrimEnd();
                return true;
            }
        }

        return false;
    }

    private static bool IsGroupSeparator(ReadOnlySpan<char> s, int index, string separator, out int length)
    {
        bool whitespaceSeparator = separator.Length == 1 && char.IsWhiteSpace(separator[0]);
        if (whitespaceSeparator && char.IsWhiteSpace(s[index]))
        {
            length = 1;
            return true;
        }

        length = separator.Length;
        return separator.Length > 0 && s[index..].StartsWith(separator.AsSpan(), StringComparison.Ordinal);
    }

    private static bool TryReadInteger(ReadOnlySpan<char> integer, string groupSeparator, ref decimal magnitude, out string reason)
    {
        reason = string.Empty;
        if (integer.IsEmpty)
        {
            reason = "there are no digits before the decimal separator";
            return false;
        }

        int groupDigits = 0;
        int groups = 0;
        for (int i = 0; i < integer.Length;)
        {
            char ch = integer[i];
            if (char.IsAsciiDigit(ch))
            {
                if (magnitude > 1_000_000_000_000_000_000_000m)
                {
                    reason = "the number is far too large";
                    magnitude = decimal.MaxValue;
                    return true;
                }

                magnitude = (magnitude * 10) + (ch - '0');
                groupDigits++;
                i++;
            }
            else if (IsGroupSeparator(integer, i, groupSeparator, out int length))
            {
                if ((groups == 0 && groupDigits is < 1 or > 3) || (groups > 0 && groupDigits != 3))
                {
                    reason = "group separators must stand every three digits";
                    return false;
                }

                groups++;
                groupDigits = 0;
                i += length;
            }
            else
            {
                reason = $"'{ch}' is not a digit";
                return false;
            }
        }

        if (groupDigits == 0 || (groups > 0 && groupDigits != 3))
        {
            reason = "group separators must stand every three digits";
            return false;
        }

        return true;
    }
}
