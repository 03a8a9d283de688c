using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ki.Domain.Serialization;

/// <summary>
/// Writes an enum member as its name in kebab case (<c>FixedAmount</c> as <c>"fixed-amount"</c>) and reads only
/// those names back: no numbers, no other casing, no undefined values.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class EnumCodeJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Codes = Enum.GetValues<TEnum>().ToDictionary(v => v, v => ToCode(v.ToString()));
    private static readonly Dictionary<string, TEnum> Values = Codes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The codes in declaration order, for messages and schemas.</summary>
    public static IEnumerable<string> AllCodes => Codes.Values;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, $"a {typeof(TEnum).Name} code");
        return Values.TryGetValue(text, out TEnum value)
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", AllCodes)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Codes.TryGetValue(value, out string? code) ? code : throw new JsonException($"{typeof(TEnum).Name} has no member with the value {value}."));

    /// <summary>Turns a Pascal-case member name into kebab case.</summary>
    internal static string ToCode(string name)
    {
        var code = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(c));
        }

        return code.ToString();
    }
}
