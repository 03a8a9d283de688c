using System.Text.Json.Serialization;
using Ki.Domain.Allocation;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;

namespace Ki.Domain.Serialization;

/// <summary>
/// The one source-generated JSON context of the library: the options (camel case, indented, no unmapped members,
/// nullable and required parameters respected), the converters and the metadata of every document, written once
/// (no reflection: trim- and AOT-safe).
/// </summary>
/// <remarks>A new document adds its <see cref="JsonSerializableAttribute"/> line here, and a new value type its converter.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(EuroJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(InstantJsonConverter),
        typeof(DateIntervalJsonConverter),
        typeof(AnnualDateJsonConverter),
        typeof(AnnualPeriodJsonConverter),
        typeof(DecimalStringJsonConverter),
        typeof(ExactAmountJsonConverter),
        typeof(ParsableKeyJsonConverter<RegionKey>),
        typeof(ParsableKeyJsonConverter<DistrictKey>),
        typeof(ParsableKeyJsonConverter<MunicipalityKey>),
        typeof(PlaceKindJsonConverter<DistrictKind>),
        typeof(PlaceKindJsonConverter<MunicipalityKind>),
        typeof(EnumCodeJsonConverter<AncillaryProvisions>),
        typeof(EnumCodeJsonConverter<ApplicantKind>),
        typeof(EnumCodeJsonConverter<ApplicationRoute>),
        typeof(EnumCodeJsonConverter<ApportionmentMethod>),
        typeof(EnumCodeJsonConverter<AwardPolicy>),
        typeof(EnumCodeJsonConverter<Confidence>),
        typeof(EnumCodeJsonConverter<CriterionOutcome>),
        typeof(EnumCodeJsonConverter<EducationStage>),
        typeof(EnumCodeJsonConverter<EligibilityOutcome>),
        typeof(EnumCodeJsonConverter<FinancingType>),
        typeof(EnumCodeJsonConverter<FundingSource>),
        typeof(EnumCodeJsonConverter<FundsKind>),
        typeof(EnumCodeJsonConverter<GrantOutcome>),
        typeof(EnumCodeJsonConverter<PassThroughMethod>),
        typeof(EnumCodeJsonConverter<ProgrammeRole>),
        typeof(EnumCodeJsonConverter<RoundingMode>),
        typeof(EnumCodeJsonConverter<TargetGroup>),
        typeof(EnumCodeJsonConverter<UnitAmountRole>),
    ])]
[JsonSerializable(typeof(AllocationDocuments.AllocationRequestDocument))]
[JsonSerializable(typeof(AllocationDocuments.AllocationResultDocument))]
[JsonSerializable(typeof(AllocationDocuments.ApportionmentResultDocument))]
[JsonSerializable(typeof(EligibilityDocuments.RuleBookDocument))]
[JsonSerializable(typeof(EligibilityDocuments.RuleSetData))]
[JsonSerializable(typeof(EligibilityDocuments.ApplicationDocument))]
[JsonSerializable(typeof(EligibilityDocuments.DecisionDocument))]
[JsonSerializable(typeof(EligibilityDocuments.AwardRoundDocument))]
[JsonSerializable(typeof(EligibilityDocuments.AwardResultDocument))]
[JsonSerializable(typeof(PlacesDocuments.GazetteerDocument))]
[JsonSerializable(typeof(PlacesDocuments.DistrictDocument))]
[JsonSerializable(typeof(PlacesDocuments.MunicipalityDocument))]
[JsonSerializable(typeof(PlacesDocuments.IntegrationCentreDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.CatalogueDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.ProgrammeDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.FundingLineDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.FundingLineVersionDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.FundingMixDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.KiProgrammeDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.GrantRequestDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.GrantResultDocument))]
[JsonSerializable(typeof(SettlementDocuments.BaseRateTableDocument))]
[JsonSerializable(typeof(SettlementDocuments.SettlementCaseDocument))]
[JsonSerializable(typeof(SettlementDocuments.SettlementResultDocument))]
internal sealed partial class KiJsonContext : JsonSerializerContext;
