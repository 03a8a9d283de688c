using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes a <see cref="decimal"/> (a rate, an area in km², a unit count) as an invariant decimal string such as
/// <c>"0.9"</c> or <c>"1328.63"</c> and reads it back, keeping its scale; no binary floating point on the way.
/// </summary>
/// <remarks>Reading accepts an optional leading minus, digits and one decimal point; no exponent, no group separator, no number token.</remarks>
internal sealed class DecimalStringJsonConverter : JsonConverter<decimal>
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a decimal such as \"0.9\"", "eine Dezimalzahl wie \"0.9\"");
        if (text.Length == 0 || text.Length > 40 || text[0] == '+' || text[^1] == '.' || text.StartsWith('.') || text.StartsWith("-.", StringComparison.Ordinal)
            || !decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out decimal value))
        {
            throw JsonText.Fail($"'{text}' is not a decimal in invariant notation (such as \"0.9\" or \"1328.63\").",
                $"'{text}' ist keine Dezimalzahl in neutraler Schreibweise mit Punkt (etwa \"0.9\" oder \"1328.63\").");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
