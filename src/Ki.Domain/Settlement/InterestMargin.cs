using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// The percentage points above the base rate that a law sets for interest, in force from a date (a dated, cited
/// parameter, never a constant).
/// </summary>
/// <remarks>
/// § 49a(3) VwVfG NRW now reads "3 Prozentpunkte über dem Basiszinssatz jährlich"; earlier texts and other Länder used
/// 5 points, and the dates of the changes are not verified ([U]), so the points are a dated value with its source.
/// Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class InterestMargin
{
    /// <summary>Creates a margin.</summary>
    /// <param name="from">The first day the margin applies to.</param>
    /// <param name="points">The percentage points above the base rate, such as <c>3</c>; not negative.</param>
    /// <param name="source">The law or decision that sets the points.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative or 100 or more.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the default (no source).</exception>
    public InterestMargin(LocalDate from, decimal points, SourceReference source)
    {
        Preconditions.CheckArgumentRange(points is >= 0m and < 100m, points, "The points above the base rate must lie between 0 and 100.");
        From = from;
        Points = points;
        Source = SourceReference.CheckCited(source, "The points above the base rate need their source (the law or the decision).",
            "Die Prozentpunkte über dem Basiszinssatz brauchen ihre Quelle (das Gesetz oder die Entscheidung).");
    }

    /// <summary>The first day the margin applies to.</summary>
    public LocalDate From { get; }

    /// <summary>The percentage points above the base rate.</summary>
    public decimal Points { get; }

    /// <summary>The law or decision that sets the points, with its confidence.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns the date and the points, such as <c>2002-01-01 +3 points [U]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:uuuu'-'MM'-'dd} +{Points} points {Source.Marker}");
}
