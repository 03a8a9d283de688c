using System.Text.Json;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Internal;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// Reads and writes eligibility rule files and application files as JSON, through a source-generated context (no
/// reflection; trim and AOT safe). Each document has a <c>schemaVersion</c> (now 1).
/// </summary>
/// <remarks>
/// <para>
/// Reading goes through <see cref="KiJson"/>, so size, depth and duplicate keys are checked first. Every problem, from
/// malformed JSON to an unknown criterion type, a field the criterion type does not have, a missing required field, or
/// an application that breaks <see cref="ApplicationValidator"/>, is one <see cref="KiDataException"/> whose
/// <see cref="KiDataException.Location"/> is the JSON path (<c>$.ruleSets[0].criteria[2].type</c>). A rule file is
/// data: nothing in it is executed. Writing and reading again gives rules with the same <see cref="RuleSet.Hash"/>.
/// </para>
/// <para>Stateless; safe to call from many threads.</para>
/// </remarks>
public static class EligibilityJson
{
    /// <summary>Reads a rule file from disk; a problem names the file and the JSON path.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The rule book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="KiDataException">The file cannot be read, is malformed, or a rule is.</exception>
    public static RuleBook ReadRulesFile(string path, KiJsonLimits? limits = null) =>
        JsonDocuments.ReadFile(path, limits, bytes => ReadRules(bytes, limits));

    /// <summary>Reads a rule file.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The rule book.</returns>
    /// <exception cref="KiDataException">The file is malformed or a rule is; the exception names the JSON path.</exception>
    public static RuleBook ReadRules(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        RuleBookDocument document = KiJson.Deserialize(utf8Json, EligibilityJsonContext.Default.RuleBookDocument, limits);
        return Mapped(() => EligibilityMapping.ToRuleBook(document));
    }

    /// <summary>Writes a rule file, indented, with <c>schemaVersion</c> 1.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static byte[] WriteRules(RuleBook rules) =>
        Write(EligibilityMapping.FromRuleBook(Preconditions.CheckNotNull(rules)), EligibilityJsonContext.Default.RuleBookDocument);

    /// <summary>Reads an application file.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The application, structurally valid.</returns>
    /// <exception cref="KiDataException">The file is malformed or the application breaks a structural rule; the exception names the JSON path.</exception>
    public static Application ReadApplication(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        ApplicationDocument document = KiJson.Deserialize(utf8Json, EligibilityJsonContext.Default.ApplicationDocument, limits);
        return Mapped(() =>
        {
            EligibilityMapping.CheckSchema(document.SchemaVersion);
            return EligibilityMapping.ToApplication(document, "$");
        });
    }

    /// <summary>Writes an application file, indented, with <c>schemaVersion</c> 1.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The application's kind or route is not a defined value.</exception>
    public static byte[] WriteApplication(Application application) =>
        Write(EligibilityMapping.FromApplication(Preconditions.CheckNotNull(application)), EligibilityJsonContext.Default.ApplicationDocument);

    /// <summary>Serialises a document indented, with German letters and symbols written as themselves (UTF-8), not escaped.</summary>
    internal static byte[] Write<T>(T document, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, document, typeInfo);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Runs a mapping and turns a model's argument check into a <see cref="KiDataException"/> at the root.</summary>
    internal static T Mapped<T>(Func<T> map)
    {
        try
        {
            return map();
        }
        catch (ArgumentException e)
        {
            throw new KiDataException("$", e.Message, e);
        }
    }
}
