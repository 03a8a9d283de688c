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
            ParseStatus.SubCent => throw new FormatException($"'{s.ToString()}' {reason}."),
            _ => throw new FormatException($"'{s.ToString()}' is not a euro amount in the {culture} culture: {reason}."),
        };
    }

    private static NumberFormatInfo GetNumberFormat(IFormatProvider? provider) =>
        provider is null ? NumberFormatInfo.InvariantInfo : NumberFormatInfo.GetInstance(provider);

    /// <summary>
    /// Reads the text with the culture's number separators and, when those fail, with its currency separators
    /// (de-AT groups numbers with a space but currency amounts with a dot); the first reading's reason is reported.
    /// </summary>
    private static ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberFormatInfo format, RoundingMode? rounding, out long cents, out string reason)
    {
        var number = new Separators(format.NumberDecimalSeparator, format.NumberGroupSeparator, format.NumberGroupSizes);
        ParseStatus status = TryParseWith(s, format, number, rounding, out cents, out reason);
        if (status == ParseStatus.Ok)
        {
            return status;
        }

        var currency = new Separators(format.CurrencyDecimalSeparator, format.CurrencyGroupSeparator, format.CurrencyGroupSizes);
        if (currency.Decimal == number.Decimal && currency.Group == number.Group && currency.Sizes.AsSpan().SequenceEqual(number.Sizes))
        {
            return status;
        }

        ParseStatus second = TryParseWith(s, format, currency, rounding, out long secondCents, out _);
        if (second == ParseStatus.Ok)
        {
            cents = secondCents;
            reason = string.Empty;
            return second;
        }

        return status;
    }

    private static ParseStatus TryParseWith(ReadOnlySpan<char> s, NumberFormatInfo format, Separators separators, RoundingMode? rounding, out long cents, out string reason)
    {
        cents = 0;
        reason = string.Empty;
        if (!TryStripAffixes(ref s, format, out bool negative, out reason))
        {
            return ParseStatus.Invalid;
        }

        int decimalAt = s.IndexOf(separators.Decimal.AsSpan(), StringComparison.Ordinal);
        ReadOnlySpan<char> integer = decimalAt < 0 ? s : s[..decimalAt];
        ReadOnlySpan<char> fraction = decimalAt < 0 ? ReadOnlySpan<char>.Empty : s[(decimalAt + separators.Decimal.Length)..];
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
        if (!TryReadInteger(integer, separators, ref magnitude, out reason))
        {
            return ParseStatus.Invalid;
        }

        if (magnitude == decimal.MaxValue)
        {
            return ParseStatus.Overflow;
        }

        if (fraction.Length > 2 && rounding is null)
        {
            reason = TooManyDecimals(magnitude, fraction, format);
            return ParseStatus.SubCent;
        }

        int keptDigits = Math.Min(2, fraction.Length);
        for (int i = 0; i < 2; i++)
        {
            magnitude = (magnitude * 10) + (i < keptDigits ? fraction[i] - '0' : 0);
        }

        ReadOnlySpan<char> dropped = fraction.Length > 2 ? fraction[2..] : ReadOnlySpan<char>.Empty;
        bool anyDropped = dropped.IndexOfAnyExcept('0') >= 0;
        if (anyDropped && rounding is RoundingMode mode)
        {
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

    /// <summary>
    /// The reason for a text with more than two decimals, with the likely meaning when there are exactly three: a
    /// German "131.000" read with a decimal point (or an English "131,000" read with a decimal comma) is one hundred
    /// thirty-one thousand, never 131 euros.
    /// </summary>
    private static string TooManyDecimals(decimal whole, ReadOnlySpan<char> fraction, NumberFormatInfo format)
    {
        string count = fraction.Length == 3 ? "three" : fraction.Length.ToString(CultureInfo.InvariantCulture);
        string reason = $"has {count} decimals, but an amount in euros has at most two (cents)";
        if (fraction.Length == 3 && whole > 0 && whole < 10_000_000_000_000m)
        {
            decimal thousands = (whole * 1000) + decimal.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture);
            var meant = new Euro((long)(thousands * 100));
            string plain = thousands.ToString(CultureInfo.InvariantCulture);
            string grouped = meant.ToString("N", format);
            string phrase = fraction.SequenceEqual("000") ? $"{whole.ToString(CultureInfo.InvariantCulture)} thousand euros" : $"{plain} euros";
            reason += grouped == plain
                ? $"; for {phrase} write {plain}"
                : $"; for {phrase} write {plain} or {grouped}";
        }

        return reason + "; to round a fraction of a cent, pass a rounding mode";
    }

    /// <summary>
    /// Strips the euro sign (or <c>EUR</c>), a sign before or after the number or parentheses around it, and the
    /// invisible direction marks some cultures put around signs, in the places any culture's currency pattern puts them.
    /// </summary>
    private static bool TryStripAffixes(ref ReadOnlySpan<char> s, NumberFormatInfo format, out bool negative, out string reason)
    {
        negative = false;
        reason = string.Empty;
        s = TrimMarks(s);
        bool signSeen = false;
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')')
        {
            negative = true;
            signSeen = true;
            s = TrimMarks(s[1..^1]);
        }

        bool symbolSeen = false;
        bool progress = true;
        while (progress)
        {
            progress = false;
            if (!symbolSeen && StripSymbol(ref s))
            {
                symbolSeen = true;
                progress = true;
            }

            if (!signSeen && StripSign(ref s, format, out bool isNegative))
            {
                signSeen = true;
                negative = isNegative;
                progress = true;
            }

            s = TrimMarks(s);
        }

        if (s.IsEmpty)
        {
            reason = "there is no number";
            return false;
        }

        return true;
    }

    private static ReadOnlySpan<char> TrimMarks(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        while (!s.IsEmpty && IsMark(s[0]))
        {
            s = s[1..].TrimStart();
        }

        while (!s.IsEmpty && IsMark(s[^1]))
        {
            s = s[..^1].TrimEnd();
        }

        return s;
    }

    /// <summary>Left-to-right, right-to-left and Arabic letter marks, which format amounts in RTL cultures.</summary>
    private static bool IsMark(char ch) => ch is '\u200E' or '\u200F' or '\u061C';

    private static bool StripSign(ref ReadOnlySpan<char> s, NumberFormatInfo format, out bool negative)
    {
        foreach ((string sign, bool isNegative) in (ReadOnlySpan<(string, bool)>)[(format.NegativeSign, true), ("-", true), ("\u2212", true), (format.PositiveSign, false), ("+", false)])
        {
            string bare = sign.Trim('\u200E', '\u200F', '\u061C');
            if (bare.Length == 0)
            {
                continue;
            }

            if (s.StartsWith(bare.AsSpan(), StringComparison.Ordinal))
            {
                s = s[bare.Length..];
                negative = isNegative;
                return true;
            }

            if (s.EndsWith(bare.AsSpan(), StringComparison.Ordinal))
            {
                s = s[..^bare.Length];
                negative = isNegative;
                return true;
            }
        }

        negative = false;
        return false;
    }

    private static bool StripSymbol(ref ReadOnlySpan<char> s)
    {
        foreach (string symbol in (ReadOnlySpan<string>)["€", "EUR"])
        {
            if (s.StartsWith(symbol.AsSpan(), StringComparison.Ordinal))
            {
                s = s[symbol.Length..];
                return true;
            }

            if (s.EndsWith(symbol.AsSpan(), StringComparison.Ordinal))
            {
                s = s[..^symbol.Length];
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

    /// <summary>
    /// Reads the digits before the decimal separator. Group separators must stand between well-formed groups: every
    /// three digits, or as the culture groups (en-IN: 12,34,567), and never after a leading zero (so <c>0,500</c> is
    /// not five hundred in the invariant culture and <c>0.005</c> is not five in de-DE).
    /// </summary>
    private static bool TryReadInteger(ReadOnlySpan<char> integer, Separators separators, ref decimal magnitude, out string reason)
    {
        reason = string.Empty;
        if (integer.IsEmpty)
        {
            reason = "there are no digits before the decimal separator";
            return false;
        }

        Span<int> groups = stackalloc int[32];
        int groupCount = 0;
        int groupDigits = 0;
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
            else if (IsGroupSeparator(integer, i, separators.Group, out int length))
            {
                if (groupDigits == 0 || groupCount == groups.Length - 1)
                {
                    reason = "group separators must stand between groups of digits";
                    return false;
                }

                if (groupCount == 0 && integer[0] == '0')
                {
                    reason = "a group separator cannot follow a leading 0";
                    return false;
                }

                groups[groupCount++] = groupDigits;
                groupDigits = 0;
                i += length;
            }
            else
            {
                reason = $"'{ch}' is not a digit";
                return false;
            }
        }

        if (groupDigits == 0)
        {
            reason = "group separators must stand between groups of digits";
            return false;
        }

        groups[groupCount++] = groupDigits;
        if (groupCount > 1 && !IsGrouped(groups[..groupCount], [3]) && !IsGrouped(groups[..groupCount], separators.Sizes))
        {
            reason = "group separators must stand every three digits";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the digit groups (left to right) follow the group sizes of <see cref="NumberFormatInfo.NumberGroupSizes"/>
    /// (right to left, the last size repeating, a last size of 0 leaving the rest ungrouped); the leftmost group may be shorter.
    /// </summary>
    private static bool IsGrouped(ReadOnlySpan<int> groups, ReadOnlySpan<int> sizes)
    {
        if (sizes.IsEmpty)
        {
            return false;
        }

        int sizeIndex = 0;
        for (int g = groups.Length - 1; g >= 0; g--)
        {
            int size = sizes[Math.Min(sizeIndex, sizes.Length - 1)];
            sizeIndex++;
            if (size == 0)
            {
                return false;
            }

            bool leftmost = g == 0;
            if (leftmost ? groups[g] > size : groups[g] != size)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The separators and group sizes of one of a culture's two formats (numbers and currency).</summary>
    private readonly record struct Separators(string Decimal, string Group, int[] Sizes);
}
