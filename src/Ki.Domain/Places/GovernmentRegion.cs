using System.Collections.Immutable;

namespace Ki.Domain.Places;

/// <summary>
/// Regierungsbezirk: one of North Rhine-Westphalia's five government regions, each administered by its
/// Bezirksregierung (district government), which decides most state grants.
/// </summary>
/// <remarks>
/// <para>
/// The five regions are fixed by law and listed in <see cref="All"/>: 051 Düsseldorf, 053 Köln, 055 Münster,
/// 057 Detmold and 059 Arnsberg. Each region's <see cref="Name"/> is the seat of its Bezirksregierung.
/// </para>
/// <para>
/// There is exactly one instance per region, so equality is reference equality and agrees with the key. Immutable;
/// safe to share across threads.
/// </para>
/// </remarks>
public sealed class GovernmentRegion
{
    private GovernmentRegion(string code, string name)
    {
        Key = RegionKey.ParseNrw(code);
        Name = name;
    }

    /// <summary>Regierungsbezirk Düsseldorf, key 051.</summary>
    public static GovernmentRegion Duesseldorf { get; } = new("051", "Düsseldorf");

    /// <summary>Regierungsbezirk Köln, key 053.</summary>
    public static GovernmentRegion Koeln { get; } = new("053", "Köln");

    /// <summary>Regierungsbezirk Münster, key 055.</summary>
    public static GovernmentRegion Muenster { get; } = new("055", "Münster");

    /// <summary>Regierungsbezirk Detmold, key 057.</summary>
    public static GovernmentRegion Detmold { get; } = new("057", "Detmold");

    /// <summary>Regierungsbezirk Arnsberg, key 059.</summary>
    public static GovernmentRegion Arnsberg { get; } = new("059", "Arnsberg");

    /// <summary>The five Regierungsbezirke of NRW in key order.</summary>
    public static ImmutableArray<GovernmentRegion> All { get; } = [Duesseldorf, Koeln, Muenster, Detmold, Arnsberg];

    /// <summary>The three-digit key, such as <c>059</c>.</summary>
    public RegionKey Key { get; }

    /// <summary>The region's name, which is also the seat of its Bezirksregierung, such as <c>Arnsberg</c>.</summary>
    public string Name { get; }

    /// <summary>The authority that administers the region, such as <c>Bezirksregierung Arnsberg</c>.</summary>
    public string Authority => "Bezirksregierung " + Name;

    /// <summary>Returns the region with the given key.</summary>
    /// <param name="key">An NRW region key: 051, 053, 055, 057 or 059.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not one of NRW's five Regierungsbezirke.</exception>
    public static GovernmentRegion Of(RegionKey key) =>
        TryOf(key, out GovernmentRegion? region)
            ? region
            : throw new ArgumentException($"{key.Code} is not one of NRW's Regierungsbezirke (051, 053, 055, 057, 059).", nameof(key));

    /// <summary>Finds the region with the given key.</summary>
    /// <param name="key">A region key.</param>
    /// <param name="region">The region, or null when the key is not one of NRW's five.</param>
    /// <returns>Whether the key is one of NRW's five Regierungsbezirke.</returns>
    public static bool TryOf(RegionKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GovernmentRegion? region)
    {
        region = key.Value switch
        {
            51 => Duesseldorf,
            53 => Koeln,
            55 => Muenster,
            57 => Detmold,
            59 => Arnsberg,
            _ => null,
        };
        return region is not null;
    }

    /// <summary>Returns the key and name, such as <c>059 Arnsberg</c>.</summary>
    /// <returns>The key and name.</returns>
    public override string ToString() => Key.Code + " " + Name;
}
