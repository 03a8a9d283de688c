using NodaTime.Testing;

namespace Ki.Domain.Tests.Programmes;

public sealed partial class GrantCalculatorTests
{
    private static readonly Gen<(FundingLineVersion Version, GrantRequest Request, RoundingMode Rounding)> Cases =
        from version in ProgrammesGen.Versions
        from request in ProgrammesGen.Requests
        from rounding in ProgrammesGen.Roundings
        select (version, request, rounding);

    /// <summary>Cases of one financing type only, so a law about that type checks every case it is given.</summary>
    private static Gen<(FundingLineVersion Version, GrantRequest Request, RoundingMode Rounding)> CasesOf(FinancingType type) =>
        Cases.Where(c => c.Version.Financing.Value == type);

    private static GrantResult Run((FundingLineVersion Version, GrantRequest Request, RoundingMode Rounding) c) =>
        new GrantCalculator(new FakeClock(Instant.FromUtc(2020, 6, 1, 12, 0)), c.Rounding).Calculate("prop", c.Version, c.Request);

    [Property]
    public Property Calculate_Always_GrantNeverExceedsCapOrCosts() => Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        bool withinCap = c.Version.Cap is not { } cap || result.Grant <= cap.Value;
        return withinCap && result.Grant <= c.Request.EligibleCosts && !result.Grant.IsNegative;
    });

    [Property]
    public Property Calculate_Share_GrantIsRateTimesCostsWithinRounding() => Prop.ForAll(CasesOf(FinancingType.Share).ToArbitrary(), c =>
    {
        // About half the share cases are granted below the cap; the others are discarded, not passed, so the law
        // is checked on 300 granted, uncapped cases (FsCheck fails the test if it cannot find them).
        GrantResult result = Run(c);
        decimal exactCents = c.Request.EligibleCosts!.Value.Cents * c.Version.Rate!.Value.Value;
        return (Math.Abs(result.Grant.Cents - exactCents) < 1m).When(result.IsGranted && !result.CapApplied);
    });

    [Property]
    public Property Calculate_Always_NoGrantBelowTheMinimum() => Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        Euro minimum = c.Version.MinimumGrant?.Value ?? Euro.Zero;
        return result.IsGranted
            ? result.Grant >= minimum && result.Grant.IsPositive && result.Code == GrantCodes.Granted
            : result.Grant.IsZero && result.Code != GrantCodes.Granted;
    });

    [Property]
    public Property Calculate_Always_ExplainsTheGrantInItsLastStep() => Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        GrantStep last = result.Steps[^1];
        return last.Name == "grant" && last.Amount == result.Grant && result.Steps[0].Name == "eligible-costs";
    });

    [Property]
    public Property Calculate_FixedPerUnit_GrantIsMinOfUnitsTimesAmountAndCostsAndCap() => Prop.ForAll(CasesOf(FinancingType.FixedAmount).ToArbitrary(), c =>
    {
        UnitAmount unit = c.Version.UnitAmounts[0];
        decimal units = Math.Min(c.Request.Units["unit"], unit.MaxUnits?.Value ?? decimal.MaxValue);
        Euro expected = Euro.Min(unit.Amount.Value.Multiply(units, c.Rounding), c.Request.EligibleCosts!.Value);
        if (c.Version.Cap is { } cap)
        {
            expected = Euro.Min(expected, cap.Value);
        }

        GrantResult result = Run(c);
        return result.IsGranted ? result.Grant == expected : expected.IsZero || expected < (c.Version.MinimumGrant?.Value ?? Euro.Zero);
    });
}
