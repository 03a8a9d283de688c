using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Serialization;

/// <summary>The wire shapes of the Programmes room: the catalogue file, its parts on their own, grant requests and results.</summary>
/// <remarks>
/// Money is a decimal string (<c>"364500.00"</c>), rates and unit counts decimal strings (<c>"0.9"</c>), dates ISO
/// strings, validities ISO intervals (<c>"2016-01-01/9999-12-31"</c> is open-ended), days of the year <c>"--09-30"</c>,
/// enum values kebab-case codes (<c>"fixed-amount"</c>), texts <c>{"de":...,"en":...}</c>, sources
/// <c>{"citation":...,"confidence":"verified","note":...}</c>, figures <c>{"value":...,"source":{...}}</c>. Empty lists and
/// absent values are left out.
/// </remarks>
internal static class ProgrammesDocuments
{
    /// <summary>The catalogue file: <c>{"schemaVersion":1,"programmes":[...],"fundingMixes":[...],"kiProgrammes":[...]}</c>.</summary>
    internal sealed record CatalogueDocument(
        int SchemaVersion,
        IReadOnlyList<ProgrammeData> Programmes,
        IReadOnlyList<FundingMixData>? FundingMixes = null,
        IReadOnlyList<KiProgrammeData>? KiProgrammes = null) : IVersionedDocument;

    /// <summary>A KI programme on its own.</summary>
    internal sealed record KiProgrammeDocument(int SchemaVersion, KiProgrammeData KiProgramme) : IVersionedDocument;

    /// <summary>A programme on its own.</summary>
    internal sealed record ProgrammeDocument(int SchemaVersion, ProgrammeData Programme) : IVersionedDocument;

    /// <summary>A funding line on its own.</summary>
    internal sealed record FundingLineDocument(int SchemaVersion, FundingLineData FundingLine) : IVersionedDocument;

    /// <summary>A funding line version on its own.</summary>
    internal sealed record FundingLineVersionDocument(int SchemaVersion, VersionData Version) : IVersionedDocument;

    /// <summary>A funding mix on its own.</summary>
    internal sealed record FundingMixDocument(int SchemaVersion, FundingMixData FundingMix) : IVersionedDocument;

    /// <summary>A grant request.</summary>
    internal sealed record GrantRequestDocument(
        int SchemaVersion,
        Euro? EligibleCosts = null,
        Euro? OwnContribution = null,
        Euro? ThirdPartyFunds = null,
        IReadOnlyDictionary<string, decimal>? Units = null,
        ApplicantKind? ApplicantKind = null,
        LocalDate? On = null) : IVersionedDocument;

    /// <summary>A grant result with the version it was calculated by, so that a stored decision explains itself.</summary>
    internal sealed record GrantResultDocument(
        int SchemaVersion,
        string LineId,
        LocalDate On,
        GrantOutcome Outcome,
        Euro Grant,
        string Code,
        TextData Reason,
        string Formula,
        RoundingMode Rounding,
        IReadOnlyList<StepData> Steps,
        VersionData? Version = null) : IVersionedDocument;

    /// <summary>A text in German and English.</summary>
    internal sealed record TextData(string De, string En);

    /// <summary>A citation with its confidence.</summary>
    internal sealed record SourceData(string Citation, Confidence Confidence, string? Note = null);

    /// <summary>A figure with its source.</summary>
    internal sealed record FigureData<T>(T Value, SourceData? Source = null);

    /// <summary>A legal basis.</summary>
    internal sealed record LegalBasisData(string Title, LocalDate Date, SourceData Source);

    /// <summary>A programme.</summary>
    internal sealed record ProgrammeData(string Id, TextData Name, LegalBasisData Basis, IReadOnlyList<FundingLineData> Lines, IReadOnlyList<BudgetData>? Budgets = null);

    /// <summary>A budget of a fiscal year.</summary>
    internal sealed record BudgetData(int Year, FigureData<Euro> Amount);

    /// <summary>A funding line with its versions.</summary>
    internal sealed record FundingLineData(string Id, TextData Name, IReadOnlyList<VersionData> Versions);

    /// <summary>A funding line version; the three booleans are always written, everything else only when present.</summary>
    internal sealed record VersionData(
        DateInterval Validity,
        FigureData<FinancingType> Financing,
        bool RequiresIntegrationCentre,
        bool PassThroughAllowed,
        bool EarlyStartAllowed,
        SourceData? ValiditySource = null,
        LegalBasisData? Basis = null,
        FigureData<Euro>? Budget = null,
        FigureData<decimal>? Rate = null,
        FigureData<Euro>? Cap = null,
        FigureData<Euro>? MinimumGrant = null,
        FigureData<Euro>? FixedAmount = null,
        IReadOnlyList<UnitAmountData>? UnitAmounts = null,
        IReadOnlyList<ApplicantKind>? ApplicantKinds = null,
        FigureData<RegionKey>? ApprovalAuthority = null,
        DeadlineData? Deadline = null,
        SourceData? DeadlineSource = null,
        AnnualPeriod? ApprovalPeriod = null,
        AnnualPeriod? DeliveryPeriod = null,
        SourceData? PeriodSource = null,
        DistributionKeyData? DistributionKey = null,
        IReadOnlyList<string>? Notes = null,
        SourceData? AboveCapInadmissible = null);

    /// <summary>An amount per unit with its limits.</summary>
    internal sealed record UnitAmountData(
        string Id,
        TextData Name,
        FigureData<Euro> Amount,
        UnitAmountRole Role,
        FigureData<decimal>? MaxUnits = null,
        IReadOnlyList<UnitLimitData>? MaxUnitsByKind = null);

    /// <summary>The most units an applicant of one kind may claim.</summary>
    internal sealed record UnitLimitData(ApplicantKind Kind, FigureData<decimal> MaxUnits);

    /// <summary>A yearly deadline: a day of the year and the offset from the fiscal year.</summary>
    internal sealed record DeadlineData(AnnualDate Day, int YearOffset = 0);

    /// <summary>A distribution key.</summary>
    internal sealed record DistributionKeyData(IReadOnlyList<IndicatorData> Indicators, FigureData<Euro>? Floor = null, string? Method = null, SourceData? MethodSource = null);

    /// <summary>One indicator of a distribution key.</summary>
    internal sealed record IndicatorData(TextData Name, FigureData<decimal> Weight, FigureData<decimal>? Total = null);

    /// <summary>A funding mix; the total is written for readers and checked on reading.</summary>
    internal sealed record FundingMixData(string Title, IReadOnlyList<ContributionData> Contributions, Euro Total, SourceData? Source = null);

    /// <summary>The contribution of one source to a funding mix.</summary>
    internal sealed record ContributionData(FundingSource Source, Euro Amount);

    /// <summary>A programme a KI runs, with its versions and the KIs a source says run it.</summary>
    internal sealed record KiProgrammeData(string Id, TextData Name, IReadOnlyList<KiVersionData> Versions, IReadOnlyList<LocalDeliveryData>? LocalDeliveries = null);

    /// <summary>A version of a KI programme; only the validity and the description are required.</summary>
    internal sealed record KiVersionData(
        DateInterval Validity,
        FigureData<TextData> Description,
        SourceData? ValiditySource = null,
        IReadOnlyList<FigureData<TargetGroup>>? TargetGroups = null,
        IReadOnlyList<FigureData<EducationStage>>? Stages = null,
        FigureData<AgeRangeData>? AgeRange = null,
        FigureData<TextData>? Languages = null,
        IReadOnlyList<ResponsibilityData>? Responsibilities = null,
        IReadOnlyList<FundingData>? Funding = null,
        IReadOnlyList<string>? Notes = null);

    /// <summary>An age band in completed years, both ends included.</summary>
    internal sealed record AgeRangeData(int Min, int Max);

    /// <summary>Who does what for a KI programme.</summary>
    internal sealed record ResponsibilityData(ProgrammeRole Role, TextData Party, SourceData Source);

    /// <summary>Who gives money for a KI programme; kind, period, line and amount only where a source names them.</summary>
    internal sealed record FundingData(
        TextData Funder,
        TextData Purpose,
        SourceData Source,
        FundingSource? Kind = null,
        DateInterval? Period = null,
        SourceData? PeriodSource = null,
        string? FundingLineId = null,
        FigureData<Euro>? Amount = null);

    /// <summary>A statement that a KI (by its code) runs a programme.</summary>
    internal sealed record LocalDeliveryData(string Centre, LocalDate ReportedOn, SourceData Source);

    /// <summary>One step of a grant calculation.</summary>
    internal sealed record StepData(string Name, TextData Text, Euro? Amount = null, SourceData? Source = null);
}
