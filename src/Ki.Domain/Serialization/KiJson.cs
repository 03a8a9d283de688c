using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>
/// Reads untrusted JSON documents safely: the limits of <see cref="KiJsonLimits"/> are checked first, then the
/// document is deserialised with a source-generated <see cref="JsonTypeInfo{T}"/> (no reflection, so trimming and
/// AOT stay safe), and every problem becomes one <see cref="KiDataException"/> that names the JSON path and the reason.
/// </summary>
/// <remarks>
/// Malformed JSON, truncated documents, duplicate property names, wrong token types, unknown enum values, numbers out
/// of range, documents that are too large, too deep or have too long arrays: all raise <see cref="KiDataException"/>,
/// never <see cref="NullReferenceException"/>, <see cref="InvalidCastException"/> or
/// <see cref="KeyNotFoundException"/>. Stateless; safe to call from many threads.
/// </remarks>
public static partial class KiJson
{
    /// <summary>Deserialises an untrusted UTF-8 JSON document within <see cref="KiJsonLimits.Default"/>; see
    /// <see cref="Deserialize{T}(ReadOnlySpan{byte}, JsonTypeInfo{T}, KiJsonLimits?)"/>.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The document as UTF-8 bytes.</param>
    /// <param name="typeInfo">The source-generated type information of <typeparamref name="T"/>.</param>
    /// <returns>The document; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or is <c>null</c>; the exception
    /// names the JSON path and the reason.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo) => Deserialize(utf8Json, typeInfo, null);

    /// <summary>Deserialises an untrusted UTF-8 JSON document.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The document as UTF-8 bytes.</param>
    /// <param name="typeInfo">The source-generated type information of <typeparamref name="T"/>.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The document; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or is <c>null</c>; the exception
    /// names the JSON path and the reason.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, KiJsonLimits? limits)
    {
        Preconditions.CheckNotNull(typeInfo);
        utf8Json = JsonInputGuard.WithoutBom(utf8Json);
        JsonInputGuard.Check(utf8Json, limits ?? KiJsonLimits.Default);
        return Bind(utf8Json, typeInfo);
    }

    /// <summary>Reads and deserialises an untrusted UTF-8 JSON document from a stream within <see cref="KiJsonLimits.Default"/>; see
    /// <see cref="Deserialize{T}(Stream, JsonTypeInfo{T}, KiJsonLimits?)"/>.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The stream; it is read up to the end of the document or the first problem, and not closed.</param>
    /// <param name="typeInfo">The source-generated type information of <typeparamref name="T"/>.</param>
    /// <returns>The document; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or is <c>null</c>.</exception>
    public static T Deserialize<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo) => Deserialize(utf8Json, typeInfo, null);

    /// <summary>Reads and deserialises an untrusted UTF-8 JSON document from a stream, checking it while it is read.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The stream; it is read up to the end of the document or the first problem, and not closed.</param>
    /// <param name="typeInfo">The source-generated type information of <typeparamref name="T"/>.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The document; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or is <c>null</c>; a stream that
    /// is not JSON (such as <c>/dev/zero</c>) or too large is refused at the first block that shows it.</exception>
    public static T Deserialize<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, KiJsonLimits? limits)
    {
        Preconditions.CheckNotNull(typeInfo);
        byte[] document = ReadAllBytes(utf8Json, limits);
        return Bind(document, typeInfo);
    }

    /// <summary>
    /// Reads a JSON document from a stream within the limits and checks it while reading: size, depth, list length,
    /// text length, duplicate properties, <c>null</c> list elements, UTF-8. A leading byte order mark is dropped.
    /// </summary>
    /// <param name="utf8Json">The stream; it is read up to the end of the document or the first problem, and not closed.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The checked document without its byte order mark, for a reader such as <c>AllocationJson.ReadRequest</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KiDataException">The stream is not a JSON document within the limits; it is refused at the
    /// first block that shows it, so an endless or huge stream is never read whole.</exception>
    public static byte[] ReadAllBytes(Stream utf8Json, KiJsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        limits ??= KiJsonLimits.Default;
        var guard = new JsonInputGuard(limits);
        using var document = new MemoryStream();
        byte[] buffer = new byte[81_920];
        int pending = 0; // bytes at the start of the buffer that the guard has not taken yet
        bool first = true;
        while (true)
        {
            int read = utf8Json.Read(buffer, pending, buffer.Length - pending);
            bool final = read == 0;
            int start = 0;
            if (first && pending + read >= 3)
            {
                start = buffer.AsSpan(0, pending + read).Length - JsonInputGuard.WithoutBom(buffer.AsSpan(0, pending + read)).Length;
                first = false;
            }

            int available = pending + read - start;
            if (document.Length + available > limits.MaxDocumentBytes)
            {
                throw new KiDataException("$", $"The document is larger than the limit of {limits.MaxDocumentBytes:N0} bytes.",
                    string.Create(TextFormats.German, $"Das Dokument ist größer als die Grenze von {limits.MaxDocumentBytes:N0} Bytes."));
            }

            int taken = guard.Feed(buffer.AsSpan(start, available), final);
            document.Write(buffer, start, taken);
            if (final)
            {
                return document.ToArray();
            }

            pending = available - taken;
            buffer.AsSpan(start + taken, pending).CopyTo(buffer);
            if (pending == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>
    /// Reads a JSON document file within the limits (checked while reading, see <see cref="ReadAllBytes"/>) and hands
    /// it to a reader; the location of every problem starts with the file name, such as <c>round.json $.lines[3]</c>.
    /// </summary>
    /// <typeparam name="TResult">What the reader returns.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="read">The reader of the document, such as <c>bytes =&gt; AwardJson.ReadRound(bytes)</c>.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>What the reader returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="read"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KiDataException">The file is not a document within the limits, or the reader refuses it.</exception>
    public static TResult ReadFile<TResult>(string path, Func<byte[], TResult> read, KiJsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(read);
        return JsonDocuments.ReadFile(path, limits, read);
    }

    private static T Bind<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (JsonException e)
        {
            (string reason, string reasonGerman) = Reasons(e);
            throw new KiDataException(e.Path ?? "$", reason, reasonGerman, e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            throw new KiDataException("$", e.Message, GermanReason.GermanOf(e), e);
        }

        return value ?? throw new KiDataException("$", "The document is null.", "Das Dokument ist null.");
    }

    /// <summary>
    /// The reason in the user's words, in English and German: System.Text.Json names .NET types
    /// (<c>AllocationDocuments+RecipientData</c>) and appends the path; the reason says what the field needed instead,
    /// and the path is reported separately. A converter's own German text wins over the German put together here; a
    /// message this library does not know is quoted in the German sentence.
    /// </summary>
    internal static (string English, string German) Reasons(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        (string english, string german) = Classify(message, e.Path);
        return (english, GermanReason.Of(e) ?? german);
    }

    private static (string English, string German) Classify(string message, string? path)
    {
        if (TypeMismatch().Match(message) is { Success: true } mismatch)
        {
            string type = mismatch.Groups["type"].Value;
            return ($"The value has the wrong type: expected {Kind(type)}.", $"Der Wert hat den falschen Typ: erwartet {KindGerman(type)}.");
        }

        if (MissingProperties().Match(message) is { Success: true } missing)
        {
            string names = missing.Groups["names"].Value.TrimEnd('.');
            return ($"A required property is missing: {names}.", $"Eine verlangte Eigenschaft fehlt: {names}.");
        }

        if (NullNotAllowed().Match(message) is { Success: true } isNull)
        {
            string name = JsonName(isNull.Groups["name"].Value, path);
            return ($"The property '{name}' is null; it needs a value.", $"Die Eigenschaft '{name}' ist null; sie braucht einen Wert.");
        }

        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            string name = unmapped.Groups["name"].Value;
            return ($"The property '{name}' is not part of this document.", $"Die Eigenschaft '{name}' gehört nicht zu diesem Dokument.");
        }

        return message.Contains("Ki.Domain.", StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal)
            ? ("The value does not fit this property.", "Der Wert passt nicht zu dieser Eigenschaft.")
            : (message, $"Der Wert passt nicht zu dieser Eigenschaft (Meldung auf Englisch: {message})");
    }

    private static string KindGerman(string type) => Kind(type) switch
    {
        "a list" => "eine Liste",
        "an object of named values" => "ein Objekt mit benannten Werten",
        "a text" => "ein Text",
        "true or false" => "true oder false",
        "a whole number" => "eine ganze Zahl",
        _ => "ein Objekt",
    };

    /// <summary>The name as the document spells it: the path's last property (<c>$.application</c>), not the .NET
    /// parameter name (<c>Application</c>) System.Text.Json reports.</summary>
    private static string JsonName(string dotnetName, string? path)
    {
        int dot = path?.LastIndexOf('.') ?? -1;
        string last = dot >= 0 ? path![(dot + 1)..] : string.Empty;
        return string.Equals(last, dotnetName, StringComparison.OrdinalIgnoreCase)
            ? last
            : dotnetName.Length > 0 ? string.Concat(char.ToLowerInvariant(dotnetName[0]).ToString(), dotnetName.AsSpan(1)) : dotnetName;
    }

    private static string Kind(string type) =>
        type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) || type.Contains("ImmutableArray", StringComparison.Ordinal) ? "a list"
        : type.Contains("Dictionary", StringComparison.Ordinal) ? "an object of named values"
        : type.Contains("System.String", StringComparison.Ordinal) ? "a text"
        : type.Contains("System.Boolean", StringComparison.Ordinal) ? "true or false"
        : type.Contains("System.Int", StringComparison.Ordinal) || type.Contains("System.Decimal", StringComparison.Ordinal) || type.Contains("System.Int64", StringComparison.Ordinal) ? "a whole number"
        : "an object";

    [GeneratedRegex(@"could not be converted to (?<type>[^ ]+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeMismatch();

    [GeneratedRegex(@"missing required properties including: (?<names>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"(?:parameter|property or field) '(?<name>[^']+)' on type '[^']+' doesn't allow", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"The JSON property '(?<name>[^']+)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex Unmapped();
}
