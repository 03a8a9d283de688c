using System.Text.Json.Serialization;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Serialization;

/// <summary>Source-generated JSON metadata for the Programmes documents (no reflection: trim- and AOT-safe).</summary>
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
        typeof(DateIntervalJsonConverter),
        typeof(AnnualDateJsonConverter),
        typeof(AnnualPeriodJsonConverter),
        typeof(DecimalStringJsonConverter),
        typeof(ParsableKeyJsonConverter<RegionKey>),
        typeof(EnumCodeJsonConverter<ApplicantKind>),
        typeof(EnumCodeJsonConverter<Confidence>),
        typeof(EnumCodeJsonConverter<FinancingType>),
        typeof(EnumCodeJsonConverter<FundingSource>),
        typeof(EnumCodeJsonConverter<GrantOutcome>),
        typeof(EnumCodeJsonConverter<RoundingMode>),
        typeof(EnumCodeJsonConverter<UnitAmountRole>),
        typeof(EnumCodeJsonConverter<TargetGroup>),
        typeof(EnumCodeJsonConverter<EducationStage>),
        typeof(EnumCodeJsonConverter<ProgrammeRole>),
    ])]
[JsonSerializable(typeof(ProgrammesDocuments.CatalogueDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.ProgrammeDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.FundingLineDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.FundingLineVersionDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.FundingMixDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.KiProgrammeDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.GrantRequestDocument))]
[JsonSerializable(typeof(ProgrammesDocuments.GrantResultDocument))]
internal sealed partial class ProgrammesJsonContext : JsonSerializerContext;
