using NodaTime.Testing;

namespace Ki.Domain.Tests.Programmes;

public sealed class ApplicationDeadlineTests
{
    private static readonly ApplicationDeadline September30 = new(new AnnualDate(9, 30));

    [Fact]
    public void ExpiresAt_SummerDeadline_IsMidnightCestThat22Utc()
    {
        Assert.Equal(Instant.FromUtc(2025, 9, 30, 22, 0), September30.ExpiresAt(FiscalYear.Of(2025)));
    }

    [Fact]
    public void ExpiresAt_WinterDeadline_IsMidnightCetThat23Utc()
    {
        var january31 = new ApplicationDeadline(new AnnualDate(1, 31));
        Assert.Equal(Instant.FromUtc(2026, 1, 31, 23, 0), january31.ExpiresAt(FiscalYear.Of(2026)));
    }

    [Fact]
    public void ExpiresAt_OnTheDaysClocksChange_FollowsTheNewOffset()
    {
        // 30.03.2025: clocks go forward during the day, so the day ends at 00:00 CEST = 22:00 UTC.
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 22, 0), new ApplicationDeadline(new AnnualDate(3, 30)).ExpiresAt(FiscalYear.Of(2025)));

        // 26.10.2025: clocks go back during the day, so the day ends at 00:00 CET = 23:00 UTC.
        Assert.Equal(Instant.FromUtc(2025, 10, 26, 23, 0), new ApplicationDeadline(new AnnualDate(10, 26)).ExpiresAt(FiscalYear.Of(2025)));
    }

    [Fact]
    public void ExpiresAt_LastDayOfTheCalendar_IsMidnightCetThat23UtcNotAnOverflow()
    {
        // 31.12.9999 is the last date NodaTime holds: its end is 1.1.10000 00:00 CET, which is still an instant.
        var december31 = new ApplicationDeadline(new AnnualDate(12, 31));

        Assert.Equal(Instant.FromUtc(9999, 12, 31, 23, 0), december31.ExpiresAt(FiscalYear.Of(9999)));
        Assert.True(december31.IsMetBy(Instant.FromUtc(9999, 12, 31, 22, 59, 59), FiscalYear.Of(9999)));
        Assert.False(december31.IsMetBy(Instant.MaxValue, FiscalYear.Of(9999)));
    }

    [Fact]
    public void IsMetBy_LastSecondOfTheGermanDay_IsInTimeAndMidnightIsLate()
    {
        Instant lastSecond = Instant.FromUtc(2025, 9, 30, 21, 59, 59);
        Assert.True(September30.IsMetBy(lastSecond, FiscalYear.Of(2025)));
        Assert.False(September30.IsMetBy(Instant.FromUtc(2025, 9, 30, 22, 0), FiscalYear.Of(2025)));
    }

    [Fact]
    public void IsMetBy_WinterEveningAfter23Utc_IsLateEvenThoughItIsStillTheDayInUtc()
    {
        var november30 = new ApplicationDeadline(new AnnualDate(11, 30));
        Assert.True(november30.IsMetBy(Instant.FromUtc(2025, 11, 30, 22, 30), FiscalYear.Of(2025)));
        Assert.False(november30.IsMetBy(Instant.FromUtc(2025, 11, 30, 23, 30), FiscalYear.Of(2025)));
    }

    [Fact]
    public void IsOpen_UsesTheInjectedClock()
    {
        Assert.True(September30.IsOpen(new FakeClock(Instant.FromUtc(2025, 9, 30, 21, 0)), FiscalYear.Of(2025)));
        Assert.False(September30.IsOpen(new FakeClock(Instant.FromUtc(2025, 10, 1, 8, 0)), FiscalYear.Of(2025)));
        Assert.Throws<ArgumentNullException>(() => September30.IsOpen(null!, FiscalYear.Of(2025)));
    }

    [Fact]
    public void DateFor_YearOffsetMinusOne_IsInTheYearBefore()
    {
        var deadline = new ApplicationDeadline(new AnnualDate(9, 30), yearOffset: -1);
        Assert.Equal(new LocalDate(2025, 9, 30), deadline.DateFor(FiscalYear.Of(2026)));
        Assert.Equal("30.09. (-1)", deadline.ToString());
        Assert.Equal("30.09.", September30.ToString());
    }

    [Fact]
    public void Constructor_OffsetOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApplicationDeadline(new AnnualDate(9, 30), 6));
    }

    [Fact]
    public void Equals_SameDayAndOffset_AreEqual()
    {
        Assert.Equal(September30, new ApplicationDeadline(new AnnualDate(9, 30)));
        Assert.NotEqual(September30, new ApplicationDeadline(new AnnualDate(9, 30), -1));
        Assert.True(September30 == new ApplicationDeadline(new AnnualDate(9, 30)));
    }
}
