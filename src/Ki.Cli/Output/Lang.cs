using System.Globalization;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Ki.Cli.Output;

/// <summary>
/// The language of everything <c>ki</c> prints for people (<c>--lang de|en</c>): the texts, and how amounts, counts,
/// shares and dates look in tables (<c>131.000,00 €</c> / <c>131,000.00 EUR</c>). JSON and CSV never use it for
/// numbers; they stay invariant.
/// </summary>
internal sealed class Lang
{
    private static readonly LocalDatePattern GermanDate = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    private Lang(bool german) => IsGerman = german;

    /// <summary>
    /// German number notation built by hand (<c>131.000,00</c>, <c>131.000,00 €</c>), so amounts read and print the
    /// same without the operating system's culture data (<c>InvariantGlobalization</c>).
    /// </summary>
    public static NumberFormatInfo GermanNumbers { get; } = BuildGermanNumbers();

    /// <summary>English: amounts as <c>131,000.00 EUR</c>, ISO dates.</summary>
    public static Lang English { get; } = new(false);

    /// <summary>German: amounts as <c>131.000,00 €</c>, dates as <c>31.12.2019</c>.</summary>
    public static Lang German { get; } = new(true);

    /// <summary>Whether the texts are German.</summary>
    public bool IsGerman { get; }

    /// <summary>The code of the language, <c>de</c> or <c>en</c>.</summary>
    public string Code => IsGerman ? "de" : "en";

    /// <summary>
    /// German when the user's UI culture is German, English otherwise. Read from the culture's name as well as its
    /// language, because without culture data (<c>InvariantGlobalization</c>) every culture reports the language
    /// <c>iv</c>.
    /// </summary>
    public static Lang FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "de" || IsGermanLocale(culture.Name) ? German : English;

    /// <summary>
    /// The language of the system: the UI culture when it is German, otherwise the POSIX locale variables in their
    /// order of precedence (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>; the first one set decides), so that
    /// <c>LANG=de_DE.UTF-8</c> means German even where .NET has no culture data.
    /// </summary>
    public static Lang FromSystem(CultureInfo uiCulture, Func<string, string?> environment)
    {
        if (FromCulture(uiCulture).IsGerman)
        {
            return German;
        }

        foreach (string variable in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                return IsGermanLocale(value) ? German : English;
            }
        }

        return English;
    }

    /// <summary>The language for a <c>--lang</c> value, or <see langword="null"/> when it is neither.</summary>
    public static Lang? FromCode(string code) => code.Trim().ToLowerInvariant() switch
    {
        "de" or "deutsch" or "german" => German,
        "en" or "english" or "englisch" => English,
        _ => null,
    };

    /// <summary>Picks the English or the German text.</summary>
    public string T(string english, string german) => IsGerman ? german : english;

    /// <summary>The library text in this language (its <see cref="LocalizedText.German"/> or <see cref="LocalizedText.English"/>).</summary>
    public string T(LocalizedText text) => IsGerman ? text.German : text.English;

    /// <summary>An amount for a table: <c>131.000,00 €</c> or <c>131,000.00 EUR</c>.</summary>
    public string Money(Euro amount) =>
        IsGerman ? amount.ToString("C", GermanNumbers) : amount.ToString("N", CultureInfo.InvariantCulture) + " EUR";

    /// <summary>An amount without the currency, for columns whose header names it: <c>131.000,00</c> or <c>131,000.00</c>.</summary>
    public string Number(Euro amount) => amount.ToString("N", NumberCulture);

    /// <summary>A whole count with thousands separators: <c>67.952</c> or <c>67,952</c>.</summary>
    public string Count(long value) => value.ToString("N0", NumberCulture);

    /// <summary>A decimal with grouping and as many decimals as it has, at most <paramref name="maxDecimals"/>.</summary>
    public string Decimal(decimal value, int maxDecimals = 6) =>
        value.ToString("#,0." + new string('#', maxDecimals), NumberCulture);

    /// <summary>A fraction as a percentage with two decimals: <c>7,82 %</c> or <c>7.82%</c>.</summary>
    public string Percent(decimal fraction)
    {
        string number = decimal.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", NumberCulture);
        return IsGerman ? number + " %" : number + "%";
    }

    /// <summary>A date: <c>31.12.2019</c> or <c>2019-12-31</c>.</summary>
    public string Date(LocalDate date) => IsGerman ? GermanDate.Format(date) : LocalDatePattern.Iso.Format(date);

    /// <summary>The word for yes or no.</summary>
    public string YesNo(bool value) => value ? T("yes", "ja") : T("no", "nein");

    /// <summary>A decimal in a fixed .NET format string (such as <c>0.00##</c>) in this language's notation.</summary>
    public string Format(decimal value, string format) => value.ToString(format, NumberCulture);

    private static bool IsGermanLocale(string name) =>
        name.StartsWith("de", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] is '-' or '_' or '.' or '@');

    private NumberFormatInfo NumberCulture => IsGerman ? GermanNumbers : NumberFormatInfo.InvariantInfo;

    private static NumberFormatInfo BuildGermanNumbers()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberDecimalSeparator = format.CurrencyDecimalSeparator = format.PercentDecimalSeparator = ",";
        format.NumberGroupSeparator = format.CurrencyGroupSeparator = format.PercentGroupSeparator = ".";
        format.CurrencySymbol = "€";
        format.CurrencyPositivePattern = 3; // n €
        format.CurrencyNegativePattern = 8; // -n €
        return NumberFormatInfo.ReadOnly(format);
    }
}
