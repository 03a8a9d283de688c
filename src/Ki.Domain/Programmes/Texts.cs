using System.Globalization;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>Formats figures for German and English explanation texts, never with the machine's culture.</summary>
internal static class Texts
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>An amount: <c>10.800,00 €</c> in German, <c>10800.00 EUR</c> in English.</summary>
    public static string De(Euro amount) => amount.ToString("C", German);

    /// <summary>An amount in English: <c>10800.00 EUR</c>.</summary>
    public static string En(Euro amount) => amount.ToString(CultureInfo.InvariantCulture) + " EUR";

    /// <summary>A rate as a percentage: <c>90 %</c> (de: <c>87,5 %</c>).</summary>
    public static string PercentDe(decimal rate) => (rate * 100m).ToString("0.####", German) + " %";

    /// <summary>A rate as a percentage in English: <c>87.5 %</c>.</summary>
    public static string PercentEn(decimal rate) => (rate * 100m).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>A number in German: <c>2,5</c>.</summary>
    public static string NumberDe(decimal value) => value.ToString("0.####", German);

    /// <summary>A number in English: <c>2.5</c>.</summary>
    public static string NumberEn(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
