using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>Formats dates, rates and names for the settlement explanations in German and English, never with the machine's culture.</summary>
internal static class SettlementTexts
{
    public static string DateDe(LocalDate date) => TextFormats.Date(date, german: true);

    public static string DateEn(LocalDate date) => TextFormats.Date(date, german: false);

    /// <summary>A rate in percent: <c>−0,88 %</c> (de) with a true minus sign.</summary>
    public static string PercentDe(decimal percent) => Signed(percent.ToString("0.00##", TextFormats.German)) + " %";

    /// <summary>A rate in percent: <c>−0.88 %</c> (en).</summary>
    public static string PercentEn(decimal percent) => Signed(percent.ToString("0.00##", CultureInfo.InvariantCulture)) + " %";

    public static string NumberDe(decimal value) => Signed(value.ToString("0.####", TextFormats.German));

    public static string NumberEn(decimal value) => Signed(value.ToString("0.####", CultureInfo.InvariantCulture));

    /// <summary>An exact amount with 4 decimals: <c>9,2932 €</c>.</summary>
    public static string ExactDe(CentFraction amount) => amount.ToEuroString(4).Replace('.', ',') + " €";

    /// <summary>An exact amount with 4 decimals: <c>9.2932 EUR</c>.</summary>
    public static string ExactEn(CentFraction amount) => amount.ToEuroString(4) + " EUR";

    public static string De(Euro amount) => Texts.De(amount);

    public static string En(Euro amount) => Texts.En(amount);

    /// <summary>A change with its sign: <c>+1.000,00 €</c>, <c>−500,00 €</c>, <c>0,00 €</c>.</summary>
    public static string SignedDe(Euro change) => change.IsNegative ? "−" + De(-change) : change.IsZero ? De(change) : "+" + De(change);

    /// <summary>A change with its sign: <c>+1000.00 EUR</c>, <c>−500.00 EUR</c>, <c>0.00 EUR</c>.</summary>
    public static string SignedEn(Euro change) => change.IsNegative ? "−" + En(-change) : change.IsZero ? En(change) : "+" + En(change);

    public static LocalizedText FundsKindName(FundsKind kind) => kind switch
    {
        FundsKind.Own => new LocalizedText("Eigenmittel", "own funds"),
        FundsKind.ThirdParty => new LocalizedText("Drittmittel", "third-party funds"),
        FundsKind.OtherFunder => new LocalizedText("Zuwendung eines anderen Zuwendungsgebers", "another funder's grant"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined kind of funds."),
    };

    public static string DayCountName(DayCount dayCount) => dayCount switch
    {
        DayCount.Actual365 => "act/365",
        DayCount.ActualActual => "act/act",
        _ => throw new ArgumentOutOfRangeException(nameof(dayCount), dayCount, "Undefined day count."),
    };

    public static LocalizedText RoundingName(RoundingMode rounding) => rounding switch
    {
        RoundingMode.Commercial => new LocalizedText("kaufmännisch gerundet", "commercial rounding"),
        RoundingMode.HalfToEven => new LocalizedText("zur geraden Zahl gerundet", "rounded half to even"),
        RoundingMode.TowardZero => new LocalizedText("abgeschnitten", "truncated"),
        RoundingMode.Floor => new LocalizedText("abgerundet", "rounded down"),
        RoundingMode.Ceiling => new LocalizedText("aufgerundet", "rounded up"),
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Undefined rounding mode."),
    };

    private static string Signed(string text) => text.StartsWith('-') ? "−" + text[1..] : text;
}
