using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes a <see cref="Euro"/> as a JSON string with exactly two decimals in the invariant format
/// (<c>"1234.56"</c>) and reads it back.
/// </summary>
/// <remarks>
/// Amounts are strings, not JSON numbers, so that no JSON library on the way turns them into binary floating point.
/// Reading accepts only such a string; a number, a fraction of a cent or a culture-formatted text is a
/// <see cref="JsonException"/>. Stateless; safe to share across threads.
/// </remarks>
public sealed class EuroJsonConverter : JsonConverter<Euro>
{
    /// <summary>Creates the converter.</summary>
    public EuroJsonConverter()
    {
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string holding an invariant amount with at most two decimals.</exception>
    public override Euro Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "an amount such as \"1234.56\"", "ein Betrag wie \"1234.56\"");
        try
        {
            return Euro.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw JsonText.Fail(e.Message, e is OverflowException
                ? $"'{text}' liegt außerhalb des Bereichs eines Betrags."
                : $"'{text}' ist kein Betrag in der Form \"1234.56\": Punkt vor den Cent, keine Tausenderpunkte, höchstens zwei Nachkommastellen.", e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Euro value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}
