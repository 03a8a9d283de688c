using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>Writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 date string (<c>"2016-06-02"</c>) and reads it back.</summary>
/// <remarks>Uses <see cref="LocalDatePattern.Iso"/>; the ISO calendar only. Stateless; safe to share across threads.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateJsonConverter()
    {
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string holding an ISO date.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a date such as \"2016-06-02\"");
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an ISO date (uuuu-MM-dd): {result.Exception.Message}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
