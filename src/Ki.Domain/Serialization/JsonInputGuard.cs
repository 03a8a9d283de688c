using System.Text;
using System.Text.Json;
using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>
/// A first pass over an untrusted JSON document that enforces <see cref="KiJsonLimits"/>, rejects duplicate property
/// names, <c>null</c> list elements, text that is not UTF-8 and malformed JSON, and reports every problem as a
/// <see cref="KiDataException"/> with the JSON path, before any object is built.
/// </summary>
/// <remarks>
/// It reads block by block (<see cref="Feed"/>), so a stream is checked while it is read: a file of zeros or a
/// document that breaks a limit is refused at the first block that shows it, not after the whole file is in memory.
/// It allocates in proportion to the nesting depth, not to the document. Not thread-safe: one guard per document.
/// </remarks>
internal sealed class JsonInputGuard
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private readonly KiJsonLimits _limits;
    private readonly Stack<Frame> _frames = new();
    private JsonReaderState _state;
    private string? _pendingProperty;
    private int _lines;

    public JsonInputGuard(KiJsonLimits limits)
    {
        _limits = limits;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
    }

    /// <summary>The document without a leading UTF-8 byte order mark, which editors on Windows write.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) => utf8.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;

    /// <summary>Checks a whole document (without its byte order mark); throws <see cref="KiDataException"/> at the first problem.</summary>
    public static void Check(ReadOnlySpan<byte> utf8, KiJsonLimits limits)
    {
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            throw new KiDataException("$", $"The document has {utf8.Length:N0} bytes, more than the limit of {limits.MaxDocumentBytes:N0}.",
                string.Create(TextFormats.German, $"Das Dokument hat {utf8.Length:N0} Bytes, mehr als die Grenze von {limits.MaxDocumentBytes:N0}."));
        }

        new JsonInputGuard(limits).Feed(utf8, isFinalBlock: true);
    }

    /// <summary>
    /// Checks the next block of the document and returns how many of its bytes were taken; the rest (an unfinished
    /// token) must start the next block.
    /// </summary>
    public int Feed(ReadOnlySpan<byte> block, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(block, isFinalBlock, _state);
        try
        {
            while (reader.Read())
            {
                Take(ref reader, block);
            }
        }
        catch (JsonException e)
        {
            (string reason, string reasonGerman) = NotJson(e);
            throw new KiDataException(PathOf(string.Empty), reason, reasonGerman, e);
        }

        int consumed = (int)reader.BytesConsumed;
        if (!isFinalBlock && block.Length - consumed > _limits.MaxStringLength + 16)
        {
            // An unfinished token longer than any string may be: refused before more of it is read.
            throw new KiDataException(PathOf(string.Empty), $"A value is longer than the limit of {_limits.MaxStringLength:N0} bytes.",
                string.Create(TextFormats.German, $"Ein Wert ist länger als die Grenze von {_limits.MaxStringLength:N0} Bytes."));
        }

        _lines += block[..consumed].Count((byte)'\n');
        _state = reader.CurrentState;
        return consumed;
    }

    private void Take(ref Utf8JsonReader reader, ReadOnlySpan<byte> block)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                string segment = Advance();
                if (_frames.Count + 1 > _limits.MaxDepth)
                {
                    throw new KiDataException(PathOf(segment), $"The document is nested deeper than the limit of {_limits.MaxDepth}.",
                        string.Create(TextFormats.German, $"Das Dokument ist tiefer verschachtelt als die Grenze von {_limits.MaxDepth} Ebenen."));
                }

                _frames.Push(new Frame(segment, reader.TokenType == JsonTokenType.StartArray));
                break;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                _frames.Pop();
                break;
            case JsonTokenType.PropertyName:
                CheckText(ref reader, block, "A property name", "Ein Eigenschaftsname", string.Empty);
                string name = reader.GetString()!;
                if (!_frames.Peek().Names!.Add(name))
                {
                    throw new KiDataException(PathOf("." + name), $"The property '{name}' appears twice in the same object.",
                        $"Die Eigenschaft '{name}' steht zweimal im selben Objekt.");
                }

                _pendingProperty = name;
                break;
            default:
                bool inArray = _frames.Count > 0 && _frames.Peek().IsArray;
                string valueSegment = Advance();
                if (reader.TokenType == JsonTokenType.String)
                {
                    CheckText(ref reader, block, "A text", "Ein Text", valueSegment);
                }
                else if (reader.TokenType == JsonTokenType.Null && inArray)
                {
                    throw new KiDataException(PathOf(valueSegment), "A list element is null; every element of a list must be a value.",
                        "Ein Listenelement ist null; jedes Element einer Liste muss ein Wert sein.");
                }

                break;
        }
    }

    private string Advance()
    {
        if (_frames.Count == 0)
        {
            return string.Empty;
        }

        Frame top = _frames.Peek();
        if (!top.IsArray)
        {
            string name = _pendingProperty ?? string.Empty;
            _pendingProperty = null;
            return "." + name;
        }

        int index = top.Count++;
        if (top.Count > _limits.MaxArrayLength)
        {
            throw new KiDataException(PathOf($"[{index}]"), $"The list has more than {_limits.MaxArrayLength:N0} elements, the limit.",
                string.Create(TextFormats.German, $"Die Liste hat mehr als {_limits.MaxArrayLength:N0} Elemente, die Grenze."));
        }

        return $"[{index}]";
    }

    private void CheckText(ref Utf8JsonReader reader, ReadOnlySpan<byte> block, string what, string whatGerman, string segment)
    {
        long length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > _limits.MaxStringLength)
        {
            throw new KiDataException(PathOf(segment), $"{what} has {length:N0} bytes, more than the limit of {_limits.MaxStringLength:N0}.",
                string.Create(TextFormats.German, $"{whatGerman} hat {length:N0} Bytes, mehr als die Grenze von {_limits.MaxStringLength:N0}."));
        }

        ReadOnlySpan<byte> raw = reader.ValueSpan;
        int invalid = TextEncoding.IndexOfInvalidUtf8(raw);
        if (invalid >= 0)
        {
            int line = _lines + block[..(int)reader.TokenStartIndex].Count((byte)'\n') + 1;
            throw new KiDataException(PathOf(segment), TextEncoding.InvalidUtf8Reason($"line {line}", raw[invalid..]), TextEncoding.InvalidUtf8ReasonGerman($"Zeile {line}", raw[invalid..]));
        }

        if (reader.ValueIsEscaped)
        {
            try
            {
                _ = reader.GetString();
            }
            catch (InvalidOperationException e)
            {
                // An escape such as \uD800 that stands for half a character.
                throw new KiDataException(PathOf(segment), $"{what} holds an escape (\\u) that is not a whole Unicode character.",
                    $"{whatGerman} enthält ein Escape (\\u), das kein ganzes Unicode-Zeichen ist.", e);
            }
        }
    }

    /// <summary>Why a document is not JSON, in English and German: empty, ended early, or a character out of place.</summary>
    private static (string English, string German) NotJson(JsonException e)
    {
        // The reader's own message quotes bytes of the document; the reason names the place instead.
        (string where, string woGerman) = e.LineNumber is { } line
            ? ($" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}", $" in Zeile {line + 1}, Spalte {(e.BytePositionInLine ?? 0) + 1}")
            : (string.Empty, string.Empty);
        return e.Message.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
            ? ("The document is not valid JSON: it is empty.", "Das Dokument ist kein gültiges JSON: es ist leer.")
            : e.Message.Contains("depth to be zero", StringComparison.Ordinal) || e.Message.Contains("end of data", StringComparison.Ordinal)
                ? ($"The document is not valid JSON: it ends early{where}, before every object and list is closed.",
                    $"Das Dokument ist kein gültiges JSON: es endet vorzeitig{woGerman}, bevor jedes Objekt und jede Liste geschlossen ist.")
                : ($"The document is not valid JSON{where}: a character that may not stand there, or a missing comma, colon or quote.",
                    $"Das Dokument ist kein gültiges JSON{woGerman}: ein Zeichen, das dort nicht stehen darf, oder ein fehlendes Komma, ein fehlender Doppelpunkt oder ein fehlendes Anführungszeichen.");
    }

    private string PathOf(string last)
    {
        var path = new StringBuilder("$");
        foreach (Frame frame in _frames.Reverse())
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
