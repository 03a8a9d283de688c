using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Kappungsgrenze eines Schlüssels: no recipient's key share above a multiple of its share of one indicator, the
/// excess going to the others (FlüAG NRW § 3(1): at most 1.25 times the population share).
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class DistributionCap
{
    /// <summary>Creates a cap.</summary>
    /// <param name="indicator">The code of the indicator the cap is relative to, such as <c>population</c>.</param>
    /// <param name="multiple">The multiple (FlüAG: 1.25), positive, with its source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The multiple is not positive.</exception>
    public DistributionCap(string indicator, Figure<decimal> multiple)
    {
        ModelChecks.CheckNotBlank(indicator, "A cap needs the indicator it is relative to.", "Eine Kappung braucht den Indikator, auf den sie sich bezieht.");
        Preconditions.CheckRange(multiple.Value > 0, multiple.Value, "The cap multiple must be positive.", "Das Vielfache der Kappung muss positiv sein.");
        Indicator = indicator;
        Multiple = multiple;
    }

    /// <summary>The code of the indicator the cap is relative to.</summary>
    public string Indicator { get; }

    /// <summary>The multiple, with its source.</summary>
    public Figure<decimal> Multiple { get; }
}
