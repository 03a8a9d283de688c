namespace Ki.Domain.Money;

/// <summary>
/// How an amount that falls between two whole units (cents, euros, seats) is rounded.
/// </summary>
/// <remarks>
/// There is deliberately no member with the value 0: <c>default(RoundingMode)</c> is not a valid mode, so a caller
/// can never round by accident. Every method that takes a <see cref="RoundingMode"/> throws
/// <see cref="ArgumentOutOfRangeException"/> for an undefined value.
/// </remarks>
public enum RoundingMode
{
    /// <summary>
    /// Kaufmännische Rundung (commercial rounding): half away from zero, as German administrations round
    /// (0.005 becomes 0.01, -0.005 becomes -0.01).
    /// </summary>
    Commercial = 1,

    /// <summary>Half to even (banker's rounding): 0.005 becomes 0.00 and 0.015 becomes 0.02.</summary>
    HalfToEven = 2,

    /// <summary>Truncation towards zero: 0.019 becomes 0.01 and -0.019 becomes -0.01.</summary>
    TowardZero = 3,

    /// <summary>Towards negative infinity (abrunden): 0.019 becomes 0.01 and -0.011 becomes -0.02.</summary>
    Floor = 4,

    /// <summary>Towards positive infinity (aufrunden): 0.011 becomes 0.02 and -0.019 becomes -0.01.</summary>
    Ceiling = 5,
}
