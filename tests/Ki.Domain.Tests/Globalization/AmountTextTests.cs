using Ki.Domain.Internal;

namespace Ki.Domain.Tests.Globalization;

/// <summary>
/// Every amount in a German or English text is written by one hand-written formatter (<c>TextFormats.Amount</c>), for
/// speed; it must write exactly what the format strings write: <c>ToString("C")</c> with the German format, and the
/// invariant form with <c>EUR</c>.
/// </summary>
public sealed class AmountTextTests
{
    [Theory]
    [InlineData(0L, "0,00 €", "0.00 EUR")]
    [InlineData(5L, "0,05 €", "0.05 EUR")]
    [InlineData(-1L, "-0,01 €", "-0.01 EUR")]
    [InlineData(1_080_000L, "10.800,00 €", "10800.00 EUR")]
    [InlineData(123_456_789L, "1.234.567,89 €", "1234567.89 EUR")]
    [InlineData(-100_000L, "-1.000,00 €", "-1000.00 EUR")]
    public void Amount_NamedCases_AreTheTextsUsersRead(long cents, string german, string english)
    {
        Assert.Equal(german, TextFormats.Amount(cents, german: true));
        Assert.Equal(english, TextFormats.Amount(cents, german: false));
    }

    [Property]
    public Property Amount_IsWhatTheFormatStringsWrite() =>
        Prop.ForAll(DomainGen.Cents.ToArbitrary(), cents =>
        {
            Euro amount = Euro.FromCents(cents);
            return TextFormats.Amount(cents, german: true) == amount.ToString("C", TextFormats.German)
                && TextFormats.Amount(cents, german: false) == amount.ToString(CultureInfo.InvariantCulture) + " EUR";
        });
}
