using System.Text.Json.Serialization;
using Ki.Domain.Programmes;

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
    ])]
[JsonSerializable(typeof(SettlementDocuments.BaseRateTableDocument))]
internal sealed partial class SettlementJsonContext : JsonSerializerContext;
