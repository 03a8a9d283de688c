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
