using System.Globalization;

namespace Ki.Domain.Money;

public readonly partial struct Euro : ISpanFormattable
{
    /// <summary>Formats the amount in the invariant format with two decimals and no symbol, such as <c>1234.56</c>.</summary>
    /// <returns>The invariant text, which <see cref="Parse(string, IFormatProvider?)"/> reads back with a
    /// <see langword="null"/> provider.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount for a culture with the general format (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <returns>The text, such as <c>1.234,56 €</c> for de-DE.</returns>
    public string ToString(IFormatProvider? provider) => ToString(null, provider);

    /// <summary>Formats the amount for a culture.</summary>
    /// <param name="format">
    /// <c>G</c> or <see langword="null"/> (general): plain <c>1234.56</c> for the invariant culture, the culture's
    /// currency format with the euro sign otherwise (<c>1.234,56 €</c> for de-DE);
    /// <c>C</c>: currency format with the euro sign; <c>N</c>: grouped number without symbol (<c>1.234,56</c>);
    /// <c>F</c>: plain number without grouping (<c>1234,56</c>). Every format has exactly two decimals and
    /// round-trips through <see cref="Parse(string, IFormatProvider?)"/> with the same culture.
    /// </param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means the invariant culture, never the current one.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of G, C, N or F.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberFormatInfo info = GetNumberFormat(formatProvider);
        decimal amount = Amount;
        return format switch
        {
            null or "" or "G" or "g" => IsInvariant(formatProvider, info)
                ? amount.ToString("F2", info)
                : amount.ToString("C2", WithEuroSymbol(info)),
            "C" or "c" => amount.ToString("C2", WithEuroSymbol(info)),
            "N" or "n" => amount.ToString("N2", info),
            "F" or "f" => amount.ToString("F2", info),
            _ => throw new FormatException($"The format '{format}' is not supported for Euro; use G, C, N or F."),
        };
    }

    /// <summary>Formats the amount into a span of characters; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format: G, C, N or F.</param>
    /// <param name="provider">The culture; <see langword="null"/> means the invariant culture.</param>
    /// <returns>Whether the text fitted into <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of G, C, N or F.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = text.Length;
        return true;
    }

    private static bool IsInvariant(IFormatProvider? provider, NumberFormatInfo info) =>
        provider is null
        || ReferenceEquals(info, NumberFormatInfo.InvariantInfo)
        || (provider is CultureInfo culture && culture.Name.Length == 0);

    private static NumberFormatInfo WithEuroSymbol(NumberFormatInfo info)
    {
        if (info.CurrencySymbol == "€")
        {
            return info;
        }

        var copy = (NumberFormatInfo)info.Clone();
        copy.CurrencySymbol = "€";
        return copy;
    }
}
