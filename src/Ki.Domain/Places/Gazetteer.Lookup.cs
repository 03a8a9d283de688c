using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>Look-ups by key and by name, members and totals.</summary>
public sealed partial class Gazetteer
{
    /// <summary>Returns the district with the given key.</summary>
    /// <param name="key">The Kreisschlüssel.</param>
    /// <returns>The district.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> lies outside NRW, or no district has it; the message
    /// says which.</exception>
    public District GetDistrict(DistrictKey key) =>
        TryGetDistrict(key, out District? district) ? district : throw NotFound(nameof(key), "district", key.Code, key.IsNrw);

    /// <summary>Finds the district with the given key.</summary>
    /// <param name="key">The Kreisschlüssel.</param>
    /// <param name="district">The district, or null when there is none (always for keys outside NRW).</param>
    /// <returns>Whether the district exists.</returns>
    public bool TryGetDistrict(DistrictKey key, [NotNullWhen(true)] out District? district) => _districts.TryGetValue(key, out district);

    /// <summary>Returns the municipality with the given key.</summary>
    /// <param name="key">The AGS.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> lies outside NRW, or no municipality has it; the
    /// message says which.</exception>
    public Municipality GetMunicipality(MunicipalityKey key) =>
        TryGetMunicipality(key, out Municipality? municipality) ? municipality : throw NotFound(nameof(key), "municipality", key.Code, key.IsNrw);

    /// <summary>Finds the municipality with the given key.</summary>
    /// <param name="key">The AGS.</param>
    /// <param name="municipality">The municipality, or null when there is none (always for keys outside NRW).</param>
    /// <returns>Whether the municipality exists.</returns>
    public bool TryGetMunicipality(MunicipalityKey key, [NotNullWhen(true)] out Municipality? municipality) =>
        _municipalities.TryGetValue(key, out municipality);

    /// <summary>Returns the member municipalities of a district in key order.</summary>
    /// <param name="district">The Kreisschlüssel.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentException"><paramref name="district"/> lies outside NRW, or no district has it.</exception>
    public ImmutableArray<Municipality> MembersOf(DistrictKey district) => _members[GetDistrict(district).Key];

    /// <summary>Returns the districts of a Regierungsbezirk in key order.</summary>
    /// <param name="region">The region key.</param>
    /// <returns>The districts; empty when the gazetteer has none there.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not one of NRW's five Regierungsbezirke.</exception>
    public ImmutableArray<District> DistrictsIn(RegionKey region)
    {
        RegionKey key = GovernmentRegion.Of(region).Key;
        return [.. Districts.Where(d => d.Key.Region == key)];
    }

    /// <summary>Returns the totals of a district: the sums over its members.</summary>
    /// <param name="district">The Kreisschlüssel.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="district"/> lies outside NRW, or no district has it.</exception>
    public PlaceTotals TotalsOf(DistrictKey district) => PlaceTotals.Of(MembersOf(district));

    /// <summary>Returns the totals of a Regierungsbezirk: the sums over its municipalities.</summary>
    /// <param name="region">The region key.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not one of NRW's five Regierungsbezirke.</exception>
    public PlaceTotals TotalsOf(RegionKey region)
    {
        RegionKey key = GovernmentRegion.Of(region).Key;
        return PlaceTotals.Of(Municipalities.Where(m => m.Key.Region == key));
    }

    /// <summary>Returns the integration centre (KI) that serves a municipality.</summary>
    /// <param name="municipality">The AGS.</param>
    /// <returns>The centre.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipality"/> lies outside NRW, or no municipality has it.</exception>
    public IntegrationCentre IntegrationCentreOf(MunicipalityKey municipality) => _centreOf[GetMunicipality(municipality).Key];

    /// <summary>
    /// Finds the districts by key or by name, forgiving case, umlauts (<c>Maerkischer Kreis</c>), punctuation, the
    /// official suffixes (<c>Bonn</c> for <c>Bonn, Stadt</c>) and a leading <c>Kreis</c> (<c>Kreis Soest</c>).
    /// </summary>
    /// <param name="keyOrName">A five-digit Kreisschlüssel or a name.</param>
    /// <returns>Every match in key order; empty when none; several when the name is ambiguous.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyOrName"/> is null.</exception>
    public ImmutableArray<District> FindDistricts(string keyOrName)
    {
        Preconditions.CheckNotNull(keyOrName);
        if (DistrictKey.TryParse(keyOrName.Trim(), out DistrictKey key))
        {
            return TryGetDistrict(key, out District? d) ? [d] : [];
        }

        return _names.Value.Districts(keyOrName);
    }

    /// <summary>
    /// Finds the municipalities by key or by name, forgiving case, umlauts and other diacritics (<c>ruthen</c>,
    /// <c>Ruethen</c> and <c>Rüthen</c> all find <c>Rüthen, Stadt</c>), punctuation and the official suffixes.
    /// </summary>
    /// <param name="keyOrName">An eight-digit AGS or a name.</param>
    /// <returns>Every match in key order; empty when none; several when the name is ambiguous.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyOrName"/> is null.</exception>
    public ImmutableArray<Municipality> FindMunicipalities(string keyOrName)
    {
        Preconditions.CheckNotNull(keyOrName);
        if (MunicipalityKey.TryParse(keyOrName.Trim(), out MunicipalityKey key))
        {
            return TryGetMunicipality(key, out Municipality? m) ? [m] : [];
        }

        return _names.Value.Municipalities(keyOrName);
    }

    /// <summary>Returns the one municipality a key or name denotes (see <see cref="FindMunicipalities"/>).</summary>
    /// <param name="keyOrName">An eight-digit AGS or a name.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyOrName"/> is null.</exception>
    /// <exception cref="ArgumentException">No municipality matches, or several do; the message lists them so the caller
    /// can use a key.</exception>
    public Municipality GetMunicipality(string keyOrName)
    {
        ImmutableArray<Municipality> found = FindMunicipalities(keyOrName);
        return found.Length switch
        {
            1 => found[0],
            0 => throw new ArgumentException($"No municipality in the gazetteer is called or keyed '{keyOrName}'.", nameof(keyOrName)),
            _ => throw new ArgumentException(
                $"'{keyOrName}' matches {found.Length} municipalities: {string.Join("; ", found)}. Use the key.", nameof(keyOrName)),
        };
    }

    private ArgumentException NotFound(string paramName, string what, string code, bool isNrw) => new(
        isNrw
            ? $"No {what} has the key {code} in this gazetteer ({ReferenceDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})."
            : $"The {what} key {code} lies outside North Rhine-Westphalia (keys start with 05); this gazetteer covers NRW only.",
        paramName);
}
