using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>The totals of a set of municipalities: how many, how many people live there, and their area.</summary>
/// <remarks>
/// <para>
/// <see cref="Population"/> counts people; <see cref="AreaKm2"/> is in square kilometres, exact as the sum of the
/// members' areas (no rounding). <c>default(PlaceTotals)</c> is the totals of no municipality: all zero.
/// </para>
/// <para>Equality compares all three figures. Immutable; safe to share across threads.</para>
/// </remarks>
public readonly struct PlaceTotals : IEquatable<PlaceTotals>
{
    /// <summary>Creates totals from their three figures.</summary>
    /// <param name="municipalityCount">The number of municipalities.</param>
    /// <param name="population">The number of people.</param>
    /// <param name="areaKm2">The area in km².</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public PlaceTotals(int municipalityCount, long population, decimal areaKm2)
    {
        MunicipalityCount = Preconditions.CheckNonNegative(municipalityCount);
        Population = Preconditions.CheckNonNegative(population);
        AreaKm2 = Preconditions.CheckNonNegative(areaKm2);
    }

    /// <summary>The number of municipalities (Gemeinden).</summary>
    public int MunicipalityCount { get; }

    /// <summary>The number of people (Bevölkerung).</summary>
    public long Population { get; }

    /// <summary>The area in square kilometres (Fläche in km²).</summary>
    public decimal AreaKm2 { get; }

    /// <summary>Sums the totals of municipalities.</summary>
    /// <param name="municipalities">The municipalities.</param>
    /// <returns>Their totals; all zero for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="municipalities"/> is null.</exception>
    /// <exception cref="OverflowException">The sum does not fit.</exception>
    public static PlaceTotals Of(IEnumerable<Municipality> municipalities)
    {
        Preconditions.CheckNotNull(municipalities);
        int count = 0;
        long population = 0;
        decimal area = 0m;
        foreach (Municipality m in municipalities)
        {
            count++;
            population += m.Population;
            area += m.AreaKm2;
        }

        return new PlaceTotals(count, population, area);
    }

    /// <inheritdoc />
    public bool Equals(PlaceTotals other) =>
        MunicipalityCount == other.MunicipalityCount && Population == other.Population && AreaKm2 == other.AreaKm2;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlaceTotals other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MunicipalityCount, Population, AreaKm2);

    /// <summary>Returns the figures in invariant culture, such as <c>14 municipalities, 301785 people, 1328.63 km²</c>.</summary>
    /// <returns>The figures.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MunicipalityCount} municipalities, {Population} people, {AreaKm2} km²");

    /// <summary>Whether two totals are equal.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns>Whether all three figures are equal.</returns>
    public static bool operator ==(PlaceTotals left, PlaceTotals right) => left.Equals(right);

    /// <summary>Whether two totals differ.</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns>Whether any figure differs.</returns>
    public static bool operator !=(PlaceTotals left, PlaceTotals right) => !left.Equals(right);
}
