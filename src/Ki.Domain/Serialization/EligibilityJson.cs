using System.Text.Json;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Internal;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for eligibility: rule files (<see cref="RuleBook"/>), application files (<see cref="Application"/>) and
/// decisions (<see cref="EligibilityDecision"/>), through a source-generated context (no reflection; trim and AOT safe).
/// </summary>
/// <remarks>
/// <para>
/// Every document carries <c>"schemaVersion": 1</c> and is read through <see cref="KiJson"/>, so size, depth and
/// duplicate keys are checked first. Every problem, from malformed JSON to an unknown criterion type, a field the
/// criterion type does not have, a missing required field, or an application that breaks
/// <see cref="ApplicationValidator"/>, is one <see cref="KiDataException"/> whose <see cref="KiDataException.Location"/>
/// is the JSON path (<c>$.ruleSets[0].criteria[2].type</c>). A rule file is data: nothing in it is executed. Writing and
/// reading again gives rules with the same <see cref="RuleSet.Hash"/>, which is the SHA-256 of a rule set's compact
/// JSON as a rule file writes it.
/// </para>
/// <para>Stateless; safe to call from many threads.</para>
/// </remarks>
public static class EligibilityJson
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JsonDocuments.Encoder };

    /// <summary>Reads a rule file from disk; a problem names the file and the JSON path.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The rule book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="KiDataException">The file is malformed, or a rule is.</exception>
    public static RuleBook ReadRulesFile(string path, KiJsonLimits? limits = null) =>
        JsonDocuments.ReadFile(path, limits, bytes => ReadRules(bytes, limits));

    /// <summary>Reads a rule file.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The rule book.</returns>
    /// <exception cref="KiDataException">The file is malformed, of another schema version, or a rule is; the exception names the JSON path.</exception>
    public static RuleBook ReadRules(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        EligibilityMapping.ToRuleBook(JsonDocuments.Read(utf8Json, KiJsonContext.Default.RuleBookDocument, limits, "rule"));

    /// <summary>Writes a rule file, indented, with <c>schemaVersion</c> 1.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static byte[] WriteRules(RuleBook rules) =>
        JsonDocuments.Write(EligibilityMapping.FromRuleBook(Preconditions.CheckNotNull(rules)), KiJsonContext.Default.RuleBookDocument);

    /// <summary>Reads an application file: <c>{"schemaVersion":1,"application":{...}}</c>.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The application, structurally valid.</returns>
    /// <exception cref="KiDataException">The file is malformed, of another schema version, or the application breaks a structural rule; the exception names the JSON path.</exception>
    public static Application ReadApplication(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        JsonDocuments.Read(utf8Json, KiJsonContext.Default.ApplicationDocument, limits, "application").Application.ToApplication("$.application");

    /// <summary>Writes an application file, indented, with <c>schemaVersion</c> 1.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The application's kind or route is not a defined value.</exception>
    public static byte[] WriteApplication(Application application) =>
        JsonDocuments.Write(new ApplicationDocument(JsonDocuments.SchemaVersion, ApplicationData.From(Preconditions.CheckNotNull(application))), KiJsonContext.Default.ApplicationDocument);

    /// <summary>
    /// Writes a decision, indented, with <c>schemaVersion</c> 1: the application it decides, the date, the outcome and
    /// code, the message in German and English, the version start and rules hash it applied, the library version, the
    /// missing facts, and every criterion's answer with its texts and legal reference.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static byte[] WriteDecision(EligibilityDecision decision) =>
        JsonDocuments.Write(new DecisionDocument(JsonDocuments.SchemaVersion, DecisionData.From(Preconditions.CheckNotNull(decision))), KiJsonContext.Default.DecisionDocument);

    /// <summary>The canonical form of a rule set, the input of <see cref="RuleSet.Hash"/>: its rule-file JSON, compact.</summary>
    internal static byte[] CanonicalBytes(RuleSet rules)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            JsonSerializer.Serialize(writer, EligibilityMapping.FromRuleSet(rules), KiJsonContext.Default.RuleSetData);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
