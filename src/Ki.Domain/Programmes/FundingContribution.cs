using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>An amount of money from one funding source.</summary>
/// <remarks>
/// Equality compares source and amount. <c>default(FundingContribution)</c> has the undefined source 0 and zero
/// euros; <see cref="FundingMix"/> rejects it. Immutable; safe to share across threads.
/// </remarks>
public readonly struct FundingContribution : IEquatable<FundingContribution>
{
    /// <summary>Creates a contribution.</summary>
    /// <param name="source">Where the money comes from.</param>
    /// <param name="amount">How much.</param>
    public FundingContribution(FundingSource source, Euro amount)
    {
        Source = source;
        Amount = amount;
    }

    /// <summary>Where the money comes from.</summary>
    public FundingSource Source { get; }

    /// <summary>How much.</summary>
    public Euro Amount { get; }

    /// <summary>Returns the source and amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Source} {Amount}";

    /// <inheritdoc />
    public bool Equals(FundingContribution other) => Source == other.Source && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FundingContribution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Amount);

    /// <summary>Whether two contributions are equal.</summary>
    /// <param name="left">The first contribution.</param>
    /// <param name="right">The second contribution.</param>
    /// <returns>Whether source and amount are equal.</returns>
    public static bool operator ==(FundingContribution left, FundingContribution right) => left.Equals(right);

    /// <summary>Whether two contributions differ.</summary>
    /// <param name="left">The first contribution.</param>
    /// <param name="right">The second contribution.</param>
    /// <returns>Whether source or amount differ.</returns>
    public static bool operator !=(FundingContribution left, FundingContribution right) => !left.Equals(right);
}
