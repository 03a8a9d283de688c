using System.Globalization;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// A period that recurs in every fiscal year, such as an approval period (Bewilligungszeitraum) or a delivery period
/// (Durchführungszeitraum) from 1 January to 31 December.
/// </summary>
/// <remarks>
/// <para>
/// Both ends are included and lie in the same fiscal year. The constructor does not order them, so a catalogue can
/// hold a wrong entry and report it: <see cref="IsOrdered"/> tells, and the catalogue validators check it.
/// 29 February as an end means 28 February in a common year (NodaTime's <see cref="AnnualDate"/> rule).
/// </para>
/// <para>
/// Equality compares both ends. <c>default(AnnualPeriod)</c> runs from 1 January to 1 January.
/// Immutable; safe to share across threads.
/// </para>
/// </remarks>
public readonly struct AnnualPeriod : IEquatable<AnnualPeriod>
{
    /// <summary>Creates a period from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day in each year.</param>
    /// <param name="end">The last day in each year.</param>
    public AnnualPeriod(AnnualDate start, AnnualDate end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The whole fiscal year, 1 January to 31 December.</summary>
    public static AnnualPeriod WholeYear => new(new AnnualDate(1, 1), new AnnualDate(12, 31));

    /// <summary>The first day in each year.</summary>
    public AnnualDate Start { get; }

    /// <summary>The last day in each year.</summary>
    public AnnualDate End { get; }

    /// <summary>Whether the start does not come after the end.</summary>
    public bool IsOrdered => Start.CompareTo(End) <= 0;

    /// <summary>The period in a given fiscal year.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <returns>The dates, both ends included.</returns>
    /// <exception cref="InvalidOperationException">The period is not ordered (<see cref="IsOrdered"/> is false).</exception>
    public DateInterval In(FiscalYear year)
    {
        if (!IsOrdered)
        {
            throw new InvalidOperationException($"The annual period {this} ends before it starts.");
        }

        return new DateInterval(Start.InYear(year.Year), End.InYear(year.Year));
    }

    /// <summary>Returns the period as <c>--01-01/--12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"--{Start.Month:00}-{Start.Day:00}/--{End.Month:00}-{End.Day:00}");

    /// <inheritdoc />
    public bool Equals(AnnualPeriod other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnnualPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether both ends are equal.</returns>
    public static bool operator ==(AnnualPeriod left, AnnualPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether an end differs.</returns>
    public static bool operator !=(AnnualPeriod left, AnnualPeriod right) => !left.Equals(right);
}
