using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ki.Domain.Money;
using Ki.Domain.Tests.Support;

namespace Ki.Domain.Tests.Money;

public sealed partial class EuroTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public void ToString_German_UsesGroupingCommaAndEuroSign()
    {
        Assert.Equal("1.234,56 €", Euro.FromCents(123456).ToString(German));
        Assert.Equal("-1.234,56 €", Euro.FromCents(-123456).ToString(German));
        Assert.Equal("1.234,56", Euro.FromCents(123456).ToString("N", German));
        Assert.Equal("1234,56", Euro.FromCents(123456).ToString("F", German));
    }

    [Fact]
    public void ToString_Invariant_IsPlainWithTwoDecimals()
    {
        Assert.Equal("1234.56", Euro.FromCents(123456).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1234.56", Euro.FromCents(123456).ToString());
        Assert.Equal("0.05", Euro.FromCents(5).ToString());
        Assert.Equal("-0.05", Euro.FromCents(-5).ToString());
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => Euro.Zero.ToString("X", German));
    }

    [Theory]
    [InlineData("1.234,56 €", 123456)]
    [InlineData("1234,56", 123456)]
    [InlineData("1.234.567,8", 123456780)]
    [InlineData("€ 12", 1200)]
    [InlineData("12 EUR", 1200)]
    [InlineData("-0,01 €", -1)]
    [InlineData("  7,5  ", 750)]
    [InlineData("0,120", 12)]
    public void Parse_German_Accepts(string text, long cents)
    {
        Assert.Equal(cents, Euro.Parse(text, German).Cents);
    }

    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("1,234.56", 123456)]
    [InlineData("-5", -500)]
    [InlineData("+5.1", 510)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void Parse_Invariant_Accepts(string text, long cents)
    {
        Assert.Equal(cents, Euro.Parse(text, CultureInfo.InvariantCulture).Cents);
        Assert.Equal(cents, Euro.Parse(text, null).Cents);
    }

    [Theory]
    [InlineData("1.5", "group separators")]      // would be fifteen with decimal.Parse
    [InlineData("12.34.5", "group separators")]
    [InlineData("", "no number")]
    [InlineData("€", "no number")]
    [InlineData("12,", "no digits after")]
    [InlineData(",5", "no digits before")]
    [InlineData("1e3", "'e' is not a digit")]
    [InlineData("12,3a", "'a' is not a digit")]
    [InlineData("abc", "'a' is not a digit")]
    public void Parse_German_RejectsWithReason(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => Euro.Parse(text, German));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("de-DE", e.Message, StringComparison.Ordinal);
        Assert.False(Euro.TryParse(text, German, out _));
    }

    [Fact]
    public void Parse_SubCent_ThrowsUnlessRoundingIsGiven()
    {
        var e = Assert.Throws<FormatException>(() => Euro.Parse("0,005", German));
        Assert.Contains("fraction of a cent", e.Message, StringComparison.Ordinal);
        Assert.False(Euro.TryParse("0,005", German, out _));
        Assert.Equal(1, Euro.Parse("0,005", German, RoundingMode.Commercial).Cents);
        Assert.Equal(0, Euro.Parse("0,005", German, RoundingMode.HalfToEven).Cents);
        Assert.Equal(2, Euro.Parse("0,015", German, RoundingMode.HalfToEven).Cents);
        Assert.Equal(1, Euro.Parse("0,0050000000000000000000000000000000001", German, RoundingMode.HalfToEven).Cents);
        Assert.Equal(-1, Euro.Parse("-0,005", German, RoundingMode.Commercial).Cents);
        Assert.True(Euro.TryParse("1,239", German, RoundingMode.TowardZero, out Euro truncated));
        Assert.Equal(123, truncated.Cents);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("1000000000000000000000000000000000000000")]
    public void Parse_OutOfRange_ThrowsOverflow(string text)
    {
        Assert.Throws<OverflowException>(() => Euro.Parse(text, CultureInfo.InvariantCulture));
        Assert.False(Euro.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    [Property]
    public Property Property_ParseFormat_RoundTripsInGermanAndInvariant()
    {
        return Prop.ForAll(DomainGen.Euros.ToArbitrary(), x =>
            Euro.Parse(x.ToString(German), German) == x
            && Euro.Parse(x.ToString("N", German), German) == x
            && Euro.Parse(x.ToString("F", German), German) == x
            && Euro.Parse(x.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == x
            && Euro.Parse(x.ToString(), null) == x);
    }
}
