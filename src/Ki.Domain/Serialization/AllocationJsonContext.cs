using System.Text.Json.Serialization;
using Ki.Domain.Allocation;

namespace Ki.Domain.Serialization;

/// <summary>Source-generated JSON metadata for the Allocation documents (no reflection: trim- and AOT-safe).</summary>
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
        typeof(DecimalStringJsonConverter),
        typeof(ExactAmountJsonConverter),
        typeof(EnumCodeJsonConverter<ApportionmentMethod>),
    ])]
[JsonSerializable(typeof(AllocationDocuments.AllocationRequestDocument))]
[JsonSerializable(typeof(AllocationDocuments.AllocationResultDocument))]
[JsonSerializable(typeof(AllocationDocuments.ApportionmentResultDocument))]
internal sealed partial class AllocationJsonContext : JsonSerializerContext;
