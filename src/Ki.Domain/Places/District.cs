using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>
/// Kreis or kreisfreie Stadt: one of North Rhine-Westphalia's 53 districts, with its key (Kreisschlüssel), name,
/// kind, Regierungsbezirk, population, area and the keys of its member municipalities.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Place.Population"/> counts people at the gazetteer's reference date; <see cref="Place.AreaKm2"/> is in square
/// kilometres with at most two decimals. In a <see cref="Gazetteer"/> both equal the sums over the members.
/// A kreisfreie Stadt has exactly one member, the city itself (AGS = Kreisschlüssel + <c>000</c>).
/// </para>
/// <para>
/// Equality compares every property, the member keys in order. Immutable; safe to share across threads.
/// </para>
/// </remarks>
public sealed class District : Place, IEquatable<District>
{
    /// <summary>Creates a district.</summary>
    /// <param name="key">The Kreisschlüssel; it must lie in NRW.</param>
    /// <param name="name">The official name, such as <c>Soest</c> or <c>Bonn, Stadt</c>.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="population">The number of people.</param>
    /// <param name="areaKm2">The area in km², at most two decimals.</param>
    /// <param name="municipalityKeys">The keys of the member municipalities; they are stored in key order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="municipalityKeys"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not in NRW, <paramref name="name"/> is blank or holds a control character, there
    /// are no members, a member lies in another district or is listed twice, or a kreisfreie Stadt has other members
    /// than its one city.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined, or
    /// <paramref name="population"/> or <paramref name="areaKm2"/> is negative, or the area has more than two decimals.</exception>
    public District(DistrictKey key, string name, DistrictKind kind, long population, decimal areaKm2, IEnumerable<MunicipalityKey> municipalityKeys)
        : base(name, population, areaKm2)
    {
        Preconditions.CheckArgument(key.IsNrw, nameof(key), $"The district key {key.Code} must lie in North Rhine-Westphalia.", $"Der Kreisschlüssel {key.Code} muss in Nordrhein-Westfalen liegen.");
        CheckName(name);
        Preconditions.CheckArgumentRange(Enum.IsDefined(kind), kind, "The kind must be a defined DistrictKind.");
        CheckFigures(population, areaKm2);
        Preconditions.CheckNotNull(municipalityKeys);
        ImmutableArray<MunicipalityKey> members = [.. municipalityKeys.Order()];
        Preconditions.CheckArgument(members.Length > 0, nameof(municipalityKeys), $"District {key.Code} must have at least one municipality.", $"Der Kreis {key.Code} muss mindestens eine Gemeinde haben.");
        for (int i = 0; i < members.Length; i++)
        {
            Preconditions.CheckArgument(members[i].District == key, nameof(municipalityKeys), $"Municipality {members[i].Code} does not belong to district {key.Code}.", $"Die Gemeinde {members[i].Code} gehört nicht zum Kreis {key.Code}.");
            Preconditions.CheckArgument(i == 0 || members[i] != members[i - 1], nameof(municipalityKeys), $"Municipality {members[i].Code} is listed twice.", $"Die Gemeinde {members[i].Code} steht zweimal da.");
        }

        Preconditions.CheckArgument(
            kind != DistrictKind.KreisfreieStadt || (members.Length == 1 && members[0].Value == key.Value * 1000),
            nameof(municipalityKeys),
            $"The kreisfreie Stadt {key.Code} has exactly one municipality, {key.Code}000.",
            $"Die kreisfreie Stadt {key.Code} hat genau eine Gemeinde, {key.Code}000.");
        Key = key;
        Kind = kind;
        MunicipalityKeys = members;
    }

    /// <summary>The Kreisschlüssel, such as <c>05974</c>.</summary>
    public DistrictKey Key { get; }

    /// <summary>The kind (Kreis, kreisfreie Stadt or Städteregion).</summary>
    public DistrictKind Kind { get; }

    /// <summary>The Regierungsbezirk the district lies in.</summary>
    public GovernmentRegion Region => GovernmentRegion.Of(Key.Region);

    /// <summary>The keys of the member municipalities in key order.</summary>
    public ImmutableArray<MunicipalityKey> MunicipalityKeys { get; }

    /// <inheritdoc />
    public bool Equals(District? other) =>
        other is not null
        && Key == other.Key
        && Kind == other.Kind
        && HasSameNameAndFigures(other)
        && MunicipalityKeys.SequenceEqual(other.MunicipalityKeys);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as District);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Name, Population);

    /// <summary>Returns the key and name, such as <c>05974 Soest</c>.</summary>
    /// <returns>The key and name.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key.Code} {Name}");
}
