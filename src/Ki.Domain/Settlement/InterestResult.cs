using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// The interest on an amount over a period: each stretch with its base rate, days and exact interest, the exact total,
/// and the total rounded once to the cent; or "unknown" with the reason when a day has no known rate.
/// </summary>
/// <remarks>
/// Interest days run from the day after <see cref="Start"/> up to and including <see cref="End"/> (§§ 187(1), 188
/// BGB), so there are <see cref="End"/> − <see cref="Start"/> of them. <see cref="ExactInterest"/> is the sum of the
/// periods' exact interest; <see cref="Interest"/> is it rounded once with <see cref="Rounding"/>. When a day lacks a
/// base rate or points, <see cref="Interest"/> is <see langword="null"/> (unknown is not zero), <see cref="Code"/> says
/// why, and <see cref="Periods"/> holds the stretches before that day. Equality is reference equality. Immutable; safe
/// to share across threads.
/// </remarks>
public sealed class InterestResult
{
    internal InterestResult(InterestRule rule, Euro amount, LocalDate start, LocalDate end, ImmutableArray<Payment> payments, DayCount dayCount,
        RoundingMode rounding, ImmutableArray<InterestPeriod> periods, CentFraction exactInterest, Euro? interest, string code, LocalizedText reason)
    {
        Rule = rule;
        Amount = amount;
        Start = start;
        End = end;
        Payments = payments;
        DayCount = dayCount;
        Rounding = rounding;
        Periods = periods;
        ExactInterest = exactInterest;
        Interest = interest;
        Code = code;
        Reason = reason;
    }

    /// <summary>The rule that charges the interest.</summary>
    public InterestRule Rule { get; }

    /// <summary>The amount that earns interest from the start (the repayment claim, or the money not used promptly).</summary>
    public Euro Amount { get; }

    /// <summary>The day the interest starts from (not itself an interest day), such as the day the grant became ineffective.</summary>
    public LocalDate Start { get; }

    /// <summary>The last interest day, such as the day of payment or the as-of date.</summary>
    public LocalDate End { get; }

    /// <summary>The number of interest days, <see cref="End"/> − <see cref="Start"/>.</summary>
    public int Days => Period.DaysBetween(Start, End);

    /// <summary>The partial repayments, in date order; each stops interest on its amount after its day.</summary>
    public ImmutableArray<Payment> Payments { get; }

    /// <summary>The day-count convention used.</summary>
    public DayCount DayCount { get; }

    /// <summary>The day-count convention's name, <c>act/365</c> or <c>act/act</c>.</summary>
    public string DayCountName => SettlementTexts.DayCountName(DayCount);

    /// <summary>How the total was rounded to the cent.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>The stretches of equal amount and rate, in date order; zero-amount stretches are left out.</summary>
    public ImmutableArray<InterestPeriod> Periods { get; }

    /// <summary>The exact interest, in cents, before the one rounding (of the known periods when the total is unknown).</summary>
    public CentFraction ExactInterest { get; }

    /// <summary>The interest rounded once to the cent, or <see langword="null"/> when a day has no known rate.</summary>
    public Euro? Interest { get; }

    /// <summary>Whether every day had a known rate, so that <see cref="Interest"/> is known.</summary>
    public bool IsKnown => Interest.HasValue;

    /// <summary>The stable code, one of <see cref="SettlementCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The result in words, German and English, with the legal reference, the day count and the rounding.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Returns the code and the interest.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {(Interest is { } i ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown")} ({DayCountName})";
}
