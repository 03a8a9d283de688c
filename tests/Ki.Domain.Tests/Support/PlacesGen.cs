namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for places, drawn from the embedded gazetteer.</summary>
internal static class PlacesGen
{
    /// <summary>Any municipality of the default gazetteer.</summary>
    public static Gen<Municipality> Municipality { get; } = Gen.Elements(Gazetteer.Default.Municipalities.ToArray());

    /// <summary>Any district of the default gazetteer.</summary>
    public static Gen<District> District { get; } = Gen.Elements(Gazetteer.Default.Districts.ToArray());

    /// <summary>A municipality with its name written the way a person might type it (case, umlauts, suffix).</summary>
    public static Gen<(Municipality Place, string Typed)> TypedMunicipalityName { get; } =
        from m in Municipality
        from dropSuffix in Gen.Elements(true, false)
        from umlauts in Gen.Elements("keep", "base", "e")
        from casing in Gen.Elements("keep", "lower", "upper")
        select (m, Mangle(dropSuffix ? m.ShortName : m.Name, umlauts, casing));

    private static string Mangle(string name, string umlauts, string casing)
    {
        string text = umlauts switch
        {
            "base" => name.Replace("ä", "a", StringComparison.Ordinal).Replace("ö", "o", StringComparison.Ordinal).Replace("ü", "u", StringComparison.Ordinal).Replace("Ü", "U", StringComparison.Ordinal).Replace("Ö", "O", StringComparison.Ordinal).Replace("Ä", "A", StringComparison.Ordinal),
            "e" => name.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal),
            _ => name,
        };
        return casing switch
        {
            "lower" => text.ToLowerInvariant(),
            "upper" => text.ToUpperInvariant(),
            _ => text,
        };
    }
}
