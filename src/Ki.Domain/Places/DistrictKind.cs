namespace Ki.Domain.Places;

/// <summary>The kind of a district (Kreis or kreisfreie Stadt), as the official municipal register lists it.</summary>
/// <remarks>There is no zero member: <c>default(DistrictKind)</c> is not a valid kind and is rejected.</remarks>
public enum DistrictKind
{
    /// <summary>Kreis: a rural district made of several member municipalities.</summary>
    Kreis = 1,

    /// <summary>Kreisfreie Stadt: a city that belongs to no Kreis and is its own district, with one municipality.</summary>
    KreisfreieStadt = 2,

    /// <summary>Städteregion: a Kreis with special status (in NRW only Städteregion Aachen, 05334).</summary>
    Staedteregion = 3,
}
