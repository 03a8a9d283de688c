using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Places;

namespace Ki.Domain.Serialization;

/// <summary>Writes a <see cref="MunicipalityKind"/> as the code of the gazetteer's text format (<c>kreisfreie-stadt</c>, <c>stadt</c>, <c>gemeinde</c>).</summary>
internal sealed class MunicipalityKindJsonConverter : JsonConverter<MunicipalityKind>
{
    public override MunicipalityKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a municipality kind (kreisfreie-stadt, stadt, gemeinde)");
        return PlaceKinds.MunicipalityKindFrom(text) is { } kind && kind.ToCode() == text
            ? kind
            : throw new JsonException($"'{text}' is not a municipality kind: expected kreisfreie-stadt, stadt or gemeinde.");
    }

    public override void Write(Utf8JsonWriter writer, MunicipalityKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToCode());
}
