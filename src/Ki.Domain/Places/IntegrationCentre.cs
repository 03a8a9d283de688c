using System.Collections.Immutable;
using System.Globalization;

namespace Ki.Domain.Places;

/// <summary>
/// Kommunales Integrationszentrum (KI): a place where integration policy counts one integration centre, run by a
/// district (Kreis or kreisfreie Stadt) or, where policy says so, by a town apart from its district.
/// </summary>
/// <remarks>
/// <para>
/// The official register has 53 districts, but integration policy counts 54 KI places: the city of Aachen
/// (AGS <c>05334002</c>) runs its own KI apart from Städteregion Aachen (<c>05334</c>), whose KI then serves the
/// other nine member municipalities. Which towns count apart is data (<see cref="Gazetteer.SeparateCentreCities"/>),
/// not code; <see cref="Gazetteer.IntegrationCentres"/> derives the centres from it.
/// </para>
/// <para>
/// <see cref="Population"/> and <see cref="AreaKm2"/> (km², exact sums) are those of the municipalities the centre
/// serves. Equality is reference equality; compare <see cref="Code"/>. Immutable; safe to share across threads.
/// </para>
/// </remarks>
public sealed class IntegrationCentre
{
    internal IntegrationCentre(District district, Municipality? city, ImmutableArray<Municipality> served)
    {
        District = district.Key;
        City = city?.Key;
        OperatorName = city?.Name ?? district.Name;
        MunicipalityKeys = [.. served.Select(m => m.Key)];
        PlaceTotals totals = PlaceTotals.Of(served);
        Population = totals.Population;
        AreaKm2 = totals.AreaKm2;
    }

    /// <summary>
    /// The key of the body that runs the centre: the Kreisschlüssel of a district (<c>05974</c>) or the AGS of a town
    /// that runs its own centre (<c>05334002</c>).
    /// </summary>
    public string Code => City?.Code ?? District.Code;

    /// <summary>The district the centre lies in (for Aachen's city centre: Städteregion Aachen, <c>05334</c>).</summary>
    public DistrictKey District { get; }

    /// <summary>The town that runs the centre apart from its district, or null when the district runs it.</summary>
    public MunicipalityKey? City { get; }

    /// <summary>Whether a town runs this centre apart from its district (the KI-Kommune is a town, not a district).</summary>
    public bool IsRunByCityApartFromDistrict => City.HasValue;

    /// <summary>The official name of the body that runs the centre, such as <c>Soest</c> or <c>Aachen, Stadt</c>.</summary>
    public string OperatorName { get; }

    /// <summary>The keys of the municipalities the centre serves, in key order.</summary>
    public ImmutableArray<MunicipalityKey> MunicipalityKeys { get; }

    /// <summary>The number of people in the municipalities the centre serves.</summary>
    public long Population { get; }

    /// <summary>The area in km² of the municipalities the centre serves.</summary>
    public decimal AreaKm2 { get; }

    /// <summary>Returns the code and name, such as <c>05334002 Aachen, Stadt</c>.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {OperatorName}");
}
