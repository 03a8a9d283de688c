using System.Text.Json.Serialization;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;

namespace Ki.Domain.Serialization;

/// <summary>Source-generated JSON metadata for the Settlement documents (no reflection: trim- and AOT-safe).</summary>
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
        typeof(DecimalStringJsonConverter),
        typeof(EnumCodeJsonConverter<Confidence>),
        typeof(EnumCodeJsonConverter<FinancingType>),
        typeof(EnumCodeJsonConverter<FundsKind>),
        typeof(EnumCodeJsonConverter<RoundingMode>),
    ])]
[JsonSerializable(typeof(SettlementDocuments.BaseRateTableDocument))]
[JsonSerializable(typeof(SettlementDocuments.SettlementCaseDocument))]
[JsonSerializable(typeof(SettlementDocuments.SettlementResultDocument))]
internal sealed partial class SettlementJsonContext : JsonSerializerContext;
