namespace Ki.Domain.Places;

/// <summary>The official German terms and the stable codes of <see cref="DistrictKind"/> and <see cref="MunicipalityKind"/>.</summary>
/// <remarks>
/// The German terms are those of the municipal register (GV-ISys), such as <c>kreisfreie Stadt</c>. The codes are
/// stable lower-case words for files and JSON, such as <c>kreisfreie-stadt</c>. Stateless; safe to use from any thread.
/// </remarks>
public static class PlaceKinds
{
    /// <summary>The official German term: <c>Kreis</c>, <c>kreisfreie Stadt</c> or <c>Städteregion</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The German term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToGermanTerm(this DistrictKind kind) => kind switch
    {
        DistrictKind.Kreis => "Kreis",
        DistrictKind.KreisfreieStadt => "kreisfreie Stadt",
        DistrictKind.Staedteregion => "Städteregion",
        _ => throw Undefined(kind),
    };

    /// <summary>The official German term: <c>kreisfreie Stadt</c>, <c>Stadt (kreisangehörig)</c> or <c>Gemeinde (kreisangehörig)</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The German term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToGermanTerm(this MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.KreisfreieStadt => "kreisfreie Stadt",
        MunicipalityKind.KreisangehoerigeStadt => "Stadt (kreisangehörig)",
        MunicipalityKind.KreisangehoerigeGemeinde => "Gemeinde (kreisangehörig)",
        _ => throw Undefined(kind),
    };

    /// <summary>The stable code: <c>kreis</c>, <c>kreisfreie-stadt</c> or <c>staedteregion</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToCode(this DistrictKind kind) => kind switch
    {
        DistrictKind.Kreis => "kreis",
        DistrictKind.KreisfreieStadt => "kreisfreie-stadt",
        DistrictKind.Staedteregion => "staedteregion",
        _ => throw Undefined(kind),
    };

    /// <summary>The stable code: <c>kreisfreie-stadt</c>, <c>stadt</c> or <c>gemeinde</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToCode(this MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.KreisfreieStadt => "kreisfreie-stadt",
        MunicipalityKind.KreisangehoerigeStadt => "stadt",
        MunicipalityKind.KreisangehoerigeGemeinde => "gemeinde",
        _ => throw Undefined(kind),
    };

    /// <summary>Reads a district kind from its code or its German term (as GV-ISys writes it).</summary>
    internal static DistrictKind? DistrictKindFrom(string text) => text switch
    {
        "kreis" or "Kreis" => DistrictKind.Kreis,
        "kreisfreie-stadt" or "kreisfreie Stadt" => DistrictKind.KreisfreieStadt,
        "staedteregion" or "Städteregion" or "Kreis (Städteregion)" => DistrictKind.Staedteregion,
        _ => null,
    };

    /// <summary>Reads a municipality kind from its code or its German term (as GV-ISys writes it).</summary>
    internal static MunicipalityKind? MunicipalityKindFrom(string text) => text switch
    {
        "kreisfreie-stadt" or "kreisfreie Stadt" => MunicipalityKind.KreisfreieStadt,
        "stadt" or "Stadt (kreisangehörig)" => MunicipalityKind.KreisangehoerigeStadt,
        "gemeinde" or "Gemeinde (kreisangehörig)" => MunicipalityKind.KreisangehoerigeGemeinde,
        _ => null,
    };

    private static ArgumentOutOfRangeException Undefined<T>(T kind)
        where T : struct, Enum =>
        new(nameof(kind), kind, $"{typeof(T).Name} has no member with the value {Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture)}.");
}
