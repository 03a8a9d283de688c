using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Places;

namespace Ki.Domain.Serialization;

/// <summary>Writes a <see cref="DistrictKind"/> as the code of the gazetteer's text format (<c>kreis</c>, <c>kreisfreie-stadt</c>, <c>staedteregion</c>).</summary>
internal sealed class DistrictKindJsonConverter : JsonConverter<DistrictKind>
{
    public override DistrictKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a district kind (kreis, kreisfreie-stadt, staedteregion)");
        return PlaceKinds.DistrictKindFrom(text) is { } kind && kind.ToCode() == text
            ? kind
            : throw new JsonException($"'{text}' is not a district kind: expected kreis, kreisfreie-stadt or staedteregion.");
    }

    public override void Write(Utf8JsonWriter writer, DistrictKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToCode());
}
