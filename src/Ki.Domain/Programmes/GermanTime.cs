using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>German legal time (Europe/Berlin) from NodaTime's embedded tz database.</summary>
internal static class GermanTime
{
    /// <summary>The Europe/Berlin zone: CET in winter, CEST in summer.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    /// <summary>Today's date in Germany by the given clock.</summary>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>The first moment after the end of a German calendar day, that is the start of the next day.</summary>
    /// <remarks>
    /// The last date NodaTime knows, 31 December 9999, has no next day to start; it ends 24 hours after it starts (the
    /// clocks in Berlin never change on 31 December), at 23:00 UTC, which is still an instant NodaTime can hold.
    /// </remarks>
    public static Instant EndOfDay(LocalDate date) => date == LocalDate.MaxIsoValue
        ? Zone.AtStartOfDay(date).ToInstant().Plus(Duration.FromDays(1))
        : Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
}
