using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Settlement;

/// <summary>
/// Einzelansatz: one item of the financing plan's eligible costs, planned (as approved) and actual (as proven).
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class CostItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's identifier, such as <c>staff</c>.</param>
    /// <param name="name">The item's name as the plan gives it, such as <c>Personalausgaben</c>.</param>
    /// <param name="planned">The approved amount; not negative (zero for an item the plan did not have).</param>
    /// <param name="actual">The proven eligible amount; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="planned"/> or <paramref name="actual"/> is negative.</exception>
    public CostItem(string id, string name, Euro planned, Euro actual)
    {
        ModelChecks.CheckNotBlank(id, "A cost item needs an identifier.", "Eine Ausgabeposition braucht eine Kennung.");
        Preconditions.CheckNotNull(name);
        PlanAmounts.CheckNotNegative(planned, actual, id, "item", "Position");
        Id = id;
        Name = name;
        Planned = planned;
        Actual = actual;
    }

    /// <summary>The item's identifier.</summary>
    public string Id { get; }

    /// <summary>The item's name as the plan gives it.</summary>
    public string Name { get; }

    /// <summary>The approved amount.</summary>
    public Euro Planned { get; }

    /// <summary>The proven eligible amount.</summary>
    public Euro Actual { get; }

    /// <summary>Returns the identifier and both amounts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: planned {Planned}, actual {Actual}";
}
