using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Ki.Domain.Internal;
using Ki.Domain.Serialization;

namespace Ki.Domain.Money;

/// <summary>
/// An amount of money in euros, exact to the cent.
/// </summary>
/// <remarks>
/// <para>
/// The value is stored as a whole number of cents in a 64-bit integer, so every amount from
/// <see cref="MinValue"/> (-92,233,720,368,547,758.08 EUR) to <see cref="MaxValue"/> (92,233,720,368,547,758.07 EUR)
/// is represented exactly. There is no binary floating point anywhere in this type.
/// </para>
/// <para>
/// Arithmetic is checked: an operation whose result does not fit throws <see cref="OverflowException"/>. Operations
/// that could produce fractions of a cent (multiplying by a rate, converting a decimal) take an explicit
/// <see cref="RoundingMode"/>; without one, a sub-cent value is an error, never silently rounded.
/// </para>
/// <para>
/// Equality and ordering are those of the cent values. <c>default(Euro)</c> is <see cref="Zero"/>.
/// <see cref="ToString()"/> uses the invariant format (<c>1234.56</c>); culture-specific text needs an explicit
/// <see cref="IFormatProvider"/>, see <see cref="ToString(string?, IFormatProvider?)"/> and
/// <see cref="Parse(string, IFormatProvider?)"/>.
/// </para>
/// <para>
/// System.Text.Json writes it as the invariant string (<c>"1234.56"</c>) without any registration, through
/// <see cref="EuroJsonConverter"/> (AOT-safe).
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using System.Globalization;
/// using Ki.Domain.Money;
///
/// var german = CultureInfo.GetCultureInfo("de-DE");
/// Euro budget = Euro.Parse("131.000,00 €", german);
/// Euro share = budget.Multiply(0.9m, RoundingMode.Commercial);
///
/// Console.WriteLine(share.ToString(german));                     // 117.900,00 €
/// Console.WriteLine(share);                                      // 117900.00
/// Console.WriteLine(Euro.TryParse("1.5 €", german, out _));       // False
/// ]]></code>
/// </example>
[JsonConverter(typeof(EuroJsonConverter))]
public readonly partial struct Euro : IEquatable<Euro>, IComparable<Euro>, IComparable
{
    private const decimal CentsPerEuro = 100m;

    private readonly long _cents;

    private Euro(long cents) => _cents = cents;

    /// <summary>Zero euros.</summary>
    public static Euro Zero => default;

    /// <summary>The largest representable amount, 92,233,720,368,547,758.07 EUR.</summary>
    public static Euro MaxValue => new(long.MaxValue);

    /// <summary>The smallest representable amount, -92,233,720,368,547,758.08 EUR.</summary>
    public static Euro MinValue => new(long.MinValue);

    /// <summary>The amount as a whole number of cents.</summary>
    public long Cents => _cents;

    /// <summary>The amount in euros as a <see cref="decimal"/> with two decimal places (<c>1234.56m</c>).</summary>
    public decimal Amount => decimal.Divide(_cents, CentsPerEuro);

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => _cents == 0;

    /// <summary>Whether the amount is less than zero.</summary>
    public bool IsNegative => _cents < 0;

    /// <summary>Returns an amount that must not be negative, or throws: the one check of every such amount in the model.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    internal static Euro CheckNotNegative(Euro value, string message, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.CheckArgumentRange(!value.IsNegative, value, message, name);
        return value;
    }

    /// <summary>Returns an optional amount that must not be negative, or throws.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    internal static Euro? CheckNotNegative(Euro? value, string message, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.CheckArgumentRange(value is not { IsNegative: true }, value, message, name);
        return value;
    }

    /// <summary>Whether the amount is greater than zero.</summary>
    public bool IsPositive => _cents > 0;

    /// <summary>Creates an amount from a whole number of cents.</summary>
    /// <param name="cents">The amount in cents.</param>
    /// <returns>The amount.</returns>
    public static Euro FromCents(long cents) => new(cents);

    /// <summary>Creates an amount from a whole number of euros.</summary>
    /// <param name="euros">The amount in whole euros.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="OverflowException">The amount in cents does not fit in 64 bits.</exception>
    public static Euro FromEuros(long euros) => new(checked(euros * 100));

    /// <summary>Creates an amount from a decimal number of euros that has at most two significant decimal places.</summary>
    /// <param name="amount">The amount in euros, such as <c>1234.56m</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has a fraction of a cent; use
    /// <see cref="FromDecimal(decimal, RoundingMode)"/> to round it explicitly.</exception>
    /// <exception cref="OverflowException"><paramref name="amount"/> is outside the range of <see cref="Euro"/>.</exception>
    public static Euro FromDecimal(decimal amount)
    {
        decimal cents = ScaleToCents(amount);
        Preconditions.CheckArgument(
            decimal.Truncate(cents) == cents,
            nameof(amount),
            $"The amount {amount.ToString(CultureInfo.InvariantCulture)} has a fraction of a cent; pass a RoundingMode to round it.");
        return new Euro(ToCents(cents));
    }

    /// <summary>Creates an amount from a decimal number of euros, rounding to the cent with the given mode.</summary>
    /// <param name="amount">The amount in euros.</param>
    /// <param name="rounding">How a fraction of a cent is rounded.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException"><paramref name="amount"/> is outside the range of <see cref="Euro"/>.</exception>
    public static Euro FromDecimal(decimal amount, RoundingMode rounding)
    {
        rounding.Validate(nameof(rounding));
        return new Euro(ToCents(rounding.RoundToInteger(ScaleToCents(amount))));
    }

    private static decimal ScaleToCents(decimal amount)
    {
        try
        {
            return amount * CentsPerEuro;
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"The amount {amount.ToString(CultureInfo.InvariantCulture)} EUR is outside the range of Euro.", e);
        }
    }

    private static long ToCents(decimal cents)
    {
        if (cents < long.MinValue || cents > long.MaxValue)
        {
            throw new OverflowException($"The amount {(cents / CentsPerEuro).ToString(CultureInfo.InvariantCulture)} EUR is outside the range of Euro.");
        }

        return (long)cents;
    }

    /// <summary>Adds two amounts.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Euro"/>.</exception>
    public Euro Plus(Euro other) => new(checked(_cents + other._cents));

    /// <summary>Subtracts an amount from this one.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Euro"/>.</exception>
    public Euro Minus(Euro other) => new(checked(_cents - other._cents));

    /// <summary>Returns the amount with its sign reversed.</summary>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">This is <see cref="MinValue"/>, whose negation does not fit.</exception>
    public Euro Negate() => new(checked(-_cents));

    /// <summary>Returns the absolute amount.</summary>
    /// <returns>The amount without its sign.</returns>
    /// <exception cref="OverflowException">This is <see cref="MinValue"/>.</exception>
    public Euro Abs() => _cents < 0 ? Negate() : this;

    /// <summary>Multiplies the amount by a whole number, for example a number of posts.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Euro"/>.</exception>
    public Euro Multiply(long factor) => new(checked(_cents * factor));

    /// <summary>Multiplies the amount by a rate (such as <c>0.9m</c> for 90 %) and rounds the result to the cent.</summary>
    /// <remarks>
    /// The product is exact: the cents times the rate's 96-bit significand, divided by its power of ten, rounded once
    /// with <paramref name="rounding"/>. <see cref="decimal"/> multiplication would first round the product to 28 or
    /// 29 significant digits, so a second rounding to the cent could land on the wrong side (a floor above the exact
    /// product).
    /// </remarks>
    /// <param name="rate">The rate.</param>
    /// <param name="rounding">How a fraction of a cent is rounded.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Euro"/>.</exception>
    public Euro Multiply(decimal rate, RoundingMode rounding)
    {
        rounding.Validate(nameof(rounding));
        if (_cents == 0 || rate == 0)
        {
            return Zero;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rate, bits);
        ulong low = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        uint high = unchecked((uint)bits[2]);
        int scale = (bits[3] >> 16) & 0xFF;
        bool negative = (_cents < 0) != (bits[3] < 0);
        ulong magnitude = _cents < 0 ? (ulong)(-(_cents + 1)) + 1 : (ulong)_cents;
        UInt128 quotient;
        if (high == 0)
        {
            // Fast path, exact in 128 bits: cents below 2^64 times a significand below 2^64, divided by 10^scale <= 10^28.
            UInt128 product = (UInt128)magnitude * low;
            UInt128 divisor = UInt128Pow10(scale);
            quotient = UInt128.DivRem(product, divisor).Quotient;
            UInt128 remainder = product - (quotient * divisor);
            if (rounding.RoundsMagnitudeUp(remainder.CompareTo(divisor - remainder), remainder != 0, negative, (quotient & 1) == 1))
            {
                quotient++;
            }
        }
        else
        {
            BigInteger product = new BigInteger(magnitude) * ((new BigInteger(high) << 64) | low);
            BigInteger divisor = BigInteger.Pow(10, scale);
            BigInteger big = BigInteger.DivRem(product, divisor, out BigInteger remainder);
            if (rounding.RoundsMagnitudeUp(remainder.CompareTo(divisor - remainder), !remainder.IsZero, negative, !big.IsEven))
            {
                big++;
            }

            quotient = big > long.MaxValue ? (UInt128)long.MaxValue + 2 : (UInt128)(ulong)big;
        }

        UInt128 limit = negative ? (UInt128)long.MaxValue + 1 : long.MaxValue;
        if (quotient > limit)
        {
            throw new OverflowException($"{this} EUR × {rate.ToString(CultureInfo.InvariantCulture)} is outside the range of Euro.");
        }

        return new Euro(!negative ? (long)quotient : quotient == limit ? long.MinValue : -(long)quotient);
    }

    private static UInt128 UInt128Pow10(int exponent)
    {
        UInt128 result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Returns the smaller of two amounts.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Euro Min(Euro a, Euro b) => a._cents <= b._cents ? a : b;

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Euro Max(Euro a, Euro b) => a._cents >= b._cents ? a : b;

    /// <summary>Adds up amounts.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The total; <see cref="Zero"/> for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Euro"/>.</exception>
    public static Euro Sum(IEnumerable<Euro> amounts)
    {
        Preconditions.CheckNotNull(amounts);
        long total = 0;
        foreach (Euro amount in amounts)
        {
            total = checked(total + amount._cents);
        }

        return new Euro(total);
    }

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Euro"/>.</exception>
    public static Euro operator +(Euro left, Euro right) => left.Plus(right);

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Euro"/>.</exception>
    public static Euro operator -(Euro left, Euro right) => left.Minus(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="MinValue"/>.</exception>
    public static Euro operator -(Euro value) => value.Negate();

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Euro"/>.</exception>
    public static Euro operator *(Euro left, long right) => left.Multiply(right);

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Euro"/>.</exception>
    public static Euro operator *(long left, Euro right) => right.Multiply(left);

    /// <inheritdoc />
    public bool Equals(Euro other) => _cents == other._cents;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Euro other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _cents.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Euro other) => _cents.CompareTo(other._cents);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Euro"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Euro other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Euro.", nameof(obj)),
    };

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the cent values are equal.</returns>
    public static bool operator ==(Euro left, Euro right) => left._cents == right._cents;

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the cent values differ.</returns>
    public static bool operator !=(Euro left, Euro right) => left._cents != right._cents;

    /// <summary>Whether the first amount is less than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the cent values.</returns>
    public static bool operator <(Euro left, Euro right) => left._cents < right._cents;

    /// <summary>Whether the first amount is greater than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the cent values.</returns>
    public static bool operator >(Euro left, Euro right) => left._cents > right._cents;

    /// <summary>Whether the first amount is less than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the cent values.</returns>
    public static bool operator <=(Euro left, Euro right) => left._cents <= right._cents;

    /// <summary>Whether the first amount is greater than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison of the cent values.</returns>
    public static bool operator >=(Euro left, Euro right) => left._cents >= right._cents;
}
