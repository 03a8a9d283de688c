namespace Ki.Domain.Tests.Programmes;

public sealed class AnnualPeriodTests
{
    [Fact]
    public void In_WholeYear_IsTheFiscalYear()
    {
        Assert.Equal(FiscalYear.Of(2019).Interval, AnnualPeriod.WholeYear.In(FiscalYear.Of(2019)));
    }

    [Fact]
    public void In_EndOn29February_Is28FebruaryInACommonYear()
    {
        var period = new AnnualPeriod(new AnnualDate(1, 1), new AnnualDate(2, 29));
        Assert.Equal(new LocalDate(2019, 2, 28), period.In(FiscalYear.Of(2019)).End);
        Assert.Equal(new LocalDate(2020, 2, 29), period.In(FiscalYear.Of(2020)).End);
    }

    [Fact]
    public void In_UnorderedPeriod_ThrowsAndIsOrderedSaysSo()
    {
        var period = new AnnualPeriod(new AnnualDate(12, 1), new AnnualDate(3, 1));
        Assert.False(period.IsOrdered);
        Assert.Throws<InvalidOperationException>(() => period.In(FiscalYear.Of(2020)));
        Assert.Equal("--12-01/--03-01", period.ToString());
    }
}
