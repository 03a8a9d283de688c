using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Settlement;

/// <summary>One cost item after the tolerance check: what is recognised as eligible, and why.</summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class CostItemResult
{
    internal CostItemResult(CostItem item, Euro recognised, string code, LocalizedText text)
    {
        Item = item;
        Recognised = recognised;
        Code = code;
        Text = text;
    }

    /// <summary>The item as planned and proven.</summary>
    public CostItem Item { get; }

    /// <summary>The amount recognised as eligible: the actual amount, at most the plan plus the tolerance.</summary>
    public Euro Recognised { get; }

    /// <summary>The part of the actual amount not recognised (above the tolerance).</summary>
    public Euro NotRecognised => Item.Actual - Recognised;

    /// <summary>The stable code: as planned, within the tolerance, or over it (one of <see cref="SettlementCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Why, in German and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Returns the item and the code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Item.Id}: {Code} {Recognised}";
}
