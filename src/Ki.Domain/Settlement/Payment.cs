using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>A (partial) repayment: an amount paid back on a date, which stops interest on that amount after that day.</summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class Payment
{
    /// <summary>Creates a payment.</summary>
    /// <param name="on">The day the amount was paid (the last interest day for it).</param>
    /// <param name="amount">The amount; must be positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive.</exception>
    public Payment(LocalDate on, Euro amount)
    {
        Preconditions.CheckRange(amount.IsPositive, amount, "A payment must be positive.", "Eine Zahlung muss positiv sein.");
        On = on;
        Amount = amount;
    }

    /// <summary>The day the amount was paid.</summary>
    public LocalDate On { get; }

    /// <summary>The amount paid.</summary>
    public Euro Amount { get; }

    /// <summary>Returns the date and the amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{On:uuuu'-'MM'-'dd} {Amount}";
}
