using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// One value of the Basiszinssatz (§ 247 BGB): the rate in percent in force from a date until the next change.
/// </summary>
/// <remarks>
/// The rate may be negative (−0.88 % from 1 July 2016 to 31 December 2022). Equality is reference equality.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class BaseRate
{
    /// <summary>Creates a base rate value.</summary>
    /// <param name="from">The first day the rate is in force (1 January or 1 July, § 247(1) BGB).</param>
    /// <param name="percent">The rate in percent per year, such as <c>3.62</c> or <c>-0.88</c>.</param>
    /// <param name="source">Where the value is published (the Deutsche Bundesbank's announcement).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not between −100 and 100.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the default (no source).</exception>
    public BaseRate(LocalDate from, decimal percent, SourceReference source)
    {
        Preconditions.CheckRange(percent is > -100m and < 100m, percent, "A base rate must lie between −100 and 100 percent.", "Ein Basiszinssatz muss zwischen −100 und 100 Prozent liegen.");
        From = from;
        Percent = percent;
        Source = SourceReference.CheckCited(source, "A base rate needs its source (the Bundesbank announcement).", "Ein Basiszinssatz braucht seine Quelle (die Bekanntmachung der Bundesbank).");
    }

    /// <summary>The first day the rate is in force.</summary>
    public LocalDate From { get; }

    /// <summary>The rate in percent per year; may be negative.</summary>
    public decimal Percent { get; }

    /// <summary>Where the value is published.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns the date and the rate, such as <c>2023-07-01 3.12 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:uuuu'-'MM'-'dd} {Percent} %");
}
