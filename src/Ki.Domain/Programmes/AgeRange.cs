using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>Altersspanne: an age band in completed years, both ends included, such as 1 to 3 for Griffbereit.</summary>
/// <remarks>
/// Ages are whole years from 0 to 120 with <see cref="MinYears"/> ≤ <see cref="MaxYears"/>. Equality compares both
/// ends. <c>default(AgeRange)</c> is the band 0 to 0 (the first year of life). Immutable; safe to share across threads.
/// </remarks>
public readonly struct AgeRange : IEquatable<AgeRange>
{
    /// <summary>Creates an age band.</summary>
    /// <param name="minYears">The youngest age in completed years.</param>
    /// <param name="maxYears">The oldest age in completed years.</param>
    /// <exception cref="ArgumentOutOfRangeException">An age is outside 0 to 120, or <paramref name="maxYears"/> is below <paramref name="minYears"/>.</exception>
    public AgeRange(int minYears, int maxYears)
    {
        Preconditions.CheckRange(minYears is >= 0 and <= 120, minYears, "An age must lie between 0 and 120 years.", "Ein Alter muss zwischen 0 und 120 Jahren liegen.");
        Preconditions.CheckRange(maxYears is >= 0 and <= 120, maxYears, "An age must lie between 0 and 120 years.", "Ein Alter muss zwischen 0 und 120 Jahren liegen.");
        Preconditions.CheckRange(maxYears >= minYears, maxYears, $"The oldest age must not be below the youngest ({minYears}).", $"Das höchste Alter darf nicht unter dem niedrigsten ({minYears}) liegen.");
        MinYears = minYears;
        MaxYears = maxYears;
    }

    /// <summary>The youngest age in completed years.</summary>
    public int MinYears { get; }

    /// <summary>The oldest age in completed years.</summary>
    public int MaxYears { get; }

    /// <summary>Whether a child of this many completed years is in the band.</summary>
    /// <param name="years">The age in completed years.</param>
    /// <returns>Whether <paramref name="years"/> lies between both ends, inclusive.</returns>
    public bool Contains(int years) => years >= MinYears && years <= MaxYears;

    /// <summary>Returns the band as <c>1-3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinYears}-{MaxYears}");

    /// <inheritdoc />
    public bool Equals(AgeRange other) => MinYears == other.MinYears && MaxYears == other.MaxYears;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AgeRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinYears, MaxYears);

    /// <summary>Whether two bands are equal.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns>Whether both ends are equal.</returns>
    public static bool operator ==(AgeRange left, AgeRange right) => left.Equals(right);

    /// <summary>Whether two bands differ.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns>Whether either end differs.</returns>
    public static bool operator !=(AgeRange left, AgeRange right) => !left.Equals(right);
}
