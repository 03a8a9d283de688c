using System.Text.Json.Serialization;
using Ki.Domain.Places;

namespace Ki.Domain.Serialization;

/// <summary>Source-generated JSON metadata for the Places documents (no reflection: trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(DecimalStringJsonConverter),
        typeof(ParsableKeyJsonConverter<DistrictKey>),
        typeof(ParsableKeyJsonConverter<MunicipalityKey>),
        typeof(DistrictKindJsonConverter),
        typeof(MunicipalityKindJsonConverter),
    ])]
[JsonSerializable(typeof(PlacesDocuments.GazetteerDocument))]
[JsonSerializable(typeof(PlacesDocuments.DistrictDocument))]
[JsonSerializable(typeof(PlacesDocuments.MunicipalityDocument))]
[JsonSerializable(typeof(PlacesDocuments.IntegrationCentreDocument))]
internal sealed partial class PlacesJsonContext : JsonSerializerContext;
