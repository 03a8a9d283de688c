using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ki.Domain.Allocation;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes an <see cref="ExactAmount"/> losslessly as a fraction of cents, <c>"8801/3"</c> (29.336666... euros), and
/// reads it back. Numerator and denominator are whole numbers of at most 400 digits; the denominator is positive.
/// </summary>
internal sealed class ExactAmountJsonConverter : JsonConverter<ExactAmount>
{
    private const int MaxDigits = 400;

    public override ExactAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "an exact amount as a fraction of cents such as \"8801/3\"", "ein genauer Betrag als Bruch von Cent wie \"8801/3\"");
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !TryParseInteger(text[..slash], out BigInteger numerator)
            || !TryParseInteger(text[(slash + 1)..], out BigInteger denominator)
            || denominator.Sign <= 0)
        {
            throw JsonText.Fail($"'{(text.Length > 60 ? text[..60] + "..." : text)}' is not an exact amount: expected a fraction of cents, numerator/denominator, such as \"8801/3\", with a positive denominator of at most {MaxDigits} digits.",
                $"'{(text.Length > 60 ? text[..60] + "..." : text)}' ist kein genauer Betrag: erwartet wird ein Bruch von Cent, Zähler/Nenner, etwa \"8801/3\", mit einem positiven Nenner von höchstens {MaxDigits} Ziffern.");
        }

        return new ExactAmount(numerator, denominator);
    }

    public override void Write(Utf8JsonWriter writer, ExactAmount value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Numerator.ToString(CultureInfo.InvariantCulture) + "/" + value.Denominator.ToString(CultureInfo.InvariantCulture));

    private static bool TryParseInteger(string text, out BigInteger value)
    {
        value = default;
        int digits = text.StartsWith('-') ? text.Length - 1 : text.Length;
        return digits is > 0 and <= MaxDigits
            && text.AsSpan(text.Length - digits).IndexOfAnyExceptInRange('0', '9') < 0
            && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
