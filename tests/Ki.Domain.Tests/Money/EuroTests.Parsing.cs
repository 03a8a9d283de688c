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
    [InlineData("0.005", "cannot follow a leading 0")]   // was read as 5.00 EUR
    [InlineData("00.123", "cannot follow a leading 0")]
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

    [Fact]
    public void Parse_ThreeDecimalsOfZeros_IsAnErrorThatSuggestsThousands()
    {
        // Issue 10: "131.000" (a German user's 131 thousand) was read as 131.00 EUR in the invariant culture.
        var e = Assert.Throws<FormatException>(() => Euro.Parse("131.000", CultureInfo.InvariantCulture));
        Assert.Equal(
            "'131.000' has three decimals, but an amount in euros has at most two (cents); for 131 thousand euros write "
            + "131000 or 131,000.00; to round a fraction of a cent, pass a rounding mode.",
            e.Message);
        Assert.False(Euro.TryParse("131.000", CultureInfo.InvariantCulture, out _));
        Assert.False(Euro.TryParse("12.000", null, out _));
        Assert.False(Euro.TryParse("1.0000", null, out _));

        var german = Assert.Throws<FormatException>(() => Euro.Parse("131,000", German));
        Assert.Contains("for 131 thousand euros write 131000 or 131.000,00", german.Message, StringComparison.Ordinal);
        Assert.Equal(13_100_000, Euro.Parse("131.000", German).Cents);
        Assert.Equal(13_150_000, Euro.Parse("131.500,00", German).Cents);
        Assert.Contains("has three decimals", Assert.Throws<FormatException>(() => Euro.Parse("0,120", German)).Message, StringComparison.Ordinal); // was 0.12
    }

    [Fact]
    public void Parse_ThreeDecimalsWithRounding_IsTheExplicitSubCentRoute()
    {
        Assert.Equal(13_100, Euro.Parse("131.000", CultureInfo.InvariantCulture, RoundingMode.Commercial).Cents);
        Assert.Equal(50, Euro.Parse("0,500", German, RoundingMode.Commercial).Cents);
    }

    [Theory]
    [InlineData("0,500")]   // was read as 500.00 EUR
    [InlineData("0,005")]   // was read as 5.00 EUR
    [InlineData("0,000")]
    [InlineData("00,100")]
    public void Parse_Invariant_GroupSeparatorAfterLeadingZero_IsRejected(string text)
    {
        var e = Assert.Throws<FormatException>(() => Euro.Parse(text, CultureInfo.InvariantCulture));
        Assert.Contains("a group separator cannot follow a leading 0", e.Message, StringComparison.Ordinal);
        Assert.False(Euro.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    [Theory]
    [InlineData("en-IN", "12,34,567.89", 123456789)]
    [InlineData("en-IN", "1,234,567.89", 123456789)]
    [InlineData("de-AT", "-€ 1.234,56", -123456)]
    [InlineData("de-CH", "CHF-1’234.56", 0)]
    [InlineData("en-US", "(€1,234.56)", -123456)]
    [InlineData("sv-SE", "−1 234,56 €", -123456)]
    public void Parse_CultureSpecificPatterns_Accepted(string culture, string text, long cents)
    {
        if (cents == 0)
        {
            Assert.False(Euro.TryParse(text, CultureInfo.GetCultureInfo(culture), out _)); // another currency's symbol
            return;
        }

        Assert.Equal(cents, Euro.Parse(text, CultureInfo.GetCultureInfo(culture)).Cents);
    }

    [Fact]
    public void ParseFormat_RoundTripsInEveryCulture_ForEdgeAmounts()
    {
        long[] amounts = [0, 1, -1, 5, -99, 123456, -123456, 100_000_000_00, -1_234_567_890_12, long.MaxValue, long.MinValue];
        var failures = new List<string>();
        foreach (CultureInfo culture in CultureInfo.GetCultures(CultureTypes.AllCultures))
        {
            foreach (long cents in amounts)
            {
                foreach (string format in (string[])["G", "C", "N", "F"])
                {
                    Euro x = Euro.FromCents(cents);
                    string text = x.ToString(format, culture);
                    if (!Euro.TryParse(text, culture, out Euro back) || back != x)
                    {
                        failures.Add($"{culture.Name} {format} {text}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} texts do not round-trip, e.g. {string.Join(" | ", failures.Take(20))}");
        Assert.True(CultureInfo.GetCultures(CultureTypes.AllCultures).Length > 100, "the test needs the ICU cultures");
    }

    [Fact]
    public void Property_ParseFormat_RoundTripsInEveryCulture()
    {
        CultureInfo[] cultures = CultureInfo.GetCultures(CultureTypes.AllCultures);
        Gen<(Euro, CultureInfo, string)> cases =
            from x in DomainGen.Euros
            from culture in Gen.Elements(cultures)
            from format in Gen.Elements("G", "C", "N", "F")
            select (x, culture, format);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (Euro x, CultureInfo culture, string format) = c;
            string text = x.ToString(format, culture);
            return Euro.TryParse(text, culture, out Euro back) && back == x;
        }), maxTest: 2000);
    }

    [Fact]
    public void Property_ThreeOrMoreFractionDigits_NeverParseWithoutRounding()
    {
        Gen<(string, CultureInfo)> cases =
            from x in DomainGen.Euros
            from extra in Gen.Choose(1, 6)
            from digit in Gen.Choose(0, 9)
            from zeros in Gen.Elements(true, false)
            from culture in Gen.Elements(CultureInfo.InvariantCulture, German, CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("fr-FR"))
            from format in Gen.Elements("F", "N", "G")
            select (x.ToString(format, culture).Replace(
                culture.NumberFormat.NumberDecimalSeparator + x.ToString("F", CultureInfo.InvariantCulture)[^2..],
                culture.NumberFormat.NumberDecimalSeparator + x.ToString("F", CultureInfo.InvariantCulture)[^2..]
                    + new string(zeros ? '0' : (char)('0' + digit), extra),
                StringComparison.Ordinal), culture);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (string text, CultureInfo culture) = c;
            bool hasThreeDecimals = DecimalsOf(text, culture) >= 3;
            return hasThreeDecimals && !Euro.TryParse(text, culture, out _);
        }), maxTest: 1000);
    }

    private static int DecimalsOf(string text, CultureInfo culture)
    {
        int at = text.LastIndexOf(culture.NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal);
        return at < 0 ? 0 : text[(at + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }
}
