using System.Text.Json;
using Ki.Domain.Internal;
using NodaTime.Text;

namespace Ki.Domain.Serialization;

/// <summary>Shared helpers for the converters: every value they read is a JSON string.</summary>
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

    /// <summary>Reads the current token as a string in a NodaTime pattern, or throws a <see cref="JsonException"/> that says what was expected.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="pattern">The pattern, such as <see cref="LocalDatePattern.Iso"/>.</param>
    /// <param name="expected">What a non-string token should have been, with an example: <c>a date such as "2016-06-02"</c>.</param>
    /// <param name="form">What a string that does not parse is not: <c>an ISO date (uuuu-MM-dd)</c>.</param>
    public static T ReadPattern<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string expected, string form)
    {
        string text = ReadString(ref reader, expected);
        ParseResult<T> result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not {form}: {result.Exception.Message}");
    }

    /// <summary>Writes a value in a NodaTime pattern as a JSON string.</summary>
    public static void WritePattern<T>(Utf8JsonWriter writer, IPattern<T> pattern, T value) =>
        Preconditions.CheckNotNull(writer).WriteStringValue(pattern.Format(value));

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
