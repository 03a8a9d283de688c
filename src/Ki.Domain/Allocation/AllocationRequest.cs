using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// What to split: a budget, the recipients with their weights and bounds, the unit the amounts are whole multiples
/// of (default one cent), and optional global bounds (Sockelbetrag, Mindestbetrag, Höchstbetrag) for recipients
/// that set none of their own.
/// </summary>
/// <remarks>
/// <para>
/// Every bound must be a whole multiple of the unit, which <see cref="Allocator.Allocate(AllocationRequest)"/> checks;
/// a part of the budget below one unit is reported as unallocated. Recipient ids are unique (ordinal comparison); the order of
/// <see cref="Recipients"/> is the order of the result's lines and has no effect on the amounts.
/// </para>
/// <para>Immutable; change it with the <c>With*</c> copies. Safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using Ki.Domain.Allocation;
/// using Ki.Domain.Money;
///
/// // 100,000 EUR over three municipalities by population, with a Sockelbetrag of 10,000 EUR each.
/// AllocationRequest request = AllocationRequest.Of(
///         Euro.FromEuros(100_000), [new("Ense", 12_000), new("Erwitte", 16_000), new("Soest", 47_000)])
///     .WithBase(Euro.FromEuros(10_000));
/// AllocationResult result = Allocator.Allocate(request);
///
/// Console.WriteLine(result.Lines.Single(l => l.Id == "Ense").Amount);    // 21200.00
/// Console.WriteLine(result.Allocated);                                   // 100000.00
/// ]]></code>
/// </example>
public sealed class AllocationRequest
{
    private AllocationRequest(Euro budget, ImmutableArray<AllocationRecipient> recipients)
    {
        Budget = budget;
        Recipients = recipients;
        Unit = Euro.FromCents(1);
        Scaled = ScaledWeights.TryOf(recipients);
    }

    private AllocationRequest(AllocationRequest other)
    {
        Budget = other.Budget;
        Recipients = other.Recipients;
        Scaled = other.Scaled;
        Unit = other.Unit;
        Base = other.Base;
        Floor = other.Floor;
        Cap = other.Cap;
    }

    /// <summary>The budget to split (Fördersumme, Budget).</summary>
    public Euro Budget { get; private init; }

    /// <summary>The recipients, in the order the result lists them.</summary>
    public ImmutableArray<AllocationRecipient> Recipients { get; }

    /// <summary>The recipients' weights as whole numbers, made with the request; null when one does not fit in 64 bits.</summary>
    internal ScaledWeights? Scaled { get; }

    /// <summary>The unit every amount is a whole multiple of: one cent by default, or 1 EUR, 100 EUR ...</summary>
    public Euro Unit { get; private init; }

    /// <summary>The base amount (Sockelbetrag) for recipients that set none.</summary>
    public Euro? Base { get; private init; }

    /// <summary>The floor (Mindestbetrag) for recipients that set none.</summary>
    public Euro? Floor { get; private init; }

    /// <summary>The cap (Höchstbetrag) for recipients that set none.</summary>
    public Euro? Cap { get; private init; }

    /// <summary>Creates a request to split <paramref name="budget"/> over <paramref name="recipients"/>.</summary>
    /// <param name="budget">The budget; not negative.</param>
    /// <param name="recipients">The recipients: at least one, unique ids.</param>
    /// <returns>The request, with a unit of one cent and no global bounds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipients"/> is empty or has two recipients with the same id.</exception>
    public static AllocationRequest Of(Euro budget, IEnumerable<AllocationRecipient> recipients)
    {
        Preconditions.CheckNotNull(recipients);
        CheckBudget(budget);
        ImmutableArray<AllocationRecipient> list = Preconditions.CheckUniqueKeys(recipients, r => r.Id, id => $"The recipient id '{id}' occurs twice.", id => $"Die Kennung des Empfängers '{id}' kommt zweimal vor.");
        Preconditions.CheckArgument(list.Length > 0, nameof(recipients), "An allocation needs at least one recipient.", "Eine Verteilung braucht mindestens einen Empfänger.");
        return new AllocationRequest(budget, list);
    }

    /// <summary>A copy with another budget (used for each stage of a pass-through).</summary>
    /// <param name="budget">The budget; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative.</exception>
    public AllocationRequest WithBudget(Euro budget) => new(this) { Budget = CheckBudget(budget) };

    /// <summary>A copy with another unit.</summary>
    /// <param name="unit">The unit; positive, such as <c>Euro.FromEuros(1)</c>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    public AllocationRequest WithUnit(Euro unit)
    {
        Preconditions.CheckRange(unit.IsPositive, unit, $"The unit must be positive, but was {unit}.", $"Die Rundungseinheit muss positiv sein, ist aber {unit}.");
        return new(this) { Unit = unit };
    }

    /// <summary>A copy with a global base amount (Sockelbetrag), or none.</summary>
    /// <param name="baseAmount">The base amount; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseAmount"/> is negative.</exception>
    public AllocationRequest WithBase(Euro? baseAmount) => new(this) { Base = CheckBound(baseAmount) };

    /// <summary>A copy with a global floor (Mindestbetrag), or none.</summary>
    /// <param name="floor">The floor; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="floor"/> is negative.</exception>
    public AllocationRequest WithFloor(Euro? floor) => new(this) { Floor = CheckBound(floor) };

    /// <summary>A copy with a global cap (Höchstbetrag), or none.</summary>
    /// <param name="cap">The cap; not negative.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is negative.</exception>
    public AllocationRequest WithCap(Euro? cap) => new(this) { Cap = CheckBound(cap) };

    private static Euro CheckBudget(Euro budget, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(budget))] string? name = null)
    {
        Preconditions.CheckRange(!budget.IsNegative, budget, $"The budget must not be negative, but was {budget}.", $"Das Budget darf nicht negativ sein, ist aber {budget}.", name);
        return budget;
    }

    private static Euro? CheckBound(Euro? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { IsNegative: true } v)
        {
            throw GermanReason.With(
                new ArgumentOutOfRangeException(name, v, $"{name} must not be negative, but was {v}."),
                string.Create(TextFormats.German, $"{name switch { "baseAmount" => "Der Sockelbetrag", "floor" => "Der Mindestbetrag", "cap" => "Der Höchstbetrag", _ => name }} darf nicht negativ sein, ist aber {v}."));
        }

        return value;
    }
}
