using System.Globalization;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Haushaltsjahr: a budget year of the Land NRW, which is the calendar year (§ 4 LHO).
/// </summary>
/// <remarks>
/// Years 1 to 9999 are valid. Equality and ordering are those of the year. <c>default(FiscalYear)</c> is year 0,
/// which no factory returns; treat it as "no year". Immutable; safe to share across threads.
/// </remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>
{
    private FiscalYear(int year) => Year = year;

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The first day, 1 January.</summary>
    public LocalDate Start => new(Year, 1, 1);

    /// <summary>The last day, 31 December.</summary>
    public LocalDate End => new(Year, 12, 31);

    /// <summary>The year as a period from 1 January to 31 December, both included.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Creates the fiscal year of a calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static FiscalYear Of(int year)
    {
        Preconditions.CheckRange(year is >= 1 and <= 9999, year, "A fiscal year lies between 1 and 9999.", "Ein Haushaltsjahr liegt zwischen 1 und 9999.");
        return new FiscalYear(year);
    }

    /// <summary>The fiscal year that contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1 to 9999.</exception>
    public static FiscalYear Containing(LocalDate date) => Of(date.Year);

    /// <summary>Whether a date lies in this fiscal year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date's year is this year.</returns>
    public bool Contains(LocalDate date) => date.Year == Year;

    /// <summary>Returns the year, such as <c>2016</c>.</summary>
    /// <returns>The year.</returns>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(FiscalYear other) => Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Year;

    /// <inheritdoc />
    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    /// <summary>Whether two years are equal.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they are the same year.</returns>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Whether two years differ.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they are different years.</returns>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Whether the first year is earlier.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison of the years.</returns>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.Year < right.Year;

    /// <summary>Whether the first year is later.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison of the years.</returns>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.Year > right.Year;

    /// <summary>Whether the first year is earlier or the same.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison of the years.</returns>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Year <= right.Year;

    /// <summary>Whether the first year is later or the same.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>The comparison of the years.</returns>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Year >= right.Year;
}
