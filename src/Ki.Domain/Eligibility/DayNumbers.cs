using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>Dates as day numbers, for the compact values of a criterion result.</summary>
internal static class DayNumbers
{
    /// <summary>The day number of a date (days since 0001-01-01).</summary>
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;
}
