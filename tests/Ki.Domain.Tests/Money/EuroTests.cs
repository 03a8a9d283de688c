using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ki.Domain.Money;
using Ki.Domain.Tests.Support;

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
