using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;
using NodaTime;
using static Ki.Domain.Serialization.ProgrammesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>The wire shapes of the Settlement room: the base rate table, the settlement case and the settled result.</summary>
/// <remarks>
/// Money is a string with two decimals (<c>"72000.00"</c>), rates, points and unit counts decimal strings
/// (<c>"-0.88"</c>), dates ISO strings, sources <c>{"citation":...,"confidence":"secondary","note":...}</c>, financing
/// types and kinds of funds their <see cref="EnumCodes"/> codes (<c>fixed-amount</c>, <c>third-party</c>). A rate
/// without its own source has the table's.
/// </remarks>
internal static class SettlementDocuments
{
    /// <summary>A base rate table: <c>{"schemaVersion":1,"source":{...},"knownUntil":"2026-06-30","rates":[...]}</c>.</summary>
    internal sealed record BaseRateTableDocument(int SchemaVersion, SourceData Source, LocalDate KnownUntil, IReadOnlyList<BaseRateData> Rates) : IVersionedDocument;

    /// <summary>One base rate value; <c>source</c> only where it differs from the table's.</summary>
    internal sealed record BaseRateData(LocalDate From, decimal Percent, SourceData? Source = null);

    /// <summary>A settlement case: the proof of use (award, payouts, items, funds, units, terms) and what the interest needs.</summary>
    internal sealed record SettlementCaseDocument(
        int SchemaVersion,
        string Id,
        FinancingType Financing,
        Euro Awarded,
        Euro PaidOut,
        IReadOnlyList<CostItemData> Items,
        IReadOnlyList<FundsLineData>? Funds = null,
        IReadOnlyList<UnitUseData>? Units = null,
        TermsData? Terms = null,
        RepaymentData? Repayment = null,
        IReadOnlyList<PayoutData>? Payouts = null) : IVersionedDocument;

    /// <summary>A cost item of the financing plan, planned and actual.</summary>
    internal sealed record CostItemData(string Id, string Name, Euro Planned, Euro Actual);

    /// <summary>A line of funds besides the grant, planned and actual.</summary>
    internal sealed record FundsLineData(string Id, string Name, FundsKind Kind, Euro Planned, Euro Actual);

    /// <summary>A Festbetrag unit (such as a post): the amount per unit, the units awarded and provided.</summary>
    internal sealed record UnitUseData(string Id, string Name, Euro AmountPerUnit, decimal Awarded, decimal Actual);

    /// <summary>The settlement terms; an absent part takes the model ANBest-P value (20 % tolerance, no threshold).</summary>
    internal sealed record TermsData(FigureData<decimal>? ItemTolerance = null, FigureData<Euro>? NoReductionThreshold = null);

    /// <summary>The dates of the repayment claim and the repayments made.</summary>
    internal sealed record RepaymentData(LocalDate IneffectiveFrom, LocalDate AsOf, IReadOnlyList<PaymentData>? Payments = null);

    /// <summary>A repayment.</summary>
    internal sealed record PaymentData(LocalDate On, Euro Amount);

    /// <summary>A payout and the day it was used.</summary>
    internal sealed record PayoutData(LocalDate PaidOn, Euro Amount, LocalDate UsedOn);

    /// <summary>A settled case: the final grant with every step, the claim and the interest (written, not read).</summary>
    internal sealed record SettlementResultDocument(
        int SchemaVersion,
        string Id,
        FinancingType Financing,
        Euro Awarded,
        Euro PaidOut,
        Euro PlannedCosts,
        Euro RecognisedCosts,
        Euro PlannedFunds,
        Euro ActualFunds,
        Euro FinalGrant,
        Euro Reduction,
        string GrantCode,
        TextData GrantReason,
        string Formula,
        RoundingMode Rounding,
        IReadOnlyList<ItemResultData> Items,
        IReadOnlyList<StepData> Steps,
        Euro Overpayment,
        Euro Repaid,
        Euro Outstanding,
        string Code,
        TextData Reason,
        InterestData? RepaymentInterest,
        IReadOnlyList<InterestData> LateUseInterest) : IVersionedDocument;

    /// <summary>A cost item after the tolerance check.</summary>
    internal sealed record ItemResultData(string Id, string Name, Euro Planned, Euro Actual, Euro Recognised, string Code, TextData Text);

    /// <summary>An interest result: the total (null when unknown), its exact value in cents, and each period.</summary>
    internal sealed record InterestData(
        string Rule,
        Euro Amount,
        LocalDate From,
        LocalDate To,
        int Days,
        string DayCount,
        RoundingMode Rounding,
        string Code,
        Euro? Interest,
        string ExactInterestCents,
        TextData Reason,
        IReadOnlyList<InterestPeriodData> Periods);

    /// <summary>One interest period: its days, amount, rate and exact interest.</summary>
    internal sealed record InterestPeriodData(
        LocalDate From,
        LocalDate To,
        int Days,
        Euro Amount,
        decimal BaseRatePercent,
        decimal Points,
        decimal RatePercent,
        int YearDays,
        string ExactInterestCents,
        TextData Text);
}
