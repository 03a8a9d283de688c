using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// A payout of grant money and the day it was used for the purpose; money used later than two months after payout
/// was not used promptly ("alsbald"), so § 49a(4) VwVfG NRW Zwischenzinsen may be charged for the time between.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class Payout
{
    /// <summary>Creates a payout.</summary>
    /// <param name="paidOn">The day the money was paid out.</param>
    /// <param name="amount">The amount; must be positive.</param>
    /// <param name="usedOn">The day it was used for the purpose; not before <paramref name="paidOn"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive, or <paramref name="usedOn"/> lies before <paramref name="paidOn"/>.</exception>
    public Payout(LocalDate paidOn, Euro amount, LocalDate usedOn)
    {
        Preconditions.CheckRange(amount.IsPositive, amount, "A payout must be positive.", "Eine Auszahlung muss positiv sein.");
        Preconditions.CheckRange(usedOn >= paidOn, usedOn, "The money cannot be used before it was paid out.", "Das Geld kann nicht verwendet werden, bevor es ausgezahlt ist.");
        PaidOn = paidOn;
        Amount = amount;
        UsedOn = usedOn;
    }

    /// <summary>The day the money was paid out.</summary>
    public LocalDate PaidOn { get; }

    /// <summary>The amount.</summary>
    public Euro Amount { get; }

    /// <summary>The day it was used for the purpose.</summary>
    public LocalDate UsedOn { get; }

    /// <summary>Whether the money was used later than two months after payout (the ANBest's two-month rule).</summary>
    public bool IsLate => UsedOn > PaidOn.PlusMonths(2);

    /// <summary>Returns the days and the amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{PaidOn:uuuu'-'MM'-'dd} {Amount} used {UsedOn:uuuu'-'MM'-'dd}";
}
