using System.Globalization;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// An exact, unrounded amount of money: a fraction of cents, such as a recipient's exact quota
/// <c>B * w_i / sum(w)</c> or the amount per unit of weight λ.
/// </summary>
/// <remarks>
/// <para>
/// The value is <see cref="Numerator"/> / <see cref="Denominator"/> cents, with a positive denominator; the fraction is
/// not necessarily reduced. There is no binary floating point: conversions to <see cref="decimal"/> and text round
/// once, half away from zero, to the number of decimal places asked for (<see cref="ToString()"/> uses six, as in
/// <c>20625.060888</c>).
/// </para>
/// <para>
/// Equality and ordering are those of the rational values (<c>1/2</c> equals <c>2/4</c>). <c>default</c> is zero.
/// Immutable; safe to share across threads.
/// </para>
/// </remarks>
public readonly struct ExactAmount : IEquatable<ExactAmount>, IComparable<ExactAmount>, IComparable
{
    /// <summary>The number of decimal places of <see cref="ToString()"/>.</summary>
    public const int DefaultDecimals = 6;

    private const int MaxDecimals = 18;

    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne;

    internal ExactAmount(BigInteger numeratorCents, BigInteger denominator)
    {
        _numerator = numeratorCents;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero euros.</summary>
    public static ExactAmount Zero => default;

    /// <summary>The numerator, in cents.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator; always positive.</summary>
    public BigInteger Denominator => _denominatorMinusOne + 1;

    /// <summary>Whether the amount is a whole number of cents.</summary>
    public bool IsWholeCents => (_numerator % Denominator).IsZero;

    /// <summary>The exact value of a cent-exact amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The same amount as an exact fraction.</returns>
    public static ExactAmount FromEuro(Euro amount) => new(amount.Cents, BigInteger.One);

    /// <summary>The amount rounded to a whole number of cents with the given mode.</summary>
    /// <param name="rounding">How a fraction of a cent is rounded.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The rounded amount is outside the range of <see cref="Euro"/>.</exception>
    public Euro ToEuro(RoundingMode rounding)
    {
        rounding.Validate(nameof(rounding));
        BigInteger cents = Round(_numerator, Denominator, rounding);
        if (cents < long.MinValue || cents > long.MaxValue)
        {
            throw new OverflowException($"The amount {this} EUR is outside the range of Euro.");
        }

        return Euro.FromCents((long)cents);
    }

    /// <summary>The amount in euros, rounded half away from zero to <paramref name="decimals"/> decimal places.</summary>
    /// <param name="decimals">The number of decimal places, 0 to 18.</param>
    /// <returns>The rounded amount in euros.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 18.</exception>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public decimal ToDecimal(int decimals)
    {
        Preconditions.CheckArgumentRange(decimals is >= 0 and <= MaxDecimals, decimals, "The number of decimals must be between 0 and 18.");
        BigInteger scaled = Round(_numerator * BigInteger.Pow(10, decimals), Denominator * 100, RoundingMode.Commercial);
        return new decimal(1, 0, 0, false, (byte)decimals) * (decimal)scaled;
    }

    /// <summary>The amount in euros with six decimal places in the invariant culture, such as <c>20625.060888</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(DefaultDecimals);

    /// <summary>The amount in euros with the given number of decimal places in the invariant culture.</summary>
    /// <param name="decimals">The number of decimal places, 0 to 18; the value is rounded half away from zero.</param>
    /// <returns>The text, such as <c>20625.06</c> for two decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 18.</exception>
    public string ToString(int decimals)
    {
        Preconditions.CheckArgumentRange(decimals is >= 0 and <= MaxDecimals, decimals, "The number of decimals must be between 0 and 18.");
        BigInteger scaled = Round(_numerator * BigInteger.Pow(10, decimals), Denominator * 100, RoundingMode.Commercial);
        string digits = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        string sign = scaled.Sign < 0 ? "-" : string.Empty;
        return decimals == 0 ? sign + digits : $"{sign}{digits[..^decimals]}.{digits[^decimals..]}";
    }

    private static BigInteger Round(BigInteger numerator, BigInteger denominator, RoundingMode rounding)
    {
        BigInteger quotient = BigInteger.DivRem(BigInteger.Abs(numerator), denominator, out BigInteger rest);
        bool negative = numerator.Sign < 0;
        int half = (rest * 2).CompareTo(denominator);
        if (rounding.RoundsMagnitudeUp(half, !rest.IsZero, negative, !quotient.IsEven))
        {
            quotient += 1;
        }

        return negative ? -quotient : quotient;
    }

    /// <inheritdoc />
    public bool Equals(ExactAmount other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExactAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        BigInteger denominator = Denominator;
        BigInteger gcd = BigInteger.GreatestCommonDivisor(_numerator, denominator);
        return gcd.IsZero ? 0 : HashCode.Combine(_numerator / gcd, denominator / gcd);
    }

    /// <inheritdoc />
    public int CompareTo(ExactAmount other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor an <see cref="ExactAmount"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ExactAmount other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type ExactAmount.", nameof(obj)),
    };

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(ExactAmount left, ExactAmount right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(ExactAmount left, ExactAmount right) => !left.Equals(right);

    /// <summary>Whether the first amount is less than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator <(ExactAmount left, ExactAmount right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first amount is greater than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator >(ExactAmount left, ExactAmount right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first amount is less than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator <=(ExactAmount left, ExactAmount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first amount is greater than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the values.</returns>
    public static bool operator >=(ExactAmount left, ExactAmount right) => left.CompareTo(right) >= 0;
}
