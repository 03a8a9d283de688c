using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Settlement;

/// <summary>
/// One source of Deckungsmittel besides the grant (own money, third-party money, another funder's grant), planned and actual.
/// </summary>
/// <remarks>A source that appeared only after the Bescheid has a planned amount of zero. Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class FundsLine
{
    /// <summary>Creates a funds line.</summary>
    /// <param name="id">The line's identifier, such as <c>own</c> or <c>foundation-x</c>.</param>
    /// <param name="name">The name, such as <c>Stiftung X</c>.</param>
    /// <param name="kind">The kind of money.</param>
    /// <param name="planned">The amount in the approved plan; not negative (zero for new funds).</param>
    /// <param name="actual">The amount actually received or spent; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or an amount is negative.</exception>
    public FundsLine(string id, string name, FundsKind kind, Euro planned, Euro actual)
    {
        ModelChecks.CheckNotBlank(id, "A funds line needs an identifier.", "Eine Finanzierungsposition braucht eine Kennung.");
        Preconditions.CheckNotNull(name);
        Preconditions.CheckRange(kind is >= FundsKind.Own and <= FundsKind.OtherFunder, kind, $"Funds kind {(int)kind} is not defined.", $"Die Art der Mittel {(int)kind} ist nicht definiert.");
        PlanAmounts.CheckNotNegative(planned, actual, id, "funds", "Mittel");
        Id = id;
        Name = name;
        Kind = kind;
        Planned = planned;
        Actual = actual;
    }

    /// <summary>The line's identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The kind of money.</summary>
    public FundsKind Kind { get; }

    /// <summary>The amount in the approved plan.</summary>
    public Euro Planned { get; }

    /// <summary>The amount actually received or spent.</summary>
    public Euro Actual { get; }

    /// <summary>Returns the identifier and both amounts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: planned {Planned}, actual {Actual}";
}
