using System.Globalization;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Settlement;

/// <summary>
/// An exact rational number of cents, such as interest of <c>124958/365</c> cents before it is rounded once to the cent.
/// </summary>
/// <remarks>
/// Interest per day is a fraction of a cent that no decimal holds exactly (a rate divided by 365); this type keeps it
/// exact, so that the interest over two adjoining periods adds up to the interest over both, and rounding happens
/// once, at the end, with an explicit <see cref="RoundingMode"/>. The fraction is always reduced with a positive
/// denominator, so equality is structural. <c>default</c> is zero. Immutable; safe to share across threads.
/// </remarks>
public readonly struct CentFraction : IEquatable<CentFraction>, IComparable<CentFraction>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne;

    private CentFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        _numerator = numerator;
        _denominatorMinusOne = numerator.IsZero ? BigInteger.Zero : denominator - 1;
    }

    /// <summary>Zero cents.</summary>
    public static CentFraction Zero => default;

    /// <summary>The numerator, in cents; negative for a negative value.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator; always positive, 1 for a whole number of cents.</summary>
    public BigInteger Denominator => _denominatorMinusOne + 1;

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => _numerator.IsZero;

    /// <summary>Whether the value is below zero.</summary>
    public bool IsNegative => _numerator.Sign < 0;

    /// <summary>Creates the exact value of an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount's cents over 1.</returns>
    public static CentFraction FromEuro(Euro amount) => new(amount.Cents, BigInteger.One);

    /// <summary>Creates a fraction of cents.</summary>
    /// <param name="numerator">The numerator, in cents.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <returns>The reduced fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public static CentFraction Of(BigInteger numerator, BigInteger denominator)
    {
        Preconditions.CheckArgumentRange(!denominator.IsZero, denominator, "The denominator of a fraction must not be zero.");
        return new CentFraction(numerator, denominator);
    }

    /// <summary>Adds two values exactly.</summary>
    /// <param name="other">The value to add.</param>
    /// <returns>The exact sum.</returns>
    public CentFraction Plus(CentFraction other) =>
        new((_numerator * other.Denominator) + (other._numerator * Denominator), Denominator * other.Denominator);

    /// <summary>Subtracts a value exactly.</summary>
    /// <param name="other">The value to subtract.</param>
    /// <returns>The exact difference.</returns>
    public CentFraction Minus(CentFraction other) =>
        new((_numerator * other.Denominator) - (other._numerator * Denominator), Denominator * other.Denominator);

    /// <summary>Rounds to whole cents, the one rounding of an interest calculation.</summary>
    /// <param name="rounding">How a fraction of a cent is rounded (administrations round commercially).</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The rounded amount is outside the range of <see cref="Euro"/>.</exception>
    public Euro Round(RoundingMode rounding)
    {
        rounding.Validate(nameof(rounding));
        BigInteger kept = BigInteger.DivRem(BigInteger.Abs(_numerator), Denominator, out BigInteger rest);
        bool negative = _numerator.Sign < 0;
        if (rounding.RoundsMagnitudeUp((rest * 2).CompareTo(Denominator), !rest.IsZero, negative, !kept.IsEven))
        {
            kept += 1;
        }

        return Euro.FromCents((long)(negative ? -kept : kept));
    }

    /// <summary>Returns the value in euros with a given number of decimals, rounded half away from zero, for display only.</summary>
    /// <param name="decimals">The decimals, 2 to 10.</param>
    /// <returns>The text, such as <c>342.3507</c> for 4 decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 2 to 10.</exception>
    public string ToEuroString(int decimals)
    {
        Preconditions.CheckArgumentRange(decimals is >= 2 and <= 10, decimals, "Between 2 and 10 decimals can be shown.");
        BigInteger scale = BigInteger.Pow(10, decimals - 2);
        BigInteger scaled = BigInteger.DivRem(BigInteger.Abs(_numerator) * scale, Denominator, out BigInteger rest);
        if (rest * 2 >= Denominator)
        {
            scaled += 1;
        }

        string digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        string text = digits[..^decimals] + "." + digits[^decimals..];
        return _numerator.Sign < 0 && !scaled.IsZero ? "-" + text : text;
    }

    /// <summary>Returns the fraction of cents, such as <c>124958/365</c>, or a whole number such as <c>500</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Denominator.IsOne
        ? _numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{_numerator}/{Denominator}");

    /// <inheritdoc />
    public bool Equals(CentFraction other) => _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CentFraction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    /// <inheritdoc />
    public int CompareTo(CentFraction other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <summary>Adds two values exactly.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The exact sum.</returns>
    public static CentFraction operator +(CentFraction left, CentFraction right) => left.Plus(right);

    /// <summary>Subtracts a value exactly.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The exact difference.</returns>
    public static CentFraction operator -(CentFraction left, CentFraction right) => left.Minus(right);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CentFraction left, CentFraction right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CentFraction left, CentFraction right) => !left.Equals(right);

    /// <summary>Whether the first value is smaller.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(CentFraction left, CentFraction right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first value is greater.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    public static bool operator >(CentFraction left, CentFraction right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first value is smaller or equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(CentFraction left, CentFraction right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first value is greater or equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(CentFraction left, CentFraction right) => left.CompareTo(right) >= 0;
}
