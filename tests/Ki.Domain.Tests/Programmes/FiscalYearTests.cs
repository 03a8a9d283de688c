namespace Ki.Domain.Tests.Programmes;

public sealed class FiscalYearTests
{
    [Fact]
    public void Interval_IsTheCalendarYear()
    {
        FiscalYear year = FiscalYear.Of(2016);
        Assert.Equal(new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31)), year.Interval);
        Assert.Equal(366, year.Interval.Length);
        Assert.True(year.Contains(new LocalDate(2016, 12, 31)));
        Assert.False(year.Contains(new LocalDate(2017, 1, 1)));
        Assert.Equal(year, FiscalYear.Containing(new LocalDate(2016, 6, 1)));
        Assert.Equal("2016", year.ToString());
    }

    [Fact]
    public void Of_YearOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.Of(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.Of(10_000));
    }

    [Fact]
    public void Equality_AndOrdering_FollowTheYear()
    {
        EqualityAssert.Equal(FiscalYear.Of(2018), FiscalYear.Of(2018));
        EqualityAssert.Less(FiscalYear.Of(2017), FiscalYear.Of(2018));
        Assert.True(FiscalYear.Of(2017) < FiscalYear.Of(2018));
        Assert.True(FiscalYear.Of(2018) >= FiscalYear.Of(2018));
    }
}
