using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.Serialization;

/// <summary>Writes a NodaTime <see cref="AnnualDate"/> as an ISO-8601 day of the year without a year, <c>"--09-30"</c>, and reads it back.</summary>
internal sealed class AnnualDateJsonConverter : JsonConverter<AnnualDate>
{
    public override AnnualDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonText.ReadString(ref reader, "a day of the year such as \"--09-30\"", "ein Tag im Jahr wie \"--09-30\""));

    public override void Write(Utf8JsonWriter writer, AnnualDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue("--" + AnnualDatePattern.Iso.Format(value));

    /// <summary>Parses <c>--MM-dd</c> or throws a <see cref="JsonException"/> that says why.</summary>
    internal static AnnualDate Parse(string text)
    {
        ParseResult<AnnualDate> result = AnnualDatePattern.Iso.Parse(text.StartsWith("--", StringComparison.Ordinal) ? text[2..] : "\u0000");
        return result.Success
            ? result.Value
            : throw JsonText.Fail($"'{text}' is not a day of the year in ISO form (--MM-dd, such as --09-30).",
                $"'{text}' ist kein Tag im Jahr in ISO-Form (--MM-dd, etwa --09-30).");
    }
}
