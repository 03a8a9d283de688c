using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes a NodaTime <see cref="Instant"/> as an ISO-8601 UTC string with a trailing <c>Z</c>
/// (<c>"2016-09-30T21:59:59.999999999Z"</c>) and reads it back.
/// </summary>
/// <remarks>Uses <see cref="InstantPattern.ExtendedIso"/>: up to nine fractional digits, omitted when zero. Stateless; safe to share across threads.</remarks>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <summary>Creates the converter.</summary>
    public InstantJsonConverter()
    {
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string holding an ISO instant in UTC.</exception>
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonText.ReadPattern(ref reader, InstantPattern.ExtendedIso, "an instant such as \"2016-06-02T10:00:00Z\"", "ein Zeitpunkt wie \"2016-06-02T10:00:00Z\"",
            "an ISO instant in UTC (uuuu-MM-ddTHH:mm:ss[.fffffffff]Z)", "kein ISO-Zeitpunkt in UTC (uuuu-MM-ddTHH:mm:ss[.fffffffff]Z)");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => JsonText.WritePattern(writer, InstantPattern.ExtendedIso, value);
}
