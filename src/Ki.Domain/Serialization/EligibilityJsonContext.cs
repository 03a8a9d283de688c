using System.Text.Json.Serialization;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Serialization;

/// <summary>Source-generated JSON metadata for the Applications, Eligibility and Awards documents (no reflection: trim- and AOT-safe).</summary>
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
        typeof(DecimalStringJsonConverter),
        typeof(ParsableKeyJsonConverter<RegionKey>),
        typeof(ParsableKeyJsonConverter<DistrictKey>),
        typeof(ParsableKeyJsonConverter<MunicipalityKey>),
        typeof(EnumCodeJsonConverter<ApplicantKind>),
        typeof(EnumCodeJsonConverter<ApplicationRoute>),
        typeof(EnumCodeJsonConverter<RoundingMode>),
        typeof(EnumCodeJsonConverter<AwardPolicy>),
        typeof(EnumCodeJsonConverter<AncillaryProvisions>),
        typeof(EnumCodeJsonConverter<PassThroughMethod>),
        typeof(EnumCodeJsonConverter<EligibilityOutcome>),
        typeof(EnumCodeJsonConverter<CriterionOutcome>),
    ])]
[JsonSerializable(typeof(EligibilityDocuments.RuleBookDocument))]
[JsonSerializable(typeof(EligibilityDocuments.RuleSetData))]
[JsonSerializable(typeof(EligibilityDocuments.ApplicationDocument))]
[JsonSerializable(typeof(EligibilityDocuments.DecisionDocument))]
[JsonSerializable(typeof(EligibilityDocuments.AwardRoundDocument))]
[JsonSerializable(typeof(EligibilityDocuments.AwardResultDocument))]
internal sealed partial class EligibilityJsonContext : JsonSerializerContext;
