using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>A planned payment of the measure (an invoice, a salary) with the day it falls due.</summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class DuePayment
{
    /// <summary>Creates a payment.</summary>
    /// <param name="id">The payment's identifier, such as <c>salary-2024-03</c>.</param>
    /// <param name="due">The day it falls due.</param>
    /// <param name="amount">The amount; must be positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive.</exception>
    public DuePayment(string id, LocalDate due, Euro amount)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "A payment needs an identifier.");
        Preconditions.CheckArgumentRange(amount.IsPositive, amount, $"The amount of payment '{id}' must be positive.");
        Id = id;
        Due = due;
        Amount = amount;
    }

    /// <summary>The payment's identifier.</summary>
    public string Id { get; }

    /// <summary>The day it falls due.</summary>
    public LocalDate Due { get; }

    /// <summary>The amount.</summary>
    public Euro Amount { get; }

    /// <summary>Returns the identifier, the due day and the amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Due:uuuu'-'MM'-'dd} {Amount}";
}
