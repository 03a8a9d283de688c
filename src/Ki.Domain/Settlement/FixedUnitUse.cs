using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Settlement;

/// <summary>
/// Festbetrag je Einheit: a fixed amount per unit (such as per post and year), the units awarded and the units actually
/// provided (a post left unfilled for six months counts 0.5).
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class FixedUnitUse
{
    /// <summary>Creates a unit use.</summary>
    /// <param name="id">The unit's identifier, such as <c>specialist-post</c>.</param>
    /// <param name="name">The unit's name, such as <c>Fachkraftstelle</c>.</param>
    /// <param name="amountPerUnit">The fixed amount per unit; not negative.</param>
    /// <param name="awardedUnits">The units the grant was awarded for; not negative.</param>
    /// <param name="actualUnits">The units actually provided; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount or a count is negative.</exception>
    public FixedUnitUse(string id, string name, Euro amountPerUnit, decimal awardedUnits, decimal actualUnits)
    {
        ModelChecks.CheckNotBlank(id, "A unit needs an identifier.", "Eine Einheit braucht eine Kennung.");
        Preconditions.CheckNotNull(name);
        Preconditions.CheckRange(!amountPerUnit.IsNegative, amountPerUnit, $"The amount per unit of '{id}' must not be negative.", $"Der Betrag je Einheit von '{id}' darf nicht negativ sein.");
        Preconditions.CheckRange(awardedUnits >= 0m, awardedUnits, $"The awarded units of '{id}' must not be negative.", $"Die bewilligten Einheiten von '{id}' dürfen nicht negativ sein.");
        Preconditions.CheckRange(actualUnits >= 0m, actualUnits, $"The actual units of '{id}' must not be negative.", $"Die tatsächlichen Einheiten von '{id}' dürfen nicht negativ sein.");
        Id = id;
        Name = name;
        AmountPerUnit = amountPerUnit;
        AwardedUnits = awardedUnits;
        ActualUnits = actualUnits;
    }

    /// <summary>The unit's identifier.</summary>
    public string Id { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The fixed amount per unit.</summary>
    public Euro AmountPerUnit { get; }

    /// <summary>The units the grant was awarded for.</summary>
    public decimal AwardedUnits { get; }

    /// <summary>The units actually provided.</summary>
    public decimal ActualUnits { get; }

    /// <summary>Returns the identifier and the counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {AwardedUnits} awarded, {ActualUnits} provided";
}
