using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
public static class KiJson
{
    /// <summary>Deserialises an untrusted UTF-8 JSON document.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The document as UTF-8 bytes.</param>
    /// <param name="typeInfo">The source-generated type information of <typeparamref name="T"/>.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The document; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or is <c>null</c>; the exception
    /// names the JSON path and the reason.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, KiJsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(typeInfo);
        JsonInputGuard.Check(utf8Json, limits ?? KiJsonLimits.Default);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (JsonException e)
        {
            throw new KiDataException(e.Path ?? "$", Reason(e), e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            throw new KiDataException("$", e.Message, e);
        }

        return value ?? throw new KiDataException("$", "The document is null.");
    }

    /// <summary>Reads and deserialises an untrusted UTF-8 JSON document from a stream, refusing to read past the size limit.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end but not closed.</param>
    /// <param name="typeInfo">The source-generated type information of <typeparamref name="T"/>.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The document; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, breaks a limit, or is <c>null</c>.</exception>
    public static T Deserialize<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, KiJsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        limits ??= KiJsonLimits.Default;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81_920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxDocumentBytes)
            {
                throw new KiDataException("$", $"The document is larger than the limit of {limits.MaxDocumentBytes:N0} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), typeInfo, limits);
    }

    private static string Reason(JsonException e)
    {
        // System.Text.Json appends "Path: ... | LineNumber: ..." to its own messages; the path is reported separately.
        string message = e.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
