using System.Text.Json.Serialization;
using Ki.Domain.Places;

namespace Ki.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of the eligibility files: rules, applications and award rounds.
/// No reflection, so trimming and AOT stay safe; unknown properties are errors; amounts, dates, instants and keys are
/// strings through the library's converters.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    Converters =
    [
        typeof(EuroJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(InstantJsonConverter),
        typeof(DateIntervalJsonConverter),
        typeof(ParsableKeyJsonConverter<RegionKey>),
        typeof(ParsableKeyJsonConverter<DistrictKey>),
        typeof(ParsableKeyJsonConverter<MunicipalityKey>),
    ])]
[JsonSerializable(typeof(EligibilityDocuments.RuleBookDocument))]
[JsonSerializable(typeof(EligibilityDocuments.ApplicationDocument))]
[JsonSerializable(typeof(EligibilityDocuments.AwardRoundDocument))]
internal sealed partial class EligibilityJsonContext : JsonSerializerContext;
