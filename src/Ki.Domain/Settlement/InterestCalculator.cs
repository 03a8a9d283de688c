using System.Collections.Immutable;
using System.Numerics;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// Calculates interest "points above the base rate per year" (§ 49a(3) and (4) VwVfG NRW) day by day, exact until one
/// rounding to the cent.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Interest days run from the day after the start up to and including the end (§ 187(1), § 188(1) BGB): end − start days.</item>
/// <item>Each day earns at the rate in force on that day: the base rate of <see cref="BaseRates"/> plus the points the
/// rule sets for that day. The period is split at every base-rate change (the change day at the new rate), every
/// change of the points, every partial repayment (the payment day still earns on the paid amount) and, under
/// actual/actual, every 1 January.</item>
/// <item>A negative base rate lowers the rate below the points (−0.88 % + 3 points = 2.12 %); § 247 BGB has no floor.
/// Should base rate plus points fall below zero, the period earns nothing (interest is never negative) and says so.</item>
/// <item>Each period's interest is amount × rate × days / (100 × year days), kept as an exact fraction of cents
/// (<see cref="CentFraction"/>); the total is rounded once, with <see cref="Rounding"/>.</item>
/// </list>
/// <para>
/// Partial repayments are credited to the principal (each amount earns until its payment day). § 367 BGB, which credits
/// a payment to interest first, is not applied: whether it applies to § 49a claims is not verified ([U]); a caller that
/// applies it passes the principal parts only. Immutable; safe to share across threads.
/// </para>
/// </remarks>
public sealed class InterestCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="baseRates">The base rate table, such as <see cref="BaseRateTable.Default"/> or one read from a file.</param>
    /// <param name="dayCount">The day-count convention (actual/365 is the common default).</param>
    /// <param name="rounding">How the total is rounded to the cent (administrations round commercially).</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseRates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayCount"/> or <paramref name="rounding"/> is not a defined value.</exception>
    public InterestCalculator(BaseRateTable baseRates, DayCount dayCount, RoundingMode rounding)
    {
        BaseRates = Preconditions.CheckNotNull(baseRates);
        Preconditions.CheckArgumentRange(dayCount is DayCount.Actual365 or DayCount.ActualActual, dayCount, $"Day count {(int)dayCount} is not defined.");
        DayCount = dayCount;
        Rounding = rounding.Validate(nameof(rounding));
    }

    /// <summary>A calculator on the embedded base rate table, actual/365, commercial rounding.</summary>
    public static InterestCalculator Default { get; } = new(BaseRateTable.Default, DayCount.Actual365, RoundingMode.Commercial);

    /// <summary>The base rate table.</summary>
    public BaseRateTable BaseRates { get; }

    /// <summary>The day-count convention.</summary>
    public DayCount DayCount { get; }

    /// <summary>How the total is rounded to the cent.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Calculates the interest on an amount from a start day to an end day.</summary>
    /// <param name="rule">The rule, such as <see cref="InterestRule.RepaymentNrw"/>.</param>
    /// <param name="amount">The amount; not negative.</param>
    /// <param name="start">The day interest starts from (not itself an interest day).</param>
    /// <param name="end">The last interest day; not before <paramref name="start"/>.</param>
    /// <returns>The periods and the interest, or "unknown" with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies before <paramref name="start"/>.</exception>
    /// <exception cref="OverflowException">The interest is outside the range of <see cref="Euro"/>.</exception>
    public InterestResult Calculate(InterestRule rule, Euro amount, LocalDate start, LocalDate end) => Calculate(rule, amount, start, end, []);

    /// <summary>Calculates the interest on an amount repaid in parts: each part earns until the day it was paid.</summary>
    /// <param name="rule">The rule, such as <see cref="InterestRule.RepaymentNrw"/>.</param>
    /// <param name="amount">The amount owed from the start; not negative.</param>
    /// <param name="start">The day interest starts from (not itself an interest day), such as the day the grant became ineffective.</param>
    /// <param name="end">The last interest day (the as-of date, or the day of the last payment); not before <paramref name="start"/>.</param>
    /// <param name="payments">The partial repayments, in any order; none after <paramref name="end"/>, together not more than <paramref name="amount"/>.</param>
    /// <returns>The periods and the interest, or "unknown" with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="payments"/> or one of the payments is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, or a payment lies after <paramref name="end"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> lies before <paramref name="start"/>, or the payments add up to more than <paramref name="amount"/>.</exception>
    /// <exception cref="OverflowException">The interest is outside the range of <see cref="Euro"/>.</exception>
    public InterestResult Calculate(InterestRule rule, Euro amount, LocalDate start, LocalDate end, IEnumerable<Payment> payments)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckNotNull(payments);
        Preconditions.CheckArgumentRange(!amount.IsNegative, amount, "The amount that earns interest must not be negative.");
        Preconditions.CheckArgument(end >= start, nameof(end),
            $"The end {SettlementTexts.DateEn(end)} lies before the start {SettlementTexts.DateEn(start)}.");
        ImmutableArray<Payment> paid = [.. payments.Select((p, i) => p ?? throw new ArgumentNullException(nameof(payments), $"Payment {i} is null.")).OrderBy(p => p.On)];
        Euro total = Euro.Zero;
        foreach (Payment payment in paid)
        {
            Preconditions.CheckArgumentRange(payment.On <= end, payment.On,
                $"The payment of {payment.Amount} on {SettlementTexts.DateEn(payment.On)} lies after the end {SettlementTexts.DateEn(end)}.");
            total += payment.Amount;
        }

        Preconditions.CheckArgument(total <= amount, nameof(payments), $"The payments add up to {total}, more than the amount of {amount}.");
        return new Run(this, rule, amount, start, end, paid).Execute();
    }

    private sealed class Run(InterestCalculator calculator, InterestRule rule, Euro amount, LocalDate start, LocalDate end, ImmutableArray<Payment> payments)
    {
        public InterestResult Execute()
        {
            var periods = ImmutableArray.CreateBuilder<InterestPeriod>();
            CentFraction exact = CentFraction.Zero;
            if (end > start)
            {
                LocalDate first = start.PlusDays(1);
                List<LocalDate> starts = SegmentStarts(first);
                for (int i = 0; i < starts.Count; i++)
                {
                    LocalDate from = starts[i];
                    LocalDate to = i + 1 < starts.Count ? starts[i + 1].PlusDays(-1) : end;
                    Euro balance = Balance(from);
                    if (balance.IsZero)
                    {
                        continue;
                    }

                    if (calculator.BaseRates.Find(from) is not { } baseRate)
                    {
                        return Unknown(periods, exact, SettlementCodes.BaseRateUnknown, new LocalizedText(
                            $"Für den {SettlementTexts.DateDe(from)} ist kein Basiszinssatz bekannt (die Tabelle reicht vom {SettlementTexts.DateDe(calculator.BaseRates.FirstDay)} bis {SettlementTexts.DateDe(calculator.BaseRates.KnownUntil)}); die Zinsen sind unbekannt. Eine aktuelle Tabelle kann aus einer Datei gelesen werden.",
                            $"No base rate is known for {SettlementTexts.DateEn(from)} (the table runs from {SettlementTexts.DateEn(calculator.BaseRates.FirstDay)} to {SettlementTexts.DateEn(calculator.BaseRates.KnownUntil)}), so the interest is unknown. A current table can be read from a file."));
                    }

                    if (rule.Find(from) is not { } margin)
                    {
                        return Unknown(periods, exact, SettlementCodes.PointsUnknown, new LocalizedText(
                            $"{rule.LegalReference} setzt für den {SettlementTexts.DateDe(from)} keine Prozentpunkte fest (erst ab dem {SettlementTexts.DateDe(rule.Margins[0].From)}); die Zinsen sind unbekannt.",
                            $"{rule.LegalReference} sets no points for {SettlementTexts.DateEn(from)} (only from {SettlementTexts.DateEn(rule.Margins[0].From)} on), so the interest is unknown."));
                    }

                    InterestPeriod period = Period(balance, from, to, baseRate, margin);
                    exact += period.Interest;
                    periods.Add(period);
                }
            }

            Euro interest = exact.Round(calculator.Rounding);
            LocalizedText rounding = SettlementTexts.RoundingName(calculator.Rounding);
            string dayCount = SettlementTexts.DayCountName(calculator.DayCount);
            int days = NodaTime.Period.DaysBetween(start, end);
            return new InterestResult(rule, amount, start, end, payments, calculator.DayCount, calculator.Rounding, periods.ToImmutable(), exact, interest,
                SettlementCodes.InterestCalculated, new LocalizedText(
                    $"{rule.Name.German}: {SettlementTexts.De(interest)} auf {SettlementTexts.De(amount)} für {days} Zinstage vom {SettlementTexts.DateDe(start)} (ausschließlich) bis {SettlementTexts.DateDe(end)} (einschließlich), §§ 187 Abs. 1, 188 Abs. 1 BGB; Tageszählung {dayCount}; genau {SettlementTexts.ExactDe(exact)}, einmal auf den Cent {rounding.German}.",
                    $"{rule.Name.English}: {SettlementTexts.En(interest)} on {SettlementTexts.En(amount)} for {days} interest days from {SettlementTexts.DateEn(start)} (exclusive) to {SettlementTexts.DateEn(end)} (inclusive), §§ 187(1), 188(1) BGB; day count {dayCount}; exactly {SettlementTexts.ExactEn(exact)}, {rounding.English} once to the cent."));
        }

        private List<LocalDate> SegmentStarts(LocalDate first)
        {
            var cuts = new SortedSet<LocalDate> { first };
            void Cut(LocalDate day)
            {
                if (day > first && day <= end)
                {
                    cuts.Add(day);
                }
            }

            foreach (BaseRate rate in calculator.BaseRates.Rates)
            {
                Cut(rate.From);
            }

            if (calculator.BaseRates.KnownUntil < end)
            {
                Cut(calculator.BaseRates.KnownUntil.PlusDays(1));
            }

            foreach (InterestMargin margin in rule.Margins)
            {
                Cut(margin.From);
            }

            foreach (Payment payment in payments)
            {
                if (payment.On >= first && payment.On < end)
                {
                    Cut(payment.On.PlusDays(1));
                }
            }

            if (calculator.DayCount == DayCount.ActualActual)
            {
                for (int year = first.Year + 1; year <= end.Year; year++)
                {
                    Cut(new LocalDate(year, 1, 1));
                }
            }

            return [.. cuts];
        }

        /// <summary>The amount still owed on a day: payments made before that day no longer earn interest.</summary>
        private Euro Balance(LocalDate day)
        {
            Euro balance = amount;
            foreach (Payment payment in payments)
            {
                if (payment.On < day)
                {
                    balance -= payment.Amount;
                }
            }

            return balance;
        }

        private InterestPeriod Period(Euro balance, LocalDate from, LocalDate to, BaseRate baseRate, InterestMargin margin)
        {
            int days = NodaTime.Period.DaysBetween(from, to) + 1;
            int yearDays = calculator.DayCount == DayCount.ActualActual && DateTime.IsLeapYear(from.Year) ? 366 : 365;
            decimal rate = baseRate.Percent + margin.Points;
            CentFraction interest = rate < 0m ? CentFraction.Zero : Exact(balance, rate, days, yearDays);
            string span = $"{SettlementTexts.DateDe(from)}–{SettlementTexts.DateDe(to)}";
            string spanEn = $"{SettlementTexts.DateEn(from)} to {SettlementTexts.DateEn(to)}";
            string below = rate < 0m
                ? $" Der Zinssatz liegt unter null; Zinsen sind nie negativ, der Zeitraum ergibt keine Zinsen ({SettlementCodes.RateBelowZero})."
                : string.Empty;
            string belowEn = rate < 0m
                ? $" The rate is below zero; interest is never negative, so the period earns none ({SettlementCodes.RateBelowZero})."
                : string.Empty;
            var text = new LocalizedText(
                $"{span}: {SettlementTexts.De(balance)} × {SettlementTexts.PercentDe(rate)} (Basiszinssatz {SettlementTexts.PercentDe(baseRate.Percent)} + {SettlementTexts.NumberDe(margin.Points)} Prozentpunkte, {rule.LegalReference}) × {days}/{yearDays} = {SettlementTexts.ExactDe(interest)}.{below}",
                $"{spanEn}: {SettlementTexts.En(balance)} × {SettlementTexts.PercentEn(rate)} (base rate {SettlementTexts.PercentEn(baseRate.Percent)} + {SettlementTexts.NumberEn(margin.Points)} points, {rule.LegalReference}) × {days}/{yearDays} = {SettlementTexts.ExactEn(interest)}.{belowEn}");
            return new InterestPeriod(balance, from, to, baseRate, margin, yearDays, interest, text);
        }

        private InterestResult Unknown(ImmutableArray<InterestPeriod>.Builder periods, CentFraction exact, string code, LocalizedText reason) =>
            new(rule, amount, start, end, payments, calculator.DayCount, calculator.Rounding, periods.ToImmutable(), exact, null, code, reason);
    }

    /// <summary>cents × percent × days / (100 × year days), exact.</summary>
    internal static CentFraction Exact(Euro amount, decimal percent, int days, int yearDays)
    {
        (BigInteger rateNumerator, BigInteger rateDenominator) = Rational(percent);
        return CentFraction.Of(amount.Cents * rateNumerator * days, rateDenominator * 100 * yearDays);
    }

    /// <summary>A decimal as an exact fraction.</summary>
    internal static (BigInteger Numerator, BigInteger Denominator) Rational(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return (value < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }
}
