using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>
/// Reading and writing of the library's top-level JSON documents: every one carries <c>schemaVersion</c>, is read
/// through <see cref="KiJson"/> (limits first, one exception type), and files name themselves in error locations.
/// </summary>
internal static class JsonDocuments
{
    /// <summary>The schema version every document of this library version writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The one encoder of every document: German letters, <c>€</c> and <c>§</c> are written as themselves (UTF-8), not
    /// escaped; the characters JSON requires escaped still are. Documents are data files, never embedded in HTML.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = Encoder };

    /// <summary>Serialises a document to indented UTF-8 bytes with <see cref="Encoder"/>.</summary>
    public static byte[] Write<T>(T document, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            JsonSerializer.Serialize(writer, document, typeInfo);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a document and checks its schema version; a document of another version is refused with that reason first.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, KiJsonLimits? limits, string what)
        where T : IVersionedDocument
    {
        utf8Json = JsonInputGuard.WithoutBom(utf8Json);
        T document;
        try
        {
            document = KiJson.Deserialize(utf8Json, typeInfo, limits);
        }
        catch (KiDataException) when (PeekSchemaVersion(utf8Json) is { } other && other != SchemaVersion)
        {
            throw VersionError(other, what);
        }

        return document.SchemaVersion == SchemaVersion ? document : throw VersionError(document.SchemaVersion, what);
    }

    /// <summary>Reads a stream within the limits, checking the document while it is read (see <see cref="KiJson.ReadAllBytes"/>).</summary>
    public static byte[] ReadAll(Stream utf8Json, KiJsonLimits? limits) => KiJson.ReadAllBytes(utf8Json, limits);

    /// <summary>The same problem, located in the file: its name before the JSON path, the reasons kept.</summary>
    private static KiDataException InFile(string path, KiDataException e) =>
        new($"{Path.GetFileName(path)} {e.Location}", e.Reason, e.ReasonGerman ?? e.Reason, e);

    /// <summary>Reads a document file; a problem's location starts with the file name, such as <c>nrw.json $.districts[3]</c>.</summary>
    public static TResult ReadFile<TResult>(string path, KiJsonLimits? limits, Func<byte[], TResult> read)
    {
        Preconditions.CheckNotNull(path);
        byte[] bytes;
        using (FileStream stream = File.OpenRead(path))
        {
            try
            {
                bytes = ReadAll(stream, limits);
            }
            catch (KiDataException e)
            {
                throw InFile(path, e);
            }
        }

        try
        {
            return read(bytes);
        }
        catch (KiDataException e)
        {
            throw InFile(path, e);
        }
    }

    private static KiDataException VersionError(int version, string what) =>
        new("$.schemaVersion", $"This is a {what} document of schema version {version}; this version of Ki.Domain reads schema version {SchemaVersion}.",
            $"Dies ist ein Dokument '{GermanName(what)}' der Schemaversion {version}; diese Version von Ki.Domain liest die Schemaversion {SchemaVersion}.");

    /// <summary>The German name of a document kind, for messages.</summary>
    private static string GermanName(string what) => what switch
    {
        "allocation request" => "Verteilungsanfrage",
        "allocation result" => "Verteilungsergebnis",
        "application" => "Antrag",
        "apportionment result" => "Sitzzuteilung",
        "award round" => "Vergaberunde",
        "base rate table" => "Basiszinstabelle",
        "catalogue" => "Förderkatalog",
        "district" => "Kreis",
        "funding line version" => "Fassung einer Förderlinie",
        "funding line" => "Förderlinie",
        "funding mix" => "Finanzierungsplan",
        "gazetteer" => "Gemeindeverzeichnis",
        "grant request" => "Zuwendungsanfrage",
        "grant result" => "Zuwendungsergebnis",
        "integration centre" => "Kommunales Integrationszentrum",
        "municipality" => "Gemeinde",
        "programme" => "Förderprogramm",
        "rule" => "Förderregeln",
        "settlement case" => "Verwendungsnachweis",
        _ => what,
    };

    /// <summary>The top-level <c>schemaVersion</c> number of a document, or null when there is none or the document cannot be scanned.</summary>
    private static int? PeekSchemaVersion(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version) ? version : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A document too broken to scan reports its own problem.
        }

        return null;
    }
}
