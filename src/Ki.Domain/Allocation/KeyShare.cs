using System.Globalization;

namespace Ki.Domain.Allocation;

/// <summary>One recipient's share of an <see cref="IndicatorKey"/> (Schlüsselanteil), such as 0.026537 for 2.6537 %.</summary>
/// <remarks>The share is the exact rational key value rounded half away from zero to
/// <see cref="KeyShares.Decimals"/> decimal places. Immutable; safe to share across threads.</remarks>
public sealed class KeyShare
{
    internal KeyShare(string id, decimal share, bool isCapped)
    {
        Id = id;
        Share = share;
        IsCapped = isCapped;
    }

    /// <summary>The recipient id.</summary>
    public string Id { get; }

    /// <summary>The share, a fraction (not a percentage), rounded to <see cref="KeyShares.Decimals"/> places.</summary>
    public decimal Share { get; }

    /// <summary>Whether the key's cap held this share down (FlüAG: K ≤ 1.25 × population share).</summary>
    public bool IsCapped { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Share.ToString(CultureInfo.InvariantCulture)}{(IsCapped ? " (capped)" : string.Empty)}";
}
