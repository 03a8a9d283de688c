using System.Globalization;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Places;

/// <summary>Parses the fields of gazetteer files; each method returns null on success, else the reason.</summary>
internal static class FieldParser
{
    /// <summary>A count of people: ASCII digits only.</summary>
    public static ReasonText? Population(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            return new($"'{text}' is not a whole number of people (digits only)", $"'{text}' ist keine ganze Zahl von Einwohnern (nur Ziffern)");
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) ? null : TooLarge(text);
    }

    /// <summary>An area in km²: digits, optionally a point and one or two decimals.</summary>
    public static ReasonText? Area(string text, out decimal value)
    {
        value = 0m;
        int point = text.IndexOf('.', StringComparison.Ordinal);
        string whole = point < 0 ? text : text[..point];
        string fraction = point < 0 ? string.Empty : text[(point + 1)..];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || (point >= 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit))
        {
            return new($"'{text}' is not an area in km² such as 1328.63 (digits, a point, decimals)", $"'{text}' ist keine Fläche in km² wie 1328.63 (Ziffern, ein Punkt, Nachkommastellen)");
        }

        if (fraction.Length > 2)
        {
            return new($"'{text}' has more than two decimals; areas are given to the hectare (0.01 km²)", $"'{text}' hat mehr als zwei Nachkommastellen; Flächen werden auf den Hektar genau angegeben (0.01 km²)");
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) ? null : TooLarge(text);
    }

    /// <summary>A postal code: five digits, or empty (unknown).</summary>
    public static ReasonText? PostalCode(string text, out string? value)
    {
        value = text.Length == 0 ? null : text;
        return text.Length == 0 || (text.Length == 5 && text.All(char.IsAsciiDigit)) ? null : new ReasonText($"'{text}' is not a five-digit postal code", $"'{text}' ist keine fünfstellige Postleitzahl");
    }

    /// <summary>A name: not blank, no surrounding spaces.</summary>
    public static ReasonText? Name(string text) =>
        string.IsNullOrWhiteSpace(text) ? new("the name is empty", "der Name ist leer")
        : text.Trim().Length != text.Length ? new($"'{text}' has spaces at its start or end", $"'{text}' hat Leerzeichen am Anfang oder Ende")
        : null;

    private static ReasonText TooLarge(string text) => new($"'{text}' is too large", $"'{text}' ist zu groß");

    /// <summary>The reason a key failed to parse, from the key type's message.</summary>
    public static string KeyReason(FormatException e) => e.Message.TrimEnd('.');

    /// <summary>The German reason for a key that does not parse, by the key's type.</summary>
    public static string KeyReasonGerman(string text, Type key) =>
        key == typeof(MunicipalityKey)
            ? $"'{text}' ist kein Amtlicher Gemeindeschlüssel (AGS) einer Gemeinde in NRW: acht Ziffern, beginnend mit 05, etwa 05974040"
            : $"'{text}' ist kein Kreisschlüssel eines Kreises in NRW: fünf Ziffern, beginnend mit 05, etwa 05974";

    /// <summary>
    /// An ISO date <c>uuuu-MM-dd</c>, or null. Parsed by hand: NodaTime's pattern engine costs tens of milliseconds
    /// to warm up, which would dominate loading the embedded gazetteer.
    /// </summary>
    public static LocalDate? IsoDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    /// <summary>Formats a date as ISO <c>uuuu-MM-dd</c>.</summary>
    public static string FormatIsoDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    /// <summary>Formats an area with two decimals, invariant.</summary>
    public static string FormatArea(decimal area) => area.ToString("0.00", CultureInfo.InvariantCulture);
}
