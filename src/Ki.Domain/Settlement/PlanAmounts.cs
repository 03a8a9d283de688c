using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Settlement;

/// <summary>
/// The rule both sides of the financing plan share (Ausgaben: <see cref="CostItem"/>, Deckungsmittel:
/// <see cref="FundsLine"/>): a line's planned and actual amounts are not negative.
/// </summary>
internal static class PlanAmounts
{
    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> (parameter <c>planned</c> or <c>actual</c>) with the message in
    /// English and German when an amount of the line is negative; the messages name the line, such as
    /// <c>The planned amount of item 'staff' must not be negative.</c>
    /// </summary>
    /// <param name="planned">The amount in the approved plan.</param>
    /// <param name="actual">The amount proven.</param>
    /// <param name="id">The line's identifier.</param>
    /// <param name="line">What the line is, in English: <c>item</c>, <c>funds</c>.</param>
    /// <param name="lineGerman">The same in German, in the genitive: <c>Position</c>, <c>Mittel</c>.</param>
    public static void CheckNotNegative(Euro planned, Euro actual, string id, string line, string lineGerman)
    {
        Preconditions.CheckRange(!planned.IsNegative, planned, $"The planned amount of {line} '{id}' must not be negative.", $"Der geplante Betrag der {lineGerman} '{id}' darf nicht negativ sein.");
        Preconditions.CheckRange(!actual.IsNegative, actual, $"The actual amount of {line} '{id}' must not be negative.", $"Der tatsächliche Betrag der {lineGerman} '{id}' darf nicht negativ sein.");
    }
}
