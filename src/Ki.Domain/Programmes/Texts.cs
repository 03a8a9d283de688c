using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>Formats figures for German and English explanation texts, never with the machine's culture.</summary>
internal static class Texts
{
    /// <summary>An amount: <c>10.800,00 €</c> in German, <c>10800.00 EUR</c> in English.</summary>
    public static string De(Euro amount) => amount.ToString("C", TextFormats.German);

    /// <summary>An amount in English: <c>10800.00 EUR</c>.</summary>
    public static string En(Euro amount) => amount.ToString(CultureInfo.InvariantCulture) + " EUR";

    /// <summary>A rate as a percentage: <c>90 %</c> (de: <c>87,5 %</c>).</summary>
    public static string PercentDe(decimal rate) => (rate * 100m).ToString("0.####", TextFormats.German) + " %";

    /// <summary>A rate as a percentage in English: <c>87.5 %</c>.</summary>
    public static string PercentEn(decimal rate) => (rate * 100m).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>A number in German: <c>2,5</c>.</summary>
    public static string NumberDe(decimal value) => value.ToString("0.####", TextFormats.German);

    /// <summary>A number in English: <c>2.5</c>.</summary>
    public static string NumberEn(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The German name of an applicant kind, such as <c>kreisfreie Stadt</c> (never the enum identifier).</summary>
    public static string KindDe(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Kreis => "Kreis",
        ApplicantKind.KreisfreieStadt => "kreisfreie Stadt",
        ApplicantKind.Gemeinde => "Gemeinde",
        ApplicantKind.RegisteredAssociation => "eingetragener Verein",
        ApplicantKind.MigrantOrganisation => "Migrantenselbstorganisation",
        ApplicantKind.WelfareAssociation => "Wohlfahrtsverband",
        ApplicantKind.ReligiousCommunity => "Religionsgemeinschaft",
        ApplicantKind.School => "Schule",
        ApplicantKind.DayCareCentre => "Kindertageseinrichtung",
        ApplicantKind.VolunteerInitiative => "ehrenamtliche Initiative",
        _ => ((int)kind).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The English name of an applicant kind, such as <c>registered association</c>.</summary>
    public static string KindEn(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Kreis => "Kreis",
        ApplicantKind.KreisfreieStadt => "kreisfreie Stadt",
        ApplicantKind.Gemeinde => "Gemeinde",
        ApplicantKind.RegisteredAssociation => "registered association",
        ApplicantKind.MigrantOrganisation => "migrant organisation",
        ApplicantKind.WelfareAssociation => "welfare association",
        ApplicantKind.ReligiousCommunity => "religious community",
        ApplicantKind.School => "school",
        ApplicantKind.DayCareCentre => "day-care centre",
        ApplicantKind.VolunteerInitiative => "volunteer initiative",
        _ => ((int)kind).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The German name of a rounding mode, such as <c>kaufmännische Rundung</c>.</summary>
    public static string RoundingDe(RoundingMode mode) => mode switch
    {
        RoundingMode.Commercial => "kaufmännische Rundung",
        RoundingMode.HalfToEven => "Rundung zur geraden Zahl",
        RoundingMode.TowardZero => "Rundung zur Null",
        RoundingMode.Floor => "Abrundung",
        RoundingMode.Ceiling => "Aufrundung",
        _ => ((int)mode).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The English name of a rounding mode, such as <c>commercial rounding</c>.</summary>
    public static string RoundingEn(RoundingMode mode) => mode switch
    {
        RoundingMode.Commercial => "commercial rounding",
        RoundingMode.HalfToEven => "half-to-even rounding",
        RoundingMode.TowardZero => "rounding toward zero",
        RoundingMode.Floor => "rounding down",
        RoundingMode.Ceiling => "rounding up",
        _ => ((int)mode).ToString(CultureInfo.InvariantCulture),
    };
}
