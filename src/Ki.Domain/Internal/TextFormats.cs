using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.Internal;

/// <summary>
/// The one home of the number and date formats of every German and English text of the library, built by hand so
/// that no culture data is looked up: a host published with <c>InvariantGlobalization=true</c> (no ICU, the default
/// of the ASP.NET Core NativeAOT template) gets the same texts, byte for byte, as a host with full culture data.
/// </summary>
/// <remarks>
/// German is de-DE as .NET's culture data (ICU/CLDR) gives it: decimal comma, dot for thousands, <c>1.234,56 €</c>,
/// a hyphen-minus as the negative sign; a test compares these fields with <c>CultureInfo("de-DE")</c> where culture
/// data is present. English is the invariant format (<c>1234.56</c>). Both are read-only; safe to share across threads.
/// </remarks>
internal static class TextFormats
{
    /// <summary>The German number and currency format (de-DE), without culture data.</summary>
    public static NumberFormatInfo German { get; } = CreateGerman();

    /// <summary>The English number format of the texts: the invariant one.</summary>
    public static NumberFormatInfo English => NumberFormatInfo.InvariantInfo;

    /// <summary>A German date: <c>30.09.2019</c>.</summary>
    public static LocalDatePattern GermanDate { get; } = LocalDatePattern.CreateWithInvariantCulture("dd'.'MM'.'uuuu");

    /// <summary>An English (ISO) date: <c>2019-09-30</c>.</summary>
    public static LocalDatePattern EnglishDate { get; } = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>A date in German or English.</summary>
    public static string Date(LocalDate date, bool german) => (german ? GermanDate : EnglishDate).Format(date);

    /// <summary>
    /// An amount of cents as the texts write it: German <c>10.800,00 €</c> (as <c>ToString("C", German)</c>), English
    /// <c>10800.00 EUR</c>. Written digit by digit into a stack buffer instead of through a format string: this keeps a
    /// fully explained decision in both languages under its 2 µs budget (docs/benchmarks.md); a property test checks it
    /// against the format string.
    /// </summary>
    public static string Amount(long cents, bool german)
    {
        Span<char> buffer = stackalloc char[40];
        int pos = buffer.Length;
        ReadOnlySpan<char> suffix = german ? " €" : " EUR";
        pos -= suffix.Length;
        suffix.CopyTo(buffer[pos..]);
        ulong abs = cents < 0 ? (ulong)(-(cents + 1)) + 1 : (ulong)cents;
        ulong euros = abs / 100;
        int rest = (int)(abs % 100);
        buffer[--pos] = (char)('0' + (rest % 10));
        buffer[--pos] = (char)('0' + (rest / 10));
        buffer[--pos] = german ? ',' : '.';
        int digits = 0;
        do
        {
            if (german && digits > 0 && digits % 3 == 0)
            {
                buffer[--pos] = '.';
            }

            buffer[--pos] = (char)('0' + (int)(euros % 10));
            euros /= 10;
            digits++;
        }
        while (euros > 0);
        if (cents < 0)
        {
            buffer[--pos] = '-';
        }

        return new string(buffer[pos..]);
    }

    /// <summary>
    /// Whether a caller's culture asks for German: any <c>de</c> culture. Read from the language code and, as in
    /// invariant globalization mode every culture reports the language <c>iv</c>, from the culture's name too.
    /// </summary>
    public static bool IsGerman(CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName == "de")
        {
            return true;
        }

        string name = culture.Name;
        return name.StartsWith("de", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] is '-' or '_');
    }

    private static NumberFormatInfo CreateGerman()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberDecimalSeparator = ",";
        format.NumberGroupSeparator = ".";
        format.NumberGroupSizes = [3];
        format.NumberDecimalDigits = 3;
        format.NumberNegativePattern = 1;
        format.CurrencyDecimalSeparator = ",";
        format.CurrencyGroupSeparator = ".";
        format.CurrencyGroupSizes = [3];
        format.CurrencyDecimalDigits = 2;
        format.CurrencySymbol = "€";
        format.CurrencyPositivePattern = 3;
        format.CurrencyNegativePattern = 8;
        format.PercentDecimalSeparator = ",";
        format.PercentGroupSeparator = ".";
        format.PercentGroupSizes = [3];
        format.PercentDecimalDigits = 3;
        format.PercentPositivePattern = 0;
        format.PercentNegativePattern = 0;
        format.PercentSymbol = "%";
        format.PerMilleSymbol = "‰";
        format.NegativeSign = "-";
        format.PositiveSign = "+";
        format.NaNSymbol = "NaN";
        format.PositiveInfinitySymbol = "∞";
        format.NegativeInfinitySymbol = "-∞";
        return NumberFormatInfo.ReadOnly(format);
    }
}
