using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ki.Cli.Output;

/// <summary>
/// The one JSON shape of every verb: <c>{"verb": …, "context": {…}, "result": …}</c>, where <c>result</c> is the
/// document the library's own writer produced (<c>AllocationJson</c>, <c>GazetteerJson</c>, …), so a script can hand
/// it back to the library's reader, and <c>context</c> says what was done (district, key, reference date, budget).
/// Indented with <c>--format json</c>, one line with <c>--compact</c>. Numbers and dates are invariant.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes the envelope around a library document.</summary>
    /// <param name="settings">The output settings (compact or indented).</param>
    /// <param name="verb">The verb, such as <c>allocate</c>.</param>
    /// <param name="context">What was done, as name and invariant text; a null value is written as JSON null.</param>
    /// <param name="document">The library's document (UTF-8 JSON).</param>
    public static void Write(OutputSettings settings, string verb, IEnumerable<KeyValuePair<string, string?>> context, ReadOnlySpan<byte> document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = !settings.Compact, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("verb", verb);
            json.WriteStartObject("context");
            foreach ((string name, string? value) in context)
            {
                if (value is null)
                {
                    json.WriteNull(name);
                }
                else
                {
                    json.WriteString(name, value);
                }
            }

            json.WriteEndObject();
            json.WritePropertyName("result");
            using (JsonDocument parsed = JsonDocument.Parse(document.ToArray()))
            {
                parsed.RootElement.WriteTo(json);
            }

            json.WriteEndObject();
        }

        settings.Output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>A context entry.</summary>
    public static KeyValuePair<string, string?> Entry(string name, string? value) => new(name, value);
}
