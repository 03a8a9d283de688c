using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>Dates as day numbers, for the compiled screening plan and compact results.</summary>
internal static class DayNumbers
{
    /// <summary>The day number of a date (days since 0001-01-01).</summary>
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The date of a day number.</summary>
    public static LocalDate ToDate(long dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(checked((int)dayNumber)));
}
