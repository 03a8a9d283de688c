using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Programmes;

namespace Ki.Domain.Serialization;

/// <summary>Writes an <see cref="AnnualPeriod"/> as two ISO days of the year, <c>"--01-01/--12-31"</c>, and reads it back.</summary>
internal sealed class AnnualPeriodJsonConverter : JsonConverter<AnnualPeriod>
{
    public override AnnualPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a period of the year such as \"--01-01/--12-31\"", "ein Zeitraum im Jahr wie \"--01-01/--12-31\"");
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw JsonText.Fail($"'{text}' is not a period of the year: expected two days such as --01-01/--12-31.",
                $"'{text}' ist kein Zeitraum im Jahr: erwartet werden zwei Tage wie --01-01/--12-31.");
        }

        return new AnnualPeriod(AnnualDateJsonConverter.Instance.Parse(text[..slash]), AnnualDateJsonConverter.Instance.Parse(text[(slash + 1)..]));
    }

    public override void Write(Utf8JsonWriter writer, AnnualPeriod value, JsonSerializerOptions options) =>
        writer.WriteStringValue(AnnualDateJsonConverter.Pattern.Format(value.Start) + "/" + AnnualDateJsonConverter.Pattern.Format(value.End));
}
