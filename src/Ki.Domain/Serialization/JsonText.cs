using System.Text.Json;

namespace Ki.Domain.Serialization;

/// <summary>Shared reading helpers for the converters: every value they read is a JSON string.</summary>
internal static class JsonText
{
    /// <summary>Reads the current token as a string or throws a <see cref="JsonException"/> that says what was expected.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected} as a JSON string, but found {Describe(reader.TokenType)}.");
        }

        return reader.GetString()!;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}
