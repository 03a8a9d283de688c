using System.Globalization;
using NodaTime;

namespace Ki.Domain.Applications;

/// <summary>
/// Formats the facts of applications for German and English explanations, never with the machine's culture:
/// dates, periods, local times and routes. Amounts, shares and applicant kinds are written by <c>Programmes.Texts</c>.
/// </summary>
internal static class FactTexts
{
    /// <summary>A date in German: <c>30.09.2019</c>.</summary>
    public static string DateDe(LocalDate date) => Date(date, german: true);

    /// <summary>A date in English (ISO): <c>2019-09-30</c>.</summary>
    public static string DateEn(LocalDate date) => Date(date, german: false);

    /// <summary>A text, a date in German and a text: <c>Beginn 30.09.2019</c>.</summary>
    public static string DateDe(string prefix, LocalDate date, string suffix = "") => Date(prefix, date, suffix, german: true);

    /// <summary>A text, a date in English and a text: <c>start 2019-09-30</c>.</summary>
    public static string DateEn(string prefix, LocalDate date, string suffix = "") => Date(prefix, date, suffix, german: false);

    /// <summary>A period in German: <c>01.01.2019 bis 31.12.2019</c>.</summary>
    public static string PeriodDe(DateInterval period) => PeriodDe(period.Start, period.End);

    /// <summary>A period in English: <c>2019-01-01 to 2019-12-31</c>.</summary>
    public static string PeriodEn(DateInterval period) => PeriodEn(period.Start, period.End);

    /// <summary>A period in German from its first and last day: <c>01.01.2019 bis 31.12.2019</c>.</summary>
    public static string PeriodDe(LocalDate start, LocalDate end) => Period(start, end, " bis ", german: true);

    /// <summary>A period in English from its first and last day: <c>2019-01-01 to 2019-12-31</c>.</summary>
    public static string PeriodEn(LocalDate start, LocalDate end) => Period(start, end, " to ", german: false);

    /// <summary>A text, then a German local time in German: <c>Eingang 30.09.2019 23:59 Uhr</c>.</summary>
    public static string LocalDe(string prefix, LocalDateTime local) => Stamp(prefix, local, " Uhr", german: true);

    /// <summary>A text, then a German local time in English: <c>received 2019-09-30 23:59 Europe/Berlin</c>.</summary>
    public static string LocalEn(string prefix, LocalDateTime local) => Stamp(prefix, local, " Europe/Berlin", german: false);

    // Dates are written digit by digit into one string.Create buffer: this keeps a fully explained decision in both
    // languages under its 2 µs budget (docs/benchmarks.md). Years outside 0..9999 take the slower interpolated path.
    private static string Date(LocalDate date, bool german) => HasFourDigitYear(date)
        ? string.Create(DateLength, (date, german), static (span, t) => WriteDate(span, t.date, t.german))
        : german
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}.{date.Month:00}.{date.Year:0000}")
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    private static string Date(string prefix, LocalDate date, string suffix, bool german) => HasFourDigitYear(date)
        ? string.Create(prefix.Length + DateLength + suffix.Length, (prefix, date, suffix, german), static (span, t) =>
        {
            t.prefix.CopyTo(span);
            WriteDate(span[t.prefix.Length..], t.date, t.german);
            t.suffix.CopyTo(span[(t.prefix.Length + DateLength)..]);
        })
        : prefix + Date(date, german) + suffix;

    private static string Period(LocalDate start, LocalDate end, string between, bool german) => HasFourDigitYear(start) && HasFourDigitYear(end)
        ? string.Create(DateLength + between.Length + DateLength, (start, end, between, german), static (span, p) =>
        {
            WriteDate(span, p.start, p.german);
            p.between.CopyTo(span[DateLength..]);
            WriteDate(span[(DateLength + p.between.Length)..], p.end, p.german);
        })
        : Date(start, german) + between + Date(end, german);

    private static string Stamp(string prefix, LocalDateTime local, string suffix, bool german)
    {
        LocalDate date = local.Date;
        if (!HasFourDigitYear(date))
        {
            return prefix + Date(date, german) + string.Create(CultureInfo.InvariantCulture, $" {local.Hour:00}:{local.Minute:00}") + suffix;
        }

        return string.Create(prefix.Length + DateLength + 6 + suffix.Length, (prefix, date, local.Hour, local.Minute, suffix, german), static (span, t) =>
        {
            t.prefix.CopyTo(span);
            Span<char> rest = span[t.prefix.Length..];
            WriteDate(rest, t.date, t.german);
            rest[DateLength] = ' ';
            WriteDigits(rest.Slice(DateLength + 1, 2), t.Hour);
            rest[DateLength + 3] = ':';
            WriteDigits(rest.Slice(DateLength + 4, 2), t.Minute);
            t.suffix.CopyTo(rest[(DateLength + 6)..]);
        });
    }

    private const int DateLength = 10;

    private static bool HasFourDigitYear(LocalDate date) => date.Year is >= 0 and <= 9999;

    /// <summary>Writes <c>dd.MM.yyyy</c> (German) or <c>yyyy-MM-dd</c> (English) into the first ten characters of the span.</summary>
    private static void WriteDate(Span<char> span, LocalDate date, bool german)
    {
        if (german)
        {
            WriteParts(span, '.', (date.Day, 2), (date.Month, 2), (date.Year, 4));
        }
        else
        {
            WriteParts(span, '-', (date.Year, 4), (date.Month, 2), (date.Day, 2));
        }
    }

    private static void WriteParts(Span<char> span, char separator, (int Value, int Digits) first, (int Value, int Digits) second, (int Value, int Digits) third)
    {
        WriteDigits(span[..first.Digits], first.Value);
        span = span[first.Digits..];
        span[0] = separator;
        WriteDigits(span.Slice(1, second.Digits), second.Value);
        span = span[(1 + second.Digits)..];
        span[0] = separator;
        WriteDigits(span.Slice(1, third.Digits), third.Value);
    }

    /// <summary>Writes a non-negative number that fits into the span, padded with leading zeros to fill it.</summary>
    internal static void WriteDigits(Span<char> span, int value)
    {
        for (int i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>The German name of a route.</summary>
    public static string RouteDe(ApplicationRoute route) => RouteNames(route).German;

    /// <summary>The English name of a route.</summary>
    public static string RouteEn(ApplicationRoute route) => RouteNames(route).English;

    /// <summary>The one table of the routes' names, German and English.</summary>
    private static (string German, string English) RouteNames(ApplicationRoute route) => route switch
    {
        ApplicationRoute.Direct => ("direkt", "directly"),
        ApplicationRoute.ViaMunicipalAdministration => ("über die Gemeindeverwaltung", "via the municipal administration"),
        ApplicationRoute.ViaIntegrationCentre => ("über das KI", "via the KI"),
        _ => (((int)route).ToString(CultureInfo.InvariantCulture), ((int)route).ToString(CultureInfo.InvariantCulture)),
    };
}
