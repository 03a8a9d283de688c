using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

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
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadPattern(ref reader, LocalDatePattern.Iso, "a date such as \"2016-06-02\"", "ein Datum wie \"2016-06-02\"", "an ISO date (uuuu-MM-dd)", "kein ISO-Datum (uuuu-MM-dd)");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => JsonText.WritePattern(writer, LocalDatePattern.Iso, value);
}
