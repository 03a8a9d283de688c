namespace Ki.Domain.Places;

/// <summary>The kind of a municipality (Gemeinde), as the official municipal register lists it.</summary>
/// <remarks>There is no zero member: <c>default(MunicipalityKind)</c> is not a valid kind and is rejected.</remarks>
public enum MunicipalityKind
{
    /// <summary>Kreisfreie Stadt: a city that is its own district; its AGS ends in <c>000</c>.</summary>
    KreisfreieStadt = 1,

    /// <summary>Stadt (kreisangehörig): a town that is a member of a Kreis.</summary>
    KreisangehoerigeStadt = 2,

    /// <summary>Gemeinde (kreisangehörig): a municipality without town rights that is a member of a Kreis.</summary>
    KreisangehoerigeGemeinde = 3,
}
