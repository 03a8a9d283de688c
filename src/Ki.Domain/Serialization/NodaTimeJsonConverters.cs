using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.Serialization;

/// <summary>
/// The one converter shape for a NodaTime value written as one ISO-8601 string: a pattern, what a token of another
/// kind should have been, and what a string that does not parse is not, in English and German.
/// </summary>
/// <remarks>Stateless; safe to share across threads. Hosts get the instances through <see cref="KiJsonConverters.All"/>.</remarks>
/// <param name="pattern">The pattern that reads and writes the string.</param>
/// <param name="expected">What a non-string token should have been, with an example: <c>a date such as "2016-06-02"</c>.</param>
/// <param name="expectedGerman">The same in German.</param>
/// <param name="form">What a string that does not parse is not: <c>an ISO date (uuuu-MM-dd)</c>.</param>
/// <param name="formGerman">The same in German, negated: <c>kein ISO-Datum (uuuu-MM-dd)</c>.</param>
internal abstract class IsoPatternJsonConverter<T>(IPattern<T> pattern, string expected, string expectedGerman, string form, string formGerman)
    : JsonConverter<T>
{
    /// <summary>Reads the token as a string in the pattern.</summary>
    /// <exception cref="JsonException">The token is not a string, or the string is not in the pattern.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(JsonText.ReadString(ref reader, expected, expectedGerman));

    /// <summary>Writes the value in the pattern as a JSON string.</summary>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(pattern.Format(value));

    /// <summary>Parses a string in the pattern or throws a <see cref="JsonException"/> that says why.</summary>
    internal T Parse(string text)
    {
        ParseResult<T> result = pattern.Parse(text);
        return result.Success
            ? result.Value
            : throw JsonText.Fail($"'{text}' is not {form}: {result.Exception.Message}", $"'{text}' ist {formGerman}.");
    }
}

/// <summary>A NodaTime <see cref="LocalDate"/> as an ISO-8601 date string, <c>"2016-06-02"</c> (ISO calendar only).</summary>
internal sealed class LocalDateJsonConverter() : IsoPatternJsonConverter<LocalDate>(
    LocalDatePattern.Iso, "a date such as \"2016-06-02\"", "ein Datum wie \"2016-06-02\"", "an ISO date (uuuu-MM-dd)", "kein ISO-Datum (uuuu-MM-dd)");

/// <summary>
/// A NodaTime <see cref="Instant"/> as an ISO-8601 UTC string with a trailing <c>Z</c>,
/// <c>"2016-09-30T21:59:59.999999999Z"</c>: up to nine fractional digits, omitted when zero.
/// </summary>
internal sealed class InstantJsonConverter() : IsoPatternJsonConverter<Instant>(
    InstantPattern.ExtendedIso, "an instant such as \"2016-06-02T10:00:00Z\"", "ein Zeitpunkt wie \"2016-06-02T10:00:00Z\"",
    "an ISO instant in UTC (uuuu-MM-ddTHH:mm:ss[.fffffffff]Z)", "kein ISO-Zeitpunkt in UTC (uuuu-MM-ddTHH:mm:ss[.fffffffff]Z)");

/// <summary>A NodaTime <see cref="AnnualDate"/> as an ISO-8601 day of the year without a year, <c>"--09-30"</c>.</summary>
internal sealed class AnnualDateJsonConverter() : IsoPatternJsonConverter<AnnualDate>(
    Pattern, "a day of the year such as \"--09-30\"", "ein Tag im Jahr wie \"--09-30\"",
    "a day of the year in ISO form (--MM-dd, such as --09-30)", "kein Tag im Jahr in ISO-Form (--MM-dd, etwa --09-30)")
{
    /// <summary>The ISO form of a day of the year, <c>--MM-dd</c>.</summary>
    internal static readonly AnnualDatePattern Pattern = AnnualDatePattern.CreateWithInvariantCulture("'--'MM'-'dd");

    /// <summary>The instance that also reads the two ends of an <see cref="Ki.Domain.Programmes.AnnualPeriod"/>.</summary>
    internal static readonly AnnualDateJsonConverter Instance = new();
}
