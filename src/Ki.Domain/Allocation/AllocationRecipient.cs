using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// One recipient (Empfänger) of an allocation: an id, a name, a non-negative weight (its key value: population,
/// refugee count, key share ...) and optional per-recipient bounds: a base amount (Sockelbetrag), a floor
/// (Mindestbetrag), a cap (Höchstbetrag) and a demand (the amount requested, Bedarf).
/// </summary>
/// <remarks>
/// <para>
/// The id identifies the recipient within a request (ids are compared ordinally, and equal remainders are broken in
/// favour of the id that sorts first). Weights are exact decimals; only their ratios matter. A bound that is not set
/// falls back to the request's global bound, if any.
/// </para>
/// <para>Immutable; change it with the <c>With*</c> copies. Safe to share across threads.</para>
/// </remarks>
public sealed class AllocationRecipient
{
    /// <summary>Creates a recipient without bounds.</summary>
    /// <param name="id">The id, such as an AGS (<c>05974040</c>); not empty.</param>
    /// <param name="weight">The weight; not negative.</param>
    /// <param name="name">The display name; <see langword="null"/> means the id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public AllocationRecipient(string id, decimal weight, string? name = null)
    {
        ModelChecks.CheckNotBlank(id, "A recipient id must not be empty.", "Die Kennung eines Empfängers darf nicht leer sein.");
        Preconditions.CheckRange(weight >= 0, weight, $"The weight of recipient '{id}' must not be negative, but was {weight.ToString(CultureInfo.InvariantCulture)}.",
            $"Das Gewicht des Empfängers '{id}' darf nicht negativ sein, ist aber {weight}.");
        Id = id;
        Name = name ?? id;
        Weight = weight;
    }

    private AllocationRecipient(AllocationRecipient other)
    {
        Id = other.Id;
        Name = other.Name;
        Weight = other.Weight;
        Base = other.Base;
        Floor = other.Floor;
        Cap = other.Cap;
        Demand = other.Demand;
    }

    /// <summary>The id; ties are broken in favour of the id that sorts first ordinally.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; private init; }

    /// <summary>The weight (Gewicht, Schlüsselwert); not negative.</summary>
    public decimal Weight { get; private init; }

    /// <summary>The base amount (Sockelbetrag) this recipient gets before the proportional part, if set.</summary>
    public Euro? Base { get; private init; }

    /// <summary>The floor (Mindestbetrag), if set.</summary>
    public Euro? Floor { get; private init; }

    /// <summary>The cap (Höchstbetrag), if set.</summary>
    public Euro? Cap { get; private init; }

    /// <summary>The amount requested (Bedarf), if set: the recipient never gets more.</summary>
    public Euro? Demand { get; private init; }

    /// <summary>Whether any per-recipient bound (base, floor, cap or demand) is set.</summary>
    public bool HasBounds => Base.HasValue || Floor.HasValue || Cap.HasValue || Demand.HasValue;

    /// <summary>A copy with another name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public AllocationRecipient WithName(string name) => new(this) { Name = Preconditions.CheckNotNull(name) };

    /// <summary>A copy with another weight.</summary>
    /// <param name="weight">The weight; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    public AllocationRecipient WithWeight(decimal weight) => new(this) { Weight = Preconditions.CheckNonNegative(weight) };

    /// <summary>A copy with a base amount (Sockelbetrag), or none.</summary>
    /// <param name="baseAmount">The base amount; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseAmount"/> is negative.</exception>
    public AllocationRecipient WithBase(Euro? baseAmount) => new(this) { Base = CheckBound(baseAmount, "base amount") };

    /// <summary>A copy with a floor (Mindestbetrag), or none.</summary>
    /// <param name="floor">The floor; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="floor"/> is negative.</exception>
    public AllocationRecipient WithFloor(Euro? floor) => new(this) { Floor = CheckBound(floor, "floor") };

    /// <summary>A copy with a cap (Höchstbetrag), or none.</summary>
    /// <param name="cap">The cap; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is negative.</exception>
    public AllocationRecipient WithCap(Euro? cap) => new(this) { Cap = CheckBound(cap, "cap") };

    /// <summary>A copy with an amount requested (Bedarf), or none.</summary>
    /// <param name="demand">The demand; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="demand"/> is negative.</exception>
    public AllocationRecipient WithDemand(Euro? demand) => new(this) { Demand = CheckBound(demand, "demand") };

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}): {Weight.ToString(CultureInfo.InvariantCulture)}";

    private static string WhatGerman(string what) => what switch
    {
        "base amount" => "Der Sockelbetrag",
        "floor" => "Der Mindestbetrag",
        "cap" => "Der Höchstbetrag",
        _ => "Der Bedarf",
    };

    private Euro? CheckBound(Euro? value, string what, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { IsNegative: true } v)
        {
            throw GermanReason.With(
                new ArgumentOutOfRangeException(name, v, $"The {what} of recipient '{Id}' must not be negative, but was {v}."),
                string.Create(TextFormats.German, $"{WhatGerman(what)} des Empfängers '{Id}' darf nicht negativ sein, ist aber {v}."));
        }

        return value;
    }
}
