using System.Numerics;

namespace Ki.Domain.Tests.Money;

public sealed partial class EuroTests
{
    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Euro.Zero, default);
        Assert.True(default(Euro).IsZero);
        Assert.Equal("0.00", default(Euro).ToString());
    }

    [Fact]
    public void FromDecimal_SubCent_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Euro.FromDecimal(0.005m));
        Assert.Equal("amount", e.ParamName);
        Assert.Contains("0.005", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.005", RoundingMode.Commercial, 1)]
    [InlineData("-0.005", RoundingMode.Commercial, -1)]
    [InlineData("0.005", RoundingMode.HalfToEven, 0)]
    [InlineData("0.015", RoundingMode.HalfToEven, 2)]
    [InlineData("0.019", RoundingMode.TowardZero, 1)]
    [InlineData("-0.011", RoundingMode.Floor, -2)]
    [InlineData("0.011", RoundingMode.Ceiling, 2)]
    public void FromDecimal_WithRounding_RoundsAsTheModeSays(string amount, RoundingMode mode, long expectedCents)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedCents, Euro.FromDecimal(value, mode).Cents);
    }

    [Fact]
    public void FromDecimal_UndefinedRounding_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Euro.FromDecimal(1m, default));
    }

    [Fact]
    public void FromDecimal_TooLarge_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => Euro.FromDecimal(100_000_000_000_000_000m));
    }

    [Fact]
    public void Plus_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Euro.MaxValue + Euro.FromCents(1));
        Assert.Throws<OverflowException>(() => Euro.MinValue - Euro.FromCents(1));
        Assert.Throws<OverflowException>(() => -Euro.MinValue);
        Assert.Throws<OverflowException>(() => Euro.MaxValue * 2);
    }

    [Fact]
    public void Multiply_ByRate_RoundsExplicitly()
    {
        // KOMM-AN III: 90 % of 10,000.05 EUR = 9,000.045 EUR.
        Euro costs = Euro.FromDecimal(10_000.05m);
        Assert.Equal(Euro.FromDecimal(9_000.05m), costs.Multiply(0.9m, RoundingMode.Commercial));
        Assert.Equal(Euro.FromDecimal(9_000.04m), costs.Multiply(0.9m, RoundingMode.HalfToEven));
        Assert.Equal(Euro.FromDecimal(9_000.04m), costs.Multiply(0.9m, RoundingMode.Floor));
    }

    [Fact]
    public void Multiply_ByRate_RoundsOnce_IssueExample()
    {
        // decimal's product rounds to 28-29 digits first; the floor of the exact product is one cent lower.
        Euro costs = Euro.FromCents(395_949_807_360);
        decimal rate = 0.040643522438611346316680779m;
        Assert.Equal(16_092_794_879, costs.Multiply(rate, RoundingMode.Floor).Cents);
        Assert.Equal(16_092_794_880, costs.Multiply(rate, RoundingMode.Ceiling).Cents);
        Assert.Equal(-16_092_794_880, costs.Negate().Multiply(rate, RoundingMode.Floor).Cents);
        Assert.Equal(long.MinValue, Euro.MinValue.Multiply(1m, RoundingMode.Floor).Cents);
        Assert.Equal(long.MinValue, Euro.MaxValue.Multiply(-1m, RoundingMode.Floor).Cents - 1);
        Assert.Throws<OverflowException>(() => Euro.MinValue.Multiply(-1m, RoundingMode.Floor));
    }

    [Fact]
    public void Property_MultiplyByRate_IsTheExactProductRoundedOnce()
    {
        Gen<decimal> rates =
            from digits in Gen.Choose(1, 28)
            from parts in Gen.ArrayOf(Gen.Choose(0, 9), digits)
            from scale in Gen.Choose(0, 28)
            from negative in Gen.Elements(false, false, false, true)
            select ToDecimal(Significand(parts), negative, scale);
        Gen<(long, decimal, RoundingMode)> cases =
            from cents in DomainGen.Cents
            from rate in rates
            from mode in Gen.Elements(RoundingMode.Commercial, RoundingMode.HalfToEven, RoundingMode.TowardZero, RoundingMode.Floor, RoundingMode.Ceiling)
            select (cents, rate, mode);
        int exactRounded = 0;
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (long cents, decimal rate, RoundingMode mode) = c;
            BigInteger? expected = ReferenceProduct(cents, rate, mode);
            Euro x = Euro.FromCents(cents);
            if (expected is not { } e || e < long.MinValue || e > long.MaxValue)
            {
                return ThrowsOverflow(() => x.Multiply(rate, mode));
            }

            exactRounded++;
            return x.Multiply(rate, mode).Cents == (long)e;
        }), maxTest: 3000);
        Assert.True(exactRounded > 1000, $"only {exactRounded} products fit in Euro");
    }

    private static decimal ToDecimal(BigInteger significand, bool negative, int scale) => new(
        unchecked((int)(uint)(significand & uint.MaxValue)),
        unchecked((int)(uint)((significand >> 32) & uint.MaxValue)),
        unchecked((int)(uint)((significand >> 64) & uint.MaxValue)),
        negative,
        (byte)scale);

    private static BigInteger Significand(int[] digits) =>
        digits.Aggregate(BigInteger.Zero, (acc, d) => (acc * 10) + d);

    private static bool ThrowsOverflow(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    /// <summary>The exact rational product cents × rate, rounded once by the mode (reference for the property).</summary>
    private static BigInteger? ReferenceProduct(long cents, decimal rate, RoundingMode mode)
    {
        int scale = rate.Scale;
        string text = rate.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal);
        BigInteger numerator = new BigInteger(cents) * BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        BigInteger denominator = BigInteger.Pow(10, scale);
        BigInteger floor = BigInteger.Divide(numerator, denominator);
        if (floor * denominator > numerator)
        {
            floor -= 1;
        }

        BigInteger twiceRest = 2 * (numerator - (floor * denominator));
        if (twiceRest.IsZero)
        {
            return floor;
        }

        BigInteger ceiling = floor + 1;
        return mode switch
        {
            RoundingMode.Floor => floor,
            RoundingMode.Ceiling => ceiling,
            RoundingMode.TowardZero => floor.Sign >= 0 ? floor : ceiling,
            RoundingMode.Commercial => twiceRest < denominator ? floor : twiceRest > denominator ? ceiling : (floor.Sign >= 0 ? ceiling : floor),
            _ => twiceRest < denominator ? floor : twiceRest > denominator ? ceiling : (floor.IsEven ? floor : ceiling),
        };
    }

    [Fact]
    public void Multiply_ByRate_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Euro.MaxValue.Multiply(2m, RoundingMode.Commercial));
    }

    [Fact]
    public void Sum_AddsExactly_AndOverflowThrows()
    {
        Assert.Equal(Euro.FromCents(6), Euro.Sum([Euro.FromCents(1), Euro.FromCents(2), Euro.FromCents(3)]));
        Assert.Equal(Euro.Zero, Euro.Sum([]));
        Assert.Throws<OverflowException>(() => Euro.Sum([Euro.MaxValue, Euro.FromCents(1)]));
    }

    [Fact]
    public void Amount_IsTheDecimalEuroValue()
    {
        Assert.Equal(1234.56m, Euro.FromCents(123456).Amount);
        Assert.Equal(-0.01m, Euro.FromCents(-1).Amount);
    }

    [Fact]
    public void Equality_And_Ordering_FollowTheCents()
    {
        EqualityAssert.Equal(Euro.FromCents(100), Euro.FromEuros(1));
        EqualityAssert.Less(Euro.FromCents(-1), Euro.Zero);
        Assert.True(Euro.FromCents(1) > Euro.Zero);
        Assert.True(Euro.Zero <= Euro.Zero);
        Assert.Equal(1, Euro.Zero.CompareTo(null));
        Assert.Throws<ArgumentException>(() => Euro.Zero.CompareTo("0"));
    }

    [Property]
    public Property Property_AddThenSubtract_GivesBackTheAmount()
    {
        return Prop.ForAll(
            Gen.Zip(DomainGen.SafeEuros, DomainGen.SafeEuros).ToArbitrary(),
            t => (t.Item1 + t.Item2) - t.Item2 == t.Item1);
    }

    [Property]
    public Property Property_Ordering_AgreesWithTheCents()
    {
        return Prop.ForAll(
            Gen.Zip(DomainGen.Euros, DomainGen.Euros).ToArbitrary(),
            t => Math.Sign(t.Item1.CompareTo(t.Item2)) == Math.Sign(t.Item1.Cents.CompareTo(t.Item2.Cents))
                && (t.Item1 < t.Item2) == (t.Item1.Cents < t.Item2.Cents)
                && (t.Item1 == t.Item2) == (t.Item1.Cents == t.Item2.Cents));
    }
}
