using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>
/// Gemeinde: one of North Rhine-Westphalia's municipalities, with its official key (AGS), name, kind, district,
/// population, area and postal code.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Place.Population"/> counts people at the gazetteer's reference date; <see cref="Place.AreaKm2"/> is in square
/// kilometres with at most two decimals, as the municipal register (GV-ISys) publishes it. <see cref="Place.Name"/> is the
/// official name with its suffix, such as <c>Rüthen, Stadt</c>; <see cref="Place.ShortName"/> drops the suffix.
/// </para>
/// <para>
/// Equality compares every property. Immutable; safe to share across threads.
/// </para>
/// </remarks>
public sealed class Municipality : Place, IEquatable<Municipality>
{
    /// <summary>Creates a municipality.</summary>
    /// <param name="key">The AGS; it must lie in NRW.</param>
    /// <param name="name">The official name, such as <c>Rüthen, Stadt</c>.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="population">The number of people.</param>
    /// <param name="areaKm2">The area in km², at most two decimals.</param>
    /// <param name="postalCode">A five-digit postal code (Postleitzahl), or null where unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not in NRW, <paramref name="name"/> is blank or holds a control character,
    /// <paramref name="kind"/> does not fit the key (a kreisfreie Stadt's AGS ends in 000, a member's does not), or
    /// <paramref name="postalCode"/> is not five digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined, or
    /// <paramref name="population"/> or <paramref name="areaKm2"/> is negative, or the area has more than two decimals.</exception>
    public Municipality(MunicipalityKey key, string name, MunicipalityKind kind, long population, decimal areaKm2, string? postalCode)
        : base(name, population, areaKm2)
    {
        Preconditions.CheckArgument(key.IsNrw, nameof(key), $"The municipality key {key.Code} must lie in North Rhine-Westphalia.", $"Der Gemeindeschlüssel {key.Code} muss in Nordrhein-Westfalen liegen.");
        CheckName(name);
        Preconditions.CheckArgumentRange(Enum.IsDefined(kind), kind, "The kind must be a defined MunicipalityKind.");
        bool citySuffix = key.Value % 1000 == 0;
        Preconditions.CheckArgument(
            citySuffix == (kind == MunicipalityKind.KreisfreieStadt),
            nameof(kind),
            $"The AGS of a kreisfreie Stadt ends in 000 and no other one does, but {key.Code} is a {kind.ToGermanTerm()}.",
            $"Der AGS einer kreisfreien Stadt endet auf 000 und kein anderer, aber {key.Code} ist als {kind.ToGermanTerm()} angegeben.");
        CheckFigures(population, areaKm2);
        Preconditions.CheckArgument(
            postalCode is null || (postalCode.Length == 5 && postalCode.All(char.IsAsciiDigit)),
            nameof(postalCode),
            $"A postal code has five digits, not '{postalCode}'.",
            $"Eine Postleitzahl hat fünf Ziffern, nicht '{postalCode}'.");
        Key = key;
        Kind = kind;
        PostalCode = postalCode;
    }

    /// <summary>The Amtlicher Gemeindeschlüssel (AGS), such as <c>05974040</c>.</summary>
    public MunicipalityKey Key { get; }

    /// <summary>The kind (kreisfreie Stadt, kreisangehörige Stadt or Gemeinde).</summary>
    public MunicipalityKind Kind { get; }

    /// <summary>The district (Kreisschlüssel) the municipality belongs to.</summary>
    public DistrictKey District => Key.District;

    /// <summary>The Regierungsbezirk the municipality lies in.</summary>
    public GovernmentRegion Region => GovernmentRegion.Of(Key.Region);

    /// <summary>A postal code (Postleitzahl) of the municipality, or null where unknown; large towns have several.</summary>
    public string? PostalCode { get; }

    /// <inheritdoc />
    public bool Equals(Municipality? other) =>
        other is not null
        && Key == other.Key
        && Kind == other.Kind
        && HasSameNameAndFigures(other)
        && string.Equals(PostalCode, other.PostalCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Municipality);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Name, Population);

    /// <summary>Returns the key and name, such as <c>05974040 Soest, Stadt</c>.</summary>
    /// <returns>The key and name.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key.Code} {Name}");
}
