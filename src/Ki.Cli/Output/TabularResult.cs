using System.Globalization;
using System.Text;

namespace Ki.Cli.Output;

/// <summary>
/// Rows of text cells with a header, written as an aligned table for people or as CSV for spreadsheets. JSON is not
/// written here: every verb hands the library's own document to <see cref="JsonOutput"/>.
/// </summary>
/// <remarks>
/// Tables fit <see cref="MaxWidth"/> characters unless asked to be wide: the widest left-aligned column is wrapped at
/// spaces onto continuation lines. Control characters in cells (from names in a file) are shown as visible symbols
/// (␛ for escape), never sent to the terminal. CSV follows RFC 4180 (fields with a comma, quote or line break are
/// quoted, quotes doubled) and guards against formula injection: a text cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
/// running it; plain numbers such as <c>-5</c> stay numbers.
/// </remarks>
internal sealed class TabularResult(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned)
{
    /// <summary>The width a table fits unless <c>--wide</c> is given.</summary>
    public const int MaxWidth = 100;

    private const int MinWrapWidth = 16;

    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; it must have one cell per header column.</summary>
    public void Add(params string[] cells)
    {
        if (cells.Length != header.Count)
        {
            throw new InvalidOperationException($"A row has {cells.Length} cells, the header {header.Count}.");
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the rows as an aligned table with a header line, fitted to <see cref="MaxWidth"/> unless <paramref name="wide"/>.</summary>
    public void WriteTable(TextWriter writer, IReadOnlyList<string>? footer = null, bool? wide = null)
    {
        bool fitted = !(wide ?? Session.Wide);
        List<string[]> rows = [.. _rows.Select(r => r.Select(Visible).ToArray())];
        string[] head = [.. header.Select(Visible)];
        string[]? foot = footer?.Select(Visible).ToArray();
        var widths = new int[header.Count];
        foreach (string[] row in rows.Append(head).Concat(foot is null ? [] : [foot]))
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        // Shrink the widest text column (never below its header or MinWrapWidth), then the next, until the table fits.
        int total = widths.Sum() + (2 * (widths.Length - 1));
        while (fitted && total > MaxWidth)
        {
            int column = Enumerable.Range(0, widths.Length)
                .Where(i => !rightAligned[i] && widths[i] > Math.Max(MinWrapWidth, head[i].Length))
                .OrderByDescending(i => widths[i]).FirstOrDefault(-1);
            if (column < 0)
            {
                break;
            }

            int narrower = Math.Max(Math.Max(MinWrapWidth, head[column].Length), widths[column] - (total - MaxWidth));
            total -= widths[column] - narrower;
            widths[column] = narrower;
        }

        string rule = string.Join("  ", widths.Select(w => new string('-', w)));
        WriteRow(writer, head, widths);
        writer.WriteLine(rule);
        foreach (string[] row in rows)
        {
            WriteRow(writer, row, widths);
        }

        if (foot is not null)
        {
            writer.WriteLine(rule);
            WriteRow(writer, foot, widths);
        }
    }

    /// <summary>Writes the rows as CSV with a header row (RFC 4180, formula guard).</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.Write(string.Join(',', header.Select(CsvCell)));
        writer.Write("\r\n");
        foreach (string[] row in _rows)
        {
            writer.Write(string.Join(',', row.Select(CsvCell)));
            writer.Write("\r\n");
        }
    }

    /// <summary>One CSV field: guarded against formulas, quoted when it must be.</summary>
    public static string CsvCell(string cell)
    {
        string text = cell;
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal)
            && !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A cell with every control character replaced by a visible symbol (␀–␟, ␡, or ¿ for C1 controls).</summary>
    public static string Visible(string cell)
    {
        if (!cell.Any(char.IsControl))
        {
            return cell;
        }

        var text = new StringBuilder(cell.Length);
        foreach (char c in cell)
        {
            text.Append(c switch
            {
                < ' ' => (char)(0x2400 + c),
                '\u007f' => '\u2421',
                _ when char.IsControl(c) => '\u00bf',
                _ => c,
            });
        }

        return text.ToString();
    }

    /// <summary>Formats an integer with the invariant culture.</summary>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void WriteRow(TextWriter writer, string[] row, int[] widths)
    {
        List<string>[] pieces = [.. row.Select((cell, i) => cell.Length > widths[i] && !rightAligned[i] ? Wrap(cell, widths[i]) : [cell])];
        int lines = pieces.Max(p => p.Count);
        for (int l = 0; l < lines; l++)
        {
            var line = new StringBuilder();
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                string cell = l < pieces[i].Count ? pieces[i][l] : string.Empty;
                line.Append(rightAligned[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var pieces = new List<string>();
        string rest = text;
        while (rest.Length > width)
        {
            int cut = rest.LastIndexOf(' ', width);
            if (cut <= 0)
            {
                cut = width;
            }

            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        pieces.Add(rest);
        return pieces;
    }
}
