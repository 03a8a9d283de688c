using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes an enum member as its code from <see cref="EnumCodes"/> (<c>FixedAmount</c> as <c>"fixed-amount"</c>) and
/// reads only those codes back: no numbers, no other casing, no undefined values.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumCodeJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, "a code", $"ein Code für {JsonText.GermanTerm(typeof(TEnum))}");
        return EnumCodes.TryFromCode(text, out TEnum value)
            ? value
            : throw JsonText.Fail(EnumCodes.NotACode<TEnum>(text),
                $"'{text}' ist kein Code für {JsonText.GermanTerm(typeof(TEnum))}; erwartet wird einer von {string.Join(", ", EnumCodes.All<TEnum>())}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EnumCodes.ToCode(value));
}
