using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>Formats figures for German and English explanation texts, never with the machine's culture.</summary>
internal static class Texts
{
    /// <summary>An amount: <c>10.800,00 €</c> in German, <c>10800.00 EUR</c> in English.</summary>
    public static string De(Euro amount) => TextFormats.Amount(amount.Cents, german: true);

    /// <summary>An amount in English: <c>10800.00 EUR</c>.</summary>
    public static string En(Euro amount) => TextFormats.Amount(amount.Cents, german: false);

    /// <summary>A rate as a percentage: <c>90 %</c> (de: <c>87,5 %</c>).</summary>
    public static string PercentDe(decimal rate) => (rate * 100m).ToString("0.####", TextFormats.German) + " %";

    /// <summary>A rate as a percentage in English: <c>87.5 %</c>.</summary>
    public static string PercentEn(decimal rate) => (rate * 100m).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>A number in German: <c>2,5</c>.</summary>
    public static string NumberDe(decimal value) => value.ToString("0.####", TextFormats.German);

    /// <summary>A number in English: <c>2.5</c>.</summary>
    public static string NumberEn(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The German name of an applicant kind, such as <c>kreisfreie Stadt</c> (never the enum identifier).</summary>
    public static string KindDe(ApplicantKind kind) => KindNames(kind).German;

    /// <summary>The English name of an applicant kind, such as <c>registered association</c>.</summary>
    public static string KindEn(ApplicantKind kind) => KindNames(kind).English;

    /// <summary>The one table of the applicant kinds' names, German and English.</summary>
    private static (string German, string English) KindNames(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Kreis => ("Kreis", "Kreis"),
        ApplicantKind.KreisfreieStadt => ("kreisfreie Stadt", "kreisfreie Stadt"),
        ApplicantKind.Gemeinde => ("Gemeinde", "Gemeinde"),
        ApplicantKind.RegisteredAssociation => ("eingetragener Verein", "registered association"),
        ApplicantKind.MigrantOrganisation => ("Migrantenselbstorganisation", "migrant organisation"),
        ApplicantKind.WelfareAssociation => ("Wohlfahrtsverband", "welfare association"),
        ApplicantKind.ReligiousCommunity => ("Religionsgemeinschaft", "religious community"),
        ApplicantKind.School => ("Schule", "school"),
        ApplicantKind.DayCareCentre => ("Kindertageseinrichtung", "day-care centre"),
        ApplicantKind.VolunteerInitiative => ("ehrenamtliche Initiative", "volunteer initiative"),
        _ => (((int)kind).ToString(CultureInfo.InvariantCulture), ((int)kind).ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The German name of a rounding mode, such as <c>kaufmännische Rundung</c>.</summary>
    public static string RoundingDe(RoundingMode mode) => RoundingNames(mode).German;

    /// <summary>The English name of a rounding mode, such as <c>commercial rounding</c>.</summary>
    public static string RoundingEn(RoundingMode mode) => RoundingNames(mode).English;

    /// <summary>The one table of the rounding modes' names, German and English.</summary>
    private static (string German, string English) RoundingNames(RoundingMode mode) => mode switch
    {
        RoundingMode.Commercial => ("kaufmännische Rundung", "commercial rounding"),
        RoundingMode.HalfToEven => ("Rundung zur geraden Zahl", "half-to-even rounding"),
        RoundingMode.TowardZero => ("Rundung zur Null", "rounding toward zero"),
        RoundingMode.Floor => ("Abrundung", "rounding down"),
        RoundingMode.Ceiling => ("Aufrundung", "rounding up"),
        _ => (((int)mode).ToString(CultureInfo.InvariantCulture), ((int)mode).ToString(CultureInfo.InvariantCulture)),
    };
}
