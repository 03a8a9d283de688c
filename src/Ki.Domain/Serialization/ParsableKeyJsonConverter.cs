using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes an official key (<see cref="Places.RegionKey"/>, <see cref="Places.DistrictKey"/>,
/// <see cref="Places.MunicipalityKey"/>) as its canonical code string (<c>"05974"</c>) and reads it back.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <remarks>
/// Keys are strings in JSON, never numbers, because their leading zeros matter. Stateless; safe to share across threads.
/// </remarks>
public sealed class ParsableKeyJsonConverter<TKey> : JsonConverter<TKey>
    where TKey : struct, ISpanParsable<TKey>
{
    /// <summary>Creates the converter.</summary>
    public ParsableKeyJsonConverter()
    {
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string holding a valid key.</exception>
    public override TKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a key such as \"05974\"", "ein Schlüssel wie \"05974\"");
        try
        {
            return TKey.Parse(text, provider: null);
        }
        catch (FormatException e)
        {
            throw JsonText.Fail(e.Message, $"'{text}' ist kein gültiger Wert für {JsonText.GermanTerm(typeof(TKey))}.", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TKey value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
