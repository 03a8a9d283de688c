namespace Ki.Domain.Tests.Settlement;

public sealed partial class InterestCalculatorTests
{
    private static readonly LocalDate FirstDay = new(2002, 1, 1);
    private static readonly int TableDays = Period.DaysBetween(FirstDay, BaseRateTable.Default.KnownUntil);

    private static readonly Gen<LocalDate> Days = Gen.Choose(0, TableDays).Select(d => FirstDay.PlusDays(d));

    private static readonly Gen<Euro> Amounts = Gen.OneOf(Gen.Choose(0, 1_000_000), Gen.Choose(0, int.MaxValue)).Select(c => Euro.FromCents(c));

    private static readonly Gen<InterestCalculator> Calculators = Gen.Elements(Act365, ActAct);

    /// <summary>Three ordered days a ≤ b ≤ c inside the table.</summary>
    private static readonly Gen<(LocalDate A, LocalDate B, LocalDate C)> OrderedDays =
        from x in Days
        from y in Days
        from z in Days
        let sorted = new[] { x, y, z }.Order().ToArray()
        select (sorted[0], sorted[1], sorted[2]);

    [Fact]
    public void Calculate_AdjoiningPeriods_AddUpExactlyBeforeRounding() => Properties.Check(Prop.ForAll(
        (from days in OrderedDays from amount in Amounts from calculator in Calculators select (days, amount, calculator)).ToArbitrary(), c =>
        {
            InterestResult whole = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.days.A, c.days.C);
            InterestResult first = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.days.A, c.days.B);
            InterestResult second = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.days.B, c.days.C);
            return (whole.ExactInterest == first.ExactInterest + second.ExactInterest && whole.Days == first.Days + second.Days)
                .Classify(whole.Periods.Length > 1, "several rates")
                .Classify(first.Days > 0 && second.Days > 0, "both parts non-empty");
        }));

    [Fact]
    public void Calculate_MoreDays_NeverLessInterest() => Properties.Check(Prop.ForAll(
        (from days in OrderedDays from amount in Amounts from calculator in Calculators select (days, amount, calculator)).ToArbitrary(), c =>
        {
            InterestResult shorter = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.days.A, c.days.B);
            InterestResult longer = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.days.A, c.days.C);
            return shorter.ExactInterest <= longer.ExactInterest && shorter.Interest <= longer.Interest
                && (c.amount.IsZero || c.days.B == c.days.C || shorter.ExactInterest < longer.ExactInterest);
        }));

    [Fact]
    public void Calculate_MoreAmount_NeverLessInterest() => Properties.Check(Prop.ForAll(
        (from days in OrderedDays from x in Amounts from y in Amounts from calculator in Calculators select (days, x, y, calculator)).ToArbitrary(), c =>
        {
            (Euro small, Euro large) = c.x <= c.y ? (c.x, c.y) : (c.y, c.x);
            InterestResult less = c.calculator.Calculate(InterestRule.RepaymentNrw, small, c.days.A, c.days.C);
            InterestResult more = c.calculator.Calculate(InterestRule.RepaymentNrw, large, c.days.A, c.days.C);
            return less.ExactInterest <= more.ExactInterest && less.Interest <= more.Interest;
        }));

    [Fact]
    public void Calculate_ZeroDayPeriod_ZeroInterest() => Properties.Check(Prop.ForAll(
        (from day in Days from amount in Amounts from calculator in Calculators select (day, amount, calculator)).ToArbitrary(), c =>
        {
            InterestResult result = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.day, c.day);
            return result.ExactInterest.IsZero && result.Interest == Euro.Zero && result.Periods.IsEmpty;
        }));

    [Fact]
    public void Calculate_Always_PeriodsCoverEveryInterestDayOnceAndRoundOnce() => Properties.Check(Prop.ForAll(
        (from days in OrderedDays from amount in Amounts from calculator in Calculators select (days, amount, calculator)).ToArbitrary(), c =>
        {
            InterestResult result = c.calculator.Calculate(InterestRule.RepaymentNrw, c.amount, c.days.A, c.days.C);
            bool contiguous = result.Periods.Zip(result.Periods.Skip(1), (p, q) => p.LastDay.PlusDays(1) == q.FirstDay).All(x => x);
            bool covers = c.amount.IsZero || result.Periods.Sum(p => p.Days) == result.Days;
            bool oneRate = result.Periods.All(p => BaseRateTable.Default.Find(p.FirstDay) == p.BaseRate && BaseRateTable.Default.Find(p.LastDay) == p.BaseRate);
            CentFraction sum = result.Periods.Aggregate(CentFraction.Zero, (s, p) => s + p.Interest);
            return contiguous && covers && oneRate && sum == result.ExactInterest && result.Interest == sum.Round(RoundingMode.Commercial);
        }));

    [Fact]
    public void CentFraction_Round_MatchesDecimalRounding() => Properties.Check(Prop.ForAll(
        (from n in Gen.Choose(-10_000_000, 10_000_000) from d in Gen.Choose(1, 1000)
         from mode in Gen.Elements(RoundingMode.Commercial, RoundingMode.HalfToEven, RoundingMode.TowardZero, RoundingMode.Floor, RoundingMode.Ceiling)
         select (n, d, mode)).ToArbitrary(), c =>
        {
            // n/d cents with d a divisor of 10^k is exact in decimal; compare on those and on a general denominator via bounds.
            Euro rounded = CentFraction.Of(c.n, c.d).Round(c.mode);
            decimal exactCents = (decimal)c.n / c.d;
            return Math.Abs(rounded.Cents - exactCents) < 1m
                && (c.mode != RoundingMode.Floor || rounded.Cents <= exactCents)
                && (c.mode != RoundingMode.Ceiling || rounded.Cents >= exactCents);
        }));
}
