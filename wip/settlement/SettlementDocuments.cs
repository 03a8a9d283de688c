using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;
using static Ki.Domain.Serialization.ProgrammesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>The wire shapes of the Settlement room: the base rate table and the settlement case.</summary>
/// <remarks>
/// Money is a decimal string with two decimals, rates, points and unit counts decimal strings (<c>"-0.88"</c>), dates
/// ISO strings, sources <c>{"citation":...,"confidence":"secondary","note":...}</c>, kinds and types kebab-case codes.
/// A rate without its own source has the table's.
/// </remarks>
internal static class SettlementDocuments
{
    /// <summary>A base rate table: <c>{"schemaVersion":1,"source":{...},"knownUntil":"2026-06-30","rates":[...]}</c>.</summary>
    internal sealed record BaseRateTableDocument(int SchemaVersion, SourceData Source, LocalDate KnownUntil, IReadOnlyList<BaseRateData> Rates) : IVersionedDocument;

    /// <summary>One base rate value; <c>source</c> only where it differs from the table's.</summary>
    internal sealed record BaseRateData(LocalDate From, decimal Percent, SourceData? Source = null);

    /// <summary>A settlement case: the proof of use and what the interest needs.</summary>
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

    /// <summary>A cost item.</summary>
    internal sealed record CostItemData(string Id, string Name, Euro Planned, Euro Actual);

    /// <summary>A funds line; <c>kind</c> is <c>own</c>, <c>third-party</c> or <c>other-funder</c>.</summary>
    internal sealed record FundsLineData(string Id, string Name, string Kind, Euro Planned, Euro Actual);

    /// <summary>A Festbetrag unit.</summary>
    internal sealed record UnitUseData(string Id, string Name, Euro AmountPerUnit, decimal Awarded, decimal Actual);

    /// <summary>The settlement terms; absent parts take the model ANBest-P values.</summary>
    internal sealed record TermsData(FigureData<decimal>? ItemTolerance = null, FigureData<Euro>? NoReductionThreshold = null);

    /// <summary>Interest on the overpayment: from the day the grant became ineffective to the as-of day, with repayments.</summary>
    internal sealed record RepaymentData(LocalDate IneffectiveFrom, LocalDate AsOf, IReadOnlyList<PaymentData>? Payments = null);

    /// <summary>A repayment.</summary>
    internal sealed record PaymentData(LocalDate On, Euro Amount);

    /// <summary>A payout and the day of its use.</summary>
    internal sealed record PayoutData(LocalDate PaidOn, Euro Amount, LocalDate UsedOn);
}
