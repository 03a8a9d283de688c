using System.Text;

namespace Ki.Domain.Internal;

/// <summary>
/// Reads lines of text from outside with limits that hold while reading: the number of lines, the length of one line
/// and of the whole text. Text from a stream or file must be UTF-8 (a byte order mark is dropped); a byte that is not
/// UTF-8 is refused with its line and a hint for Latin-1 and Windows-1252. A line holding U+FFFD (what a lenient
/// decoder left of such bytes) is refused too. Every problem is a <see cref="KiDataException"/> naming the line.
/// </summary>
/// <remarks>
/// A file of zeros or one endless line is refused after <see cref="MaxLineLength"/> characters, never read whole.
/// Not thread-safe; one reader per text.
/// </remarks>
internal sealed class LimitedTextReader : TextReader
{
    /// <summary>The default most lines: 200,000 (Germany has about 11,000 municipalities).</summary>
    public const int DefaultMaxLines = 200_000;

    /// <summary>The default longest line: 16,384 characters.</summary>
    public const int DefaultMaxLineLength = 16_384;

    /// <summary>The default largest text: 32 MiB.</summary>
    public const long DefaultMaxChars = 32L * 1024 * 1024;

    private readonly TextReader? _chars;
    private readonly Stream? _bytes;
    private readonly string? _name;
    private readonly char[] _charBuffer = new char[8192];
    private byte[] _byteBuffer = new byte[8192];
    private int _start;
    private int _end;
    private bool _atEnd;
    private bool _first = true;
    private long _total;

    /// <summary>Wraps a text reader (already decoded by the caller).</summary>
    public LimitedTextReader(TextReader reader, string? name, int maxLines = DefaultMaxLines, int maxLineLength = DefaultMaxLineLength, long maxChars = DefaultMaxChars)
        : this(name, maxLines, maxLineLength, maxChars) => _chars = Preconditions.CheckNotNull(reader);

    /// <summary>Reads UTF-8 text from a stream, checking every line's bytes.</summary>
    public LimitedTextReader(Stream utf8, string? name, int maxLines = DefaultMaxLines, int maxLineLength = DefaultMaxLineLength, long maxChars = DefaultMaxChars)
        : this(name, maxLines, maxLineLength, maxChars) => _bytes = Preconditions.CheckNotNull(utf8);

    private LimitedTextReader(string? name, int maxLines, int maxLineLength, long maxChars)
    {
        _name = name;
        MaxLines = maxLines;
        MaxLineLength = maxLineLength;
        MaxChars = maxChars;
    }

    /// <summary>The most lines read.</summary>
    public int MaxLines { get; }

    /// <summary>The longest line, in characters (in bytes for a stream).</summary>
    public int MaxLineLength { get; }

    /// <summary>The largest text, in characters (in bytes for a stream).</summary>
    public long MaxChars { get; }

    /// <summary>The number of the line last read (1-based).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Opens a UTF-8 text file for reading with limits; errors name the file.</summary>
    public static LimitedTextReader OpenFile(string path, int maxLines = DefaultMaxLines, int maxLineLength = DefaultMaxLineLength, long maxChars = DefaultMaxChars) =>
        new(File.OpenRead(Preconditions.CheckNotNull(path)), Path.GetFileName(path), maxLines, maxLineLength, maxChars);

    /// <summary>The location of a line, as the readers write it: <c>line 3</c> or <c>name line 3</c>.</summary>
    public string Location(int line) => _name is null ? $"line {line}" : $"{_name} line {line}";

    /// <inheritdoc />
    public override string? ReadLine()
    {
        string? line = _bytes is not null ? ReadByteLine() : ReadCharLine();
        if (line is null)
        {
            return null;
        }

        if (line.Contains('\uFFFD', StringComparison.Ordinal))
        {
            throw new KiDataException(Location(LineNumber), TextEncoding.ReplacementCharacterReason($"line {LineNumber}"), TextEncoding.ReplacementCharacterReasonGerman($"Zeile {LineNumber}"));
        }

        return line;
    }

    /// <inheritdoc />
    public override int Peek() => throw new NotSupportedException("Read this text line by line.");

    /// <inheritdoc />
    public override int Read() => throw new NotSupportedException("Read this text line by line.");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chars?.Dispose();
            _bytes?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(int length)
    {
        LineNumber = checked(LineNumber + 1);
        if (LineNumber > MaxLines)
        {
            throw new KiDataException(Location(LineNumber), $"The text has more than {MaxLines:N0} lines, the limit.",
                string.Create(TextFormats.German, $"Der Text hat mehr als {MaxLines:N0} Zeilen, die Grenze."));
        }

        _total += length + 1;
        if (_total > MaxChars)
        {
            throw new KiDataException(Location(LineNumber), $"The text is larger than the limit of {MaxChars:N0} characters.",
                string.Create(TextFormats.German, $"Der Text ist größer als die Grenze von {MaxChars:N0} Zeichen."));
        }
    }

    private KiDataException TooLong() =>
        new(Location(LineNumber + 1), $"The line is longer than the limit of {MaxLineLength:N0} characters.",
            string.Create(TextFormats.German, $"Die Zeile ist länger als die Grenze von {MaxLineLength:N0} Zeichen."));

    private string? ReadCharLine()
    {
        var line = new StringBuilder();
        bool any = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = _atEnd ? 0 : _chars!.Read(_charBuffer, 0, _charBuffer.Length);
                _start = 0;
                if (_end == 0)
                {
                    _atEnd = true;
                    return any ? Finish(line) : null;
                }
            }

            any = true;
            int newline = _charBuffer.AsSpan(_start, _end - _start).IndexOf('\n');
            int take = newline < 0 ? _end - _start : newline;
            if (line.Length + take > MaxLineLength + 1)
            {
                throw TooLong();
            }

            line.Append(_charBuffer, _start, take);
            _start += take;
            if (newline >= 0)
            {
                _start++;
                return Finish(line);
            }
        }
    }

    private string Finish(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        if (line.Length > MaxLineLength)
        {
            throw TooLong();
        }

        Count(line.Length);
        string text = line.ToString();
        if (_first && text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        _first = false;
        return text;
    }

    private string? ReadByteLine()
    {
        while (true)
        {
            int newline = _byteBuffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0 || _atEnd)
            {
                if (newline < 0 && _start == _end)
                {
                    return null;
                }

                int length = newline >= 0 ? newline : _end - _start;
                ReadOnlySpan<byte> bytes = _byteBuffer.AsSpan(_start, length);
                _start += newline >= 0 ? length + 1 : length;
                return Decode(bytes);
            }

            if (_end - _start > MaxLineLength + 1)
            {
                throw TooLong();
            }

            // Make room: move the unfinished line to the front, grow only up to the longest line.
            if (_start > 0)
            {
                _byteBuffer.AsSpan(_start, _end - _start).CopyTo(_byteBuffer);
                _end -= _start;
                _start = 0;
            }

            if (_end == _byteBuffer.Length)
            {
                Array.Resize(ref _byteBuffer, _byteBuffer.Length * 2);
            }

            int read = _bytes!.Read(_byteBuffer, _end, _byteBuffer.Length - _end);
            if (read == 0)
            {
                _atEnd = true;
            }

            _end += read;
        }
    }

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        if (_first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.Length > MaxLineLength)
        {
            throw TooLong();
        }

        int invalid = TextEncoding.IndexOfInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            throw new KiDataException(Location(LineNumber + 1), TextEncoding.InvalidUtf8Reason($"line {LineNumber + 1}", bytes[invalid..]),
                TextEncoding.InvalidUtf8ReasonGerman($"Zeile {LineNumber + 1}", bytes[invalid..]));
        }

        _first = false;
        Count(bytes.Length);
        return Encoding.UTF8.GetString(bytes);
    }
}
