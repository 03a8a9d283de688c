namespace Ki.Domain.Settlement;

/// <summary>
/// Zinstagekonvention: how many days a year has when interest "per year" (jährlich) is turned into interest per day.
/// </summary>
/// <remarks>
/// The day count NRW authorities use is not verified ([U]); both common German conventions are offered and every
/// result names the one it used. Interest days are always the actual calendar days (§§ 187(1), 188 BGB). There is
/// deliberately no member with the value 0: <c>default(DayCount)</c> is not a valid convention.
/// </remarks>
public enum DayCount
{
    /// <summary>Actual/365: every year has 365 days, also a leap year (common practice for statutory interest).</summary>
    Actual365 = 1,

    /// <summary>Actual/actual: a day of a leap year is 1/366 of that year, any other day 1/365.</summary>
    ActualActual = 2,
}
