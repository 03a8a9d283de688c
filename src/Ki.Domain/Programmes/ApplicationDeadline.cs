using System.Globalization;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Antragsfrist: a yearly application deadline such as "30.09.", which runs to the end of that day in German time.
/// </summary>
/// <remarks>
/// <para>
/// The deadline for a fiscal year is the day <see cref="Day"/> in the year <c>fiscal year + <see cref="YearOffset"/></c>
/// (an offset of -1 means "30.09. of the year before"). An application is in time when it is submitted before
/// midnight at the end of that day in Europe/Berlin: 22:00 UTC in summer (CEST), 23:00 UTC in winter (CET).
/// NodaTime's embedded tz database supplies the daylight-saving rules, so no machine setting is involved.
/// </para>
/// <para>
/// Equality compares day and offset. <c>default(ApplicationDeadline)</c> is 1 January of the fiscal year itself.
/// Immutable; safe to share across threads.
/// </para>
/// </remarks>
public readonly struct ApplicationDeadline : IEquatable<ApplicationDeadline>
{
    /// <summary>Creates a yearly deadline.</summary>
    /// <param name="day">The day and month, such as 30 September.</param>
    /// <param name="yearOffset">The year of the deadline relative to the fiscal year: 0 the same year, -1 the year before.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearOffset"/> is outside -5 to 5.</exception>
    public ApplicationDeadline(AnnualDate day, int yearOffset = 0)
    {
        Preconditions.CheckRange(yearOffset is >= -5 and <= 5, yearOffset, "A deadline lies at most five years before or after its fiscal year.", "Eine Antragsfrist liegt höchstens fünf Jahre vor oder nach ihrem Haushaltsjahr.");
        Day = day;
        YearOffset = yearOffset;
    }

    /// <summary>The day and month of the deadline.</summary>
    public AnnualDate Day { get; }

    /// <summary>The year of the deadline relative to the fiscal year.</summary>
    public int YearOffset { get; }

    /// <summary>The last day on which an application for the fiscal year is in time.</summary>
    /// <param name="year">The fiscal year applied for.</param>
    /// <returns>The German calendar date of the deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The deadline's year is outside 1 to 9999.</exception>
    public LocalDate DateFor(FiscalYear year) => Day.InYear(FiscalYear.Of(checked(year.Year + YearOffset)).Year);

    /// <summary>The moment the deadline has passed: midnight at the end of the deadline day, Europe/Berlin.</summary>
    /// <param name="year">The fiscal year applied for.</param>
    /// <returns>The first instant that is too late.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The deadline's year is outside 1 to 9999.</exception>
    public Instant ExpiresAt(FiscalYear year) => GermanTime.EndOfDay(DateFor(year));

    /// <summary>Whether an application submitted at a moment is in time.</summary>
    /// <param name="submitted">When the application was received.</param>
    /// <param name="year">The fiscal year applied for.</param>
    /// <returns>Whether <paramref name="submitted"/> lies before <see cref="ExpiresAt(FiscalYear)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The deadline's year is outside 1 to 9999.</exception>
    public bool IsMetBy(Instant submitted, FiscalYear year) => submitted < ExpiresAt(year);

    /// <summary>Whether applications for the fiscal year are still in time now, by the injected clock.</summary>
    /// <param name="clock">The clock; pass NodaTime's system clock in production and a fixed one in tests.</param>
    /// <param name="year">The fiscal year applied for.</param>
    /// <returns>Whether the deadline has not yet passed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The deadline's year is outside 1 to 9999.</exception>
    public bool IsOpen(IClock clock, FiscalYear year)
    {
        Preconditions.CheckNotNull(clock);
        return IsMetBy(clock.GetCurrentInstant(), year);
    }

    /// <summary>Returns the deadline as <c>30.09.</c>, with the year offset if any (<c>30.09. (-1)</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => YearOffset == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Day.Day:00}.{Day.Month:00}.")
        : string.Create(CultureInfo.InvariantCulture, $"{Day.Day:00}.{Day.Month:00}. ({YearOffset:+0;-0})");

    /// <inheritdoc />
    public bool Equals(ApplicationDeadline other) => Day == other.Day && YearOffset == other.YearOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApplicationDeadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Day, YearOffset);

    /// <summary>Whether two deadlines are equal.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns>Whether day and offset are equal.</returns>
    public static bool operator ==(ApplicationDeadline left, ApplicationDeadline right) => left.Equals(right);

    /// <summary>Whether two deadlines differ.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns>Whether day or offset differ.</returns>
    public static bool operator !=(ApplicationDeadline left, ApplicationDeadline right) => !left.Equals(right);
}
