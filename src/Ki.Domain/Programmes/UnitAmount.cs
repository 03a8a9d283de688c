using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>
/// An amount per unit in a funding line: 57,000 EUR per specialist post, 300 EUR per person and quarter, 8,800 EUR
/// flat material costs per post; with the most units an applicant may count.
/// </summary>
/// <remarks>
/// <para>
/// Units are counted as decimals (2.5 posts) and the amount per unit is in <see cref="Euro"/>; the product is rounded
/// to the cent by the calculator's explicit <see cref="RoundingMode"/>. A limit on the number of units may hold for
/// all applicants (<see cref="MaxUnits"/>) or depend on the applicant kind (<see cref="MaxUnitsByKind"/>, such as
/// 5 posts for a kreisfreie Stadt and 6 for a Kreis); every limit carries its source.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class UnitAmount
{
    private readonly ImmutableDictionary<ApplicantKind, Figure<decimal>> _maxUnitsByKind = ImmutableDictionary<ApplicantKind, Figure<decimal>>.Empty;

    /// <summary>Creates a unit amount.</summary>
    /// <param name="id">A stable identifier in kebab case, such as <c>specialist-post</c>.</param>
    /// <param name="name">The unit's name in German and English.</param>
    /// <param name="amount">The amount per unit, with its source.</param>
    /// <param name="role">Whether the amount is a grant per unit or a flat eligible cost per unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public UnitAmount(string id, LocalizedText name, Figure<Euro> amount, UnitAmountRole role = UnitAmountRole.GrantPerUnit)
    {
        ModelChecks.CheckNotBlank(id, "A unit amount needs an identifier.", "Ein Betrag je Einheit braucht eine Kennung.");
        Preconditions.CheckRange(role is UnitAmountRole.GrantPerUnit or UnitAmountRole.FlatEligibleCostPerUnit, role, "Undefined unit amount role.", "Die Rolle des Betrags je Einheit ist nicht definiert.");
        Id = id;
        Name = name;
        Amount = amount;
        Role = role;
    }

    /// <summary>The stable identifier, such as <c>specialist-post</c>.</summary>
    public string Id { get; }

    /// <summary>The unit's name in German and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The amount per unit, with its source.</summary>
    public Figure<Euro> Amount { get; }

    /// <summary>Whether the amount is a grant per unit or a flat eligible cost per unit.</summary>
    public UnitAmountRole Role { get; }

    /// <summary>The most units any applicant may count, if the line sets a limit for everyone.</summary>
    public Figure<decimal>? MaxUnits { get; init; }

    /// <summary>The most units by applicant kind; a kind listed here overrides <see cref="MaxUnits"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableDictionary<ApplicantKind, Figure<decimal>> MaxUnitsByKind
    {
        get => _maxUnitsByKind;
        init => _maxUnitsByKind = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// The most units an applicant of a kind may count: its own limit if listed, else the general limit. Without a
    /// kind, the largest of all limits applies.
    /// </summary>
    /// <param name="kind">The applicant kind, or <see langword="null"/> when it is not known.</param>
    /// <returns>The limit with its source, or <see langword="null"/> when the line sets none.</returns>
    public Figure<decimal>? MaxUnitsFor(ApplicantKind? kind)
    {
        if (kind is { } k && _maxUnitsByKind.TryGetValue(k, out Figure<decimal> own))
        {
            return own;
        }

        if (kind is null && !_maxUnitsByKind.IsEmpty)
        {
            Figure<decimal> largest = _maxUnitsByKind.Values.MaxBy(f => f.Value);
            return MaxUnits is { } general && general.Value > largest.Value ? general : largest;
        }

        return MaxUnits;
    }
}
