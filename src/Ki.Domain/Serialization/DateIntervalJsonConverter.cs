using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes a NodaTime <see cref="DateInterval"/> as an ISO-8601 interval string of two dates,
/// <c>"2016-01-01/2016-12-31"</c>, and reads it back.
/// </summary>
/// <remarks>
/// Both dates are inclusive, as in <see cref="DateInterval"/>: <c>"2016-01-01/2016-12-31"</c> is the whole fiscal
/// year 2016. The end may not lie before the start. Stateless; safe to share across threads.
/// </remarks>
public sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    /// <summary>Creates the converter.</summary>
    public DateIntervalJsonConverter()
    {
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string of two ISO dates separated by '/', or the end lies before the start.</exception>
    public override DateInterval? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a date interval such as \"2016-01-01/2016-12-31\"", "ein Zeitraum wie \"2016-01-01/2016-12-31\"");
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || text.IndexOf('/', slash + 1) >= 0)
        {
            throw JsonText.Fail($"'{text}' is not a date interval: expected two ISO dates separated by '/', both inclusive.",
                $"'{text}' ist kein Zeitraum: erwartet werden zwei ISO-Daten, getrennt durch '/', beide einschließlich.");
        }

        ParseResult<LocalDate> start = LocalDatePattern.Iso.Parse(text[..slash]);
        ParseResult<LocalDate> end = LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
        if (!start.Success || !end.Success)
        {
            throw JsonText.Fail($"'{text}' is not a date interval: {(start.Success ? end : start).Exception.Message}",
                $"'{text}' ist kein Zeitraum: '{(start.Success ? text[(slash + 1)..] : text[..slash])}' ist kein ISO-Datum (uuuu-MM-dd).");
        }

        if (end.Value < start.Value)
        {
            throw JsonText.Fail($"'{text}' is not a date interval: the end lies before the start.", $"'{text}' ist kein Zeitraum: das Ende liegt vor dem Beginn.");
        }

        return new DateInterval(start.Value, end.Value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value.Start) + "/" + LocalDatePattern.Iso.Format(value.End));
    }
}
