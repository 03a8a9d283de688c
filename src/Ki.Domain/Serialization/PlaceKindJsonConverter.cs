using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Places;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes a <see cref="DistrictKind"/> or <see cref="MunicipalityKind"/> as its code from <see cref="PlaceKinds"/>
/// (<c>kreisfreie-stadt</c>, <c>stadt</c>, ...), the code of the gazetteer's text format, and reads only those codes back.
/// </summary>
/// <typeparam name="TKind"><see cref="DistrictKind"/> or <see cref="MunicipalityKind"/>.</typeparam>
internal sealed class PlaceKindJsonConverter<TKind> : JsonConverter<TKind>
    where TKind : struct, Enum
{
    private static readonly ImmutableArray<TKind> Kinds = [.. Enum.GetValues<TKind>()];
    private static readonly ImmutableArray<string> Codes = [.. Kinds.Select(CodeOf)];
    private static readonly string Words = EnumCodes.Kebab(typeof(TKind).Name).Replace('-', ' ');

    public override TKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, $"a {Words} ({string.Join(", ", Codes)})", $"ein Code für {JsonText.GermanTerm(typeof(TKind))} ({string.Join(", ", Codes)})");
        int index = Codes.IndexOf(text, StringComparer.Ordinal);
        return index >= 0
            ? Kinds[index]
            : throw JsonText.Fail($"'{text}' is not a {Words}: expected {string.Join(", ", Codes[..^1])} or {Codes[^1]}.",
                $"'{text}' ist kein Code für {JsonText.GermanTerm(typeof(TKind))}: erwartet wird {string.Join(", ", Codes[..^1])} oder {Codes[^1]}.");
    }

    public override void Write(Utf8JsonWriter writer, TKind value, JsonSerializerOptions options) => writer.WriteStringValue(CodeOf(value));

    private static string CodeOf(TKind kind) => kind switch
    {
        DistrictKind district => district.ToCode(),
        MunicipalityKind municipality => municipality.ToCode(),
        _ => throw new NotSupportedException($"{typeof(TKind).Name} is not a kind of place."),
    };
}
