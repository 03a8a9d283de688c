using System.Numerics;

namespace Ki.Domain.Allocation;

/// <summary>An exact non-negative rational number for key arithmetic; the denominator is positive. Immutable.</summary>
internal readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator) : IComparable<Fraction>
{
    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public static Fraction Of(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return new Fraction(value < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale)).Reduce();
    }

    public static Fraction operator +(Fraction a, Fraction b) =>
        new Fraction((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator).Reduce();

    public static Fraction operator -(Fraction a, Fraction b) =>
        new Fraction((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator).Reduce();

    public static Fraction operator *(Fraction a, Fraction b) =>
        new Fraction(a.Numerator * b.Numerator, a.Denominator * b.Denominator).Reduce();

    public static Fraction operator /(Fraction a, Fraction b) => b.Numerator.Sign < 0
        ? new Fraction(-a.Numerator * b.Denominator, a.Denominator * -b.Numerator).Reduce()
        : new Fraction(a.Numerator * b.Denominator, a.Denominator * b.Numerator).Reduce();

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public bool IsZero => Numerator.IsZero;

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places as a decimal.</summary>
    public decimal ToDecimal(int decimals)
    {
        BigInteger scaled = BigInteger.DivRem(BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals), Denominator, out BigInteger rest);
        if (rest * 2 >= Denominator)
        {
            scaled += 1;
        }

        decimal result = (decimal)scaled / (decimal)BigInteger.Pow(10, decimals);
        return Numerator.Sign < 0 ? -result : result;
    }

    private Fraction Reduce()
    {
        BigInteger gcd = BigInteger.GreatestCommonDivisor(Numerator, Denominator);
        return gcd.IsOne || gcd.IsZero ? this : new Fraction(Numerator / gcd, Denominator / gcd);
    }
}
