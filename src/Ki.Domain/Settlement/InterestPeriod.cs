using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// One stretch of interest days with one amount, one base rate, one margin and one year length, and its exact interest.
/// </summary>
/// <remarks>
/// A period is split off at every base-rate change, every change of the points, every partial repayment and (for
/// actual/actual) every new year, so every day in it earns at the same rate: amount × rate × days / year days, exact.
/// Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class InterestPeriod
{
    internal InterestPeriod(Euro amount, LocalDate firstDay, LocalDate lastDay, BaseRate baseRate, InterestMargin margin, int yearDays,
        CentFraction interest, LocalizedText text)
    {
        Amount = amount;
        FirstDay = firstDay;
        LastDay = lastDay;
        BaseRate = baseRate;
        Margin = margin;
        YearDays = yearDays;
        Interest = interest;
        Text = text;
    }

    /// <summary>The amount that earns interest in this period (the outstanding repayment).</summary>
    public Euro Amount { get; }

    /// <summary>The first interest day of the period.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last interest day of the period (inclusive).</summary>
    public LocalDate LastDay { get; }

    /// <summary>The number of interest days, <see cref="LastDay"/> − <see cref="FirstDay"/> + 1.</summary>
    public int Days => Period.DaysBetween(FirstDay, LastDay) + 1;

    /// <summary>The base rate (§ 247 BGB) in force on every day of the period.</summary>
    public BaseRate BaseRate { get; }

    /// <summary>The points above the base rate that apply on every day of the period.</summary>
    public InterestMargin Margin { get; }

    /// <summary>The rate per year in percent: base rate plus points; may be below the points when the base rate is negative.</summary>
    public decimal RatePercent => BaseRate.Percent + Margin.Points;

    /// <summary>Whether the rate is below zero, so that the period earns no interest (interest is never negative).</summary>
    public bool IsRateBelowZero => RatePercent < 0m;

    /// <summary>The days of the year the interest per year is divided by: 365, or 366 for a leap-year day under actual/actual.</summary>
    public int YearDays { get; }

    /// <summary>The period's interest, exact, in cents; zero when the rate is below zero.</summary>
    public CentFraction Interest { get; }

    /// <summary>The period's calculation in words and figures, German and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Returns the days, the rate and the exact interest.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.English;
}
