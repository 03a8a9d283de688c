using FsCheck;
using FsCheck.Fluent;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Tests.Support;

namespace Ki.Domain.Tests.Programmes;

public sealed partial class GrantCalculatorTests
{
    private static readonly Gen<(FundingLineVersion Version, GrantRequest Request, RoundingMode Rounding)> Cases =
        from version in ProgrammesGen.Versions
        from request in ProgrammesGen.Requests
        from rounding in ProgrammesGen.Roundings
        select (version, request, rounding);

    private static GrantResult Run((FundingLineVersion Version, GrantRequest Request, RoundingMode Rounding) c) =>
        new GrantCalculator(TestClock.At(2020, 6, 1), c.Rounding).Calculate("prop", c.Version, c.Request);

    [Fact]
    public void Calculate_Always_GrantNeverExceedsCapOrCosts() => Properties.Check(Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        bool withinCap = c.Version.Cap is not { } cap || result.Grant <= cap.Value;
        return withinCap && result.Grant <= c.Request.EligibleCosts && !result.Grant.IsNegative;
    }));

    [Fact]
    public void Calculate_Share_GrantIsRateTimesCostsWithinRounding() => Properties.Check(Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        if (c.Version.Financing.Value != FinancingType.Share || !result.IsGranted || result.CapApplied)
        {
            return true;
        }

        decimal exactCents = c.Request.EligibleCosts!.Value.Cents * c.Version.Rate!.Value.Value;
        return Math.Abs(result.Grant.Cents - exactCents) < 1m;
    }));

    [Fact]
    public void Calculate_Always_NoGrantBelowTheMinimum() => Properties.Check(Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        Euro minimum = c.Version.MinimumGrant?.Value ?? Euro.Zero;
        return result.IsGranted
            ? result.Grant >= minimum && result.Grant.IsPositive && result.Code == GrantCodes.Granted
            : result.Grant.IsZero && result.Code != GrantCodes.Granted;
    }));

    [Fact]
    public void Calculate_Always_ExplainsTheGrantInItsLastStep() => Properties.Check(Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        GrantResult result = Run(c);
        GrantStep last = result.Steps[^1];
        return last.Name == "grant" && last.Amount == result.Grant && result.Steps[0].Name == "eligible-costs";
    }));

    [Fact]
    public void Calculate_FixedPerUnit_GrantIsMinOfUnitsTimesAmountAndCostsAndCap() => Properties.Check(Prop.ForAll(Cases.ToArbitrary(), c =>
    {
        if (c.Version.Financing.Value != FinancingType.FixedAmount)
        {
            return true;
        }

        UnitAmount unit = c.Version.UnitAmounts[0];
        decimal units = Math.Min(c.Request.Units["unit"], unit.MaxUnits?.Value ?? decimal.MaxValue);
        Euro expected = Euro.Min(unit.Amount.Value.Multiply(units, c.Rounding), c.Request.EligibleCosts!.Value);
        if (c.Version.Cap is { } cap)
        {
            expected = Euro.Min(expected, cap.Value);
        }

        GrantResult result = Run(c);
        return result.IsGranted ? result.Grant == expected : expected.IsZero || expected < (c.Version.MinimumGrant?.Value ?? Euro.Zero);
    }));
}
