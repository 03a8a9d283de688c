using System.Text;

namespace Ki.Cli.Output;

/// <summary>
/// Writes text lines for people at most <see cref="TabularResult.MaxWidth"/> characters wide: a longer line (a header
/// sentence, a decision, a message from the rules) is broken at spaces onto continuation lines indented by two
/// spaces. Tables already fit; JSON and CSV never go through this writer.
/// </summary>
internal sealed class WrappingWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (value == '\n')
        {
            WriteLineOut();
            return;
        }

        if (value != '\r')
        {
            _line.Append(value);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_line.Length > 0)
        {
            inner.Write(_line.ToString());
            _line.Clear();
        }

        inner.Flush();
    }

    private void WriteLineOut()
    {
        string rest = _line.ToString();
        _line.Clear();
        string indent = string.Empty;
        while (indent.Length + rest.Length > TabularResult.MaxWidth)
        {
            int room = TabularResult.MaxWidth - indent.Length;
            int cut = rest.LastIndexOf(' ', room);
            if (cut <= 0)
            {
                break;
            }

            inner.WriteLine(indent + rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
            indent = "  ";
        }

        inner.WriteLine(indent + rest);
    }
}
