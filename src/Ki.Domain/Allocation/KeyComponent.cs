using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Allocation;

/// <summary>
/// One term of an <see cref="IndicatorKey"/>: an indicator name and its factor (FlüAG: population 0.9, area 0.1),
/// optionally with the total that shares are taken of (the whole Land rather than the listed recipients).
/// </summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed class KeyComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="indicator">The indicator name, such as <c>population</c>.</param>
    /// <param name="factor">The factor; positive.</param>
    /// <param name="total">The total to take shares of; <see langword="null"/> for the sum over the recipients.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> or <paramref name="total"/> is not positive.</exception>
    public KeyComponent(string indicator, decimal factor, decimal? total = null)
    {
        ModelChecks.CheckNotBlank(indicator, "An indicator name must not be empty.", "Der Name eines Indikators darf nicht leer sein.");
        Preconditions.CheckArgumentRange(factor > 0, factor, $"The factor of '{indicator}' must be positive, but was {factor.ToString(CultureInfo.InvariantCulture)}.");
        Preconditions.CheckArgumentRange(total is null or > 0, total, $"The total of '{indicator}' must be positive.");
        Indicator = indicator;
        Factor = factor;
        Total = total;
    }

    /// <summary>The indicator name.</summary>
    public string Indicator { get; }

    /// <summary>The factor (Gewichtungsfaktor).</summary>
    public decimal Factor { get; }

    /// <summary>The total that shares are taken of, or <see langword="null"/> for the sum over the recipients.</summary>
    public decimal? Total { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Indicator}:{Factor.ToString(CultureInfo.InvariantCulture)}";
}
