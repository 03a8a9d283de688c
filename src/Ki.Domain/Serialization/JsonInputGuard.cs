using System.Text;
using System.Text.Json;

namespace Ki.Domain.Serialization;

/// <summary>
/// A first pass over an untrusted JSON document that enforces <see cref="KiJsonLimits"/>, rejects duplicate property
/// names and malformed JSON, and reports every problem as a <see cref="KiDataException"/> with the JSON path, before
/// any object is built. It allocates in proportion to the nesting depth, not to the document.
/// </summary>
internal static class JsonInputGuard
{
    /// <summary>Checks the document; throws <see cref="KiDataException"/> at the first problem.</summary>
    public static void Check(ReadOnlySpan<byte> utf8, KiJsonLimits limits)
    {
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            throw new KiDataException("$", $"The document has {utf8.Length:N0} bytes, more than the limit of {limits.MaxDocumentBytes:N0}.");
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var frames = new Stack<Frame>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        string segment = Advance(frames, ref pendingProperty, limits);
                        if (frames.Count + 1 > limits.MaxDepth)
                        {
                            throw new KiDataException(Path(frames, segment), $"The document is nested deeper than the limit of {limits.MaxDepth}.");
                        }

                        frames.Push(new Frame(segment, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        CheckLength(ref reader, frames, limits, "property name");
                        string name = reader.GetString()!;
                        if (!frames.Peek().Names!.Add(name))
                        {
                            throw new KiDataException(Path(frames, "." + name), $"The property '{name}' appears twice in the same object.");
                        }

                        pendingProperty = name;
                        break;
                    default:
                        string valueSegment = Advance(frames, ref pendingProperty, limits);
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            CheckLength(ref reader, frames, limits, "string", valueSegment);
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new KiDataException(Path(frames, string.Empty), $"The document is not valid JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // GetString on a name that is not valid UTF-8.
            throw new KiDataException(Path(frames, string.Empty), $"The document is not valid UTF-8 text: {e.Message}", e);
        }
    }

    private static string Advance(Stack<Frame> frames, ref string? pendingProperty, KiJsonLimits limits)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        Frame top = frames.Peek();
        if (!top.IsArray)
        {
            string name = pendingProperty ?? string.Empty;
            pendingProperty = null;
            return "." + name;
        }

        int index = top.Count++;
        if (top.Count > limits.MaxArrayLength)
        {
            throw new KiDataException(Path(frames, $"[{index}]"), $"The array has more than {limits.MaxArrayLength:N0} elements, the limit.");
        }

        return $"[{index}]";
    }

    private static void CheckLength(ref Utf8JsonReader reader, Stack<Frame> frames, KiJsonLimits limits, string what, string segment = "")
    {
        int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (length > limits.MaxStringLength)
        {
            throw new KiDataException(Path(frames, segment), $"A {what} has {length:N0} bytes, more than the limit of {limits.MaxStringLength:N0}.");
        }
    }

    private static string Path(Stack<Frame> frames, string last)
    {
        var path = new StringBuilder("$");
        foreach (Frame frame in frames.Reverse())
        {
            path.Append(frame.Segment);
        }

        return path.Append(last).ToString();
    }

    private sealed class Frame(string segment, bool isArray)
    {
        public string Segment { get; } = segment;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);
    }
}
