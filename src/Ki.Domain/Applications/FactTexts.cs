using System.Globalization;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Applications;

/// <summary>
/// Formats the facts of applications for German and English explanations, never with the machine's culture:
/// dates, instants, amounts, applicant kinds and routes.
/// </summary>
internal static class FactTexts
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>A date in German: <c>30.09.2019</c>.</summary>
    public static string DateDe(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}.{date.Month:00}.{date.Year:0000}");

    /// <summary>A date in English (ISO): <c>2019-09-30</c>.</summary>
    public static string DateEn(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    /// <summary>A period in German: <c>01.01.2019 bis 31.12.2019</c>.</summary>
    public static string PeriodDe(DateInterval period) => DateDe(period.Start) + " bis " + DateDe(period.End);

    /// <summary>A period in English: <c>2019-01-01 to 2019-12-31</c>.</summary>
    public static string PeriodEn(DateInterval period) => DateEn(period.Start) + " to " + DateEn(period.End);

    /// <summary>An instant in German legal time: <c>30.09.2019 23:59 (Europe/Berlin)</c>.</summary>
    public static string InstantDe(Instant instant)
    {
        LocalDateTime local = instant.InZone(GermanTime.Zone).LocalDateTime;
        return DateDe(local.Date) + string.Create(CultureInfo.InvariantCulture, $" {local.Hour:00}:{local.Minute:00} Uhr");
    }

    /// <summary>An instant in German legal time, English form: <c>2019-09-30 23:59 Europe/Berlin</c>.</summary>
    public static string InstantEn(Instant instant)
    {
        LocalDateTime local = instant.InZone(GermanTime.Zone).LocalDateTime;
        return DateEn(local.Date) + string.Create(CultureInfo.InvariantCulture, $" {local.Hour:00}:{local.Minute:00} Europe/Berlin");
    }

    /// <summary>An amount in German: <c>10.800,00 €</c> (as <c>ToString("C", de-DE)</c>, written directly).</summary>
    public static string De(Euro amount) => Amount(amount.Cents, german: true);

    /// <summary>An amount in English: <c>10800.00 EUR</c>.</summary>
    public static string En(Euro amount) => Amount(amount.Cents, german: false);

    private static string Amount(long cents, bool german)
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

    /// <summary>A share as a percentage in German: <c>10 %</c>.</summary>
    public static string PercentDe(decimal share) => (share * 100m).ToString("0.####", German) + " %";

    /// <summary>A share as a percentage in English: <c>10 %</c>.</summary>
    public static string PercentEn(decimal share) => (share * 100m).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    /// <summary>The German name of an applicant kind.</summary>
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

    /// <summary>The English name of an applicant kind.</summary>
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

    /// <summary>The German name of a route.</summary>
    public static string RouteDe(ApplicationRoute route) => route switch
    {
        ApplicationRoute.Direct => "direkt",
        ApplicationRoute.ViaMunicipalAdministration => "über die Gemeindeverwaltung",
        ApplicationRoute.ViaIntegrationCentre => "über das KI",
        _ => ((int)route).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The English name of a route.</summary>
    public static string RouteEn(ApplicationRoute route) => route switch
    {
        ApplicationRoute.Direct => "directly",
        ApplicationRoute.ViaMunicipalAdministration => "via the municipal administration",
        ApplicationRoute.ViaIntegrationCentre => "via the KI",
        _ => ((int)route).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The kebab-case name of an applicant kind, as in JSON files and on the command line.</summary>
    public static string KindName(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Kreis => "kreis",
        ApplicantKind.KreisfreieStadt => "kreisfreie-stadt",
        ApplicantKind.Gemeinde => "gemeinde",
        ApplicantKind.RegisteredAssociation => "registered-association",
        ApplicantKind.MigrantOrganisation => "migrant-organisation",
        ApplicantKind.WelfareAssociation => "welfare-association",
        ApplicantKind.ReligiousCommunity => "religious-community",
        ApplicantKind.School => "school",
        ApplicantKind.DayCareCentre => "day-care-centre",
        ApplicantKind.VolunteerInitiative => "volunteer-initiative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The applicant kind is not defined."),
    };

    /// <summary>The kebab-case name of a route, as in JSON files.</summary>
    public static string RouteName(ApplicationRoute route) => route switch
    {
        ApplicationRoute.Direct => "direct",
        ApplicationRoute.ViaMunicipalAdministration => "via-municipal-administration",
        ApplicationRoute.ViaIntegrationCentre => "via-integration-centre",
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, "The route is not defined."),
    };

    /// <summary>Every applicant kind, in order.</summary>
    public static ApplicantKind[] AllKinds { get; } =
    [
        ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt, ApplicantKind.Gemeinde, ApplicantKind.RegisteredAssociation,
        ApplicantKind.MigrantOrganisation, ApplicantKind.WelfareAssociation, ApplicantKind.ReligiousCommunity,
        ApplicantKind.School, ApplicantKind.DayCareCentre, ApplicantKind.VolunteerInitiative,
    ];

    /// <summary>Every route, in order.</summary>
    public static ApplicationRoute[] AllRoutes { get; } =
        [ApplicationRoute.Direct, ApplicationRoute.ViaMunicipalAdministration, ApplicationRoute.ViaIntegrationCentre];
}
