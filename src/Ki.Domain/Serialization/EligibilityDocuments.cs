using Ki.Domain.Money;
using Ki.Domain.Places;
using NodaTime;

namespace Ki.Domain.Serialization;

/// <summary>
/// The shapes of the eligibility files (rules, applications, award rounds) as System.Text.Json reads and writes them.
/// They are plain data; <see cref="EligibilityMapping"/> turns them into the model and names the JSON path of every
/// problem.
/// </summary>
internal static class EligibilityDocuments
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>A rule file: <c>{ "schemaVersion": 1, "ruleSets": [...] }</c>.</summary>
    public sealed class RuleBookDocument
    {
        public required int SchemaVersion { get; init; }

        public required List<RuleSetData> RuleSets { get; init; }
    }

    /// <summary>One rule set: line, version start, criteria.</summary>
    public sealed class RuleSetData
    {
        public required string Line { get; init; }

        public required LocalDate Version { get; init; }

        public required List<CriterionData> Criteria { get; init; }
    }

    /// <summary>One criterion; which fields it may carry depends on its type.</summary>
    public sealed class CriterionData
    {
        public required string Type { get; init; }

        public List<string>? Kinds { get; init; }

        public List<DistrictKey>? Districts { get; init; }

        public List<RegionKey>? Regions { get; init; }

        public List<string>? Routes { get; init; }

        public string? Day { get; init; }

        public int? YearOffset { get; init; }

        public Euro? Minimum { get; init; }

        public Euro? Maximum { get; init; }

        public string? MinimumShare { get; init; }

        public List<CriterionData>? Parts { get; init; }

        public CriterionData? Part { get; init; }

        public string? Reference { get; init; }
    }

    /// <summary>An applicant.</summary>
    public sealed class ApplicantData
    {
        public required string Name { get; init; }

        public required string Kind { get; init; }

        public bool? NonProfit { get; init; }

        public MunicipalityKey? Seat { get; init; }

        public bool? RunsIntegrationCentre { get; init; }

        /// <summary>The official key of a territorial applicant: a Kreisschlüssel (5 digits) or an AGS (8 digits).</summary>
        public string? OfficialKey { get; init; }
    }

    /// <summary>The fields of an application, shared by application files and the entries of a round.</summary>
    public class ApplicationData
    {
        public required string Id { get; init; }

        public required string Line { get; init; }

        public required int FiscalYear { get; init; }

        public required ApplicantData Applicant { get; init; }

        public required Euro RequestedAmount { get; init; }

        public Euro? EligibleCosts { get; init; }

        public Euro? OwnContribution { get; init; }

        public Euro? ThirdPartyFunds { get; init; }

        public Dictionary<string, decimal>? Units { get; init; }

        public LocalDate? PlannedStart { get; init; }

        public DateInterval? DeliveryPeriod { get; init; }

        public Instant? Submitted { get; init; }

        public string? Route { get; init; }

        public bool? ContinuesFundedMeasure { get; init; }
    }

    /// <summary>An application file: the application's fields and the schema version.</summary>
    public sealed class ApplicationDocument : ApplicationData
    {
        public required int SchemaVersion { get; init; }
    }

    /// <summary>A sub-award planned for pass-through (Weiterleitung).</summary>
    public sealed class SubAwardData
    {
        public required string Recipient { get; init; }

        public required string Kind { get; init; }

        public MunicipalityKey? Seat { get; init; }

        public required Euro Amount { get; init; }
    }

    /// <summary>One entry of a round: an application with its priority tier and planned sub-awards.</summary>
    public sealed class RoundApplicationData : ApplicationData
    {
        public int? Priority { get; init; }

        public List<SubAwardData>? SubAwards { get; init; }
    }

    /// <summary>A round file.</summary>
    public sealed class AwardRoundDocument
    {
        public required int SchemaVersion { get; init; }

        public required string Id { get; init; }

        public required string Line { get; init; }

        public required LocalDate AsOf { get; init; }

        public required Euro Budget { get; init; }

        public required string Policy { get; init; }

        public string? Rounding { get; init; }

        public required List<RoundApplicationData> Applications { get; init; }
    }
}
