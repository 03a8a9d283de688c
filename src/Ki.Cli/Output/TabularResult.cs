using System.Globalization;
using System.Text;

namespace Ki.Cli.Output;

/// <summary>
/// Rows of text cells with a header, written as an aligned table or as CSV. JSON is written by each verb with
/// <see cref="System.Text.Json.Utf8JsonWriter"/>, since its shape differs from the flat rows.
/// </summary>
internal sealed class TabularResult(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned)
{
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

    /// <summary>Writes the rows as an aligned table with a header line.</summary>
    public void WriteTable(TextWriter writer, IReadOnlyList<string>? footer = null)
    {
        var widths = new int[header.Count];
        IEnumerable<IReadOnlyList<string>> all = _rows.Append(header.ToArray());
        if (footer is not null)
        {
            all = all.Append(footer);
        }

        foreach (IReadOnlyList<string> row in all)
        {
            for (int i = 0; i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(writer, header, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in _rows)
        {
            WriteRow(writer, row, widths);
        }

        if (footer is not null)
        {
            writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            WriteRow(writer, footer, widths);
        }
    }

    /// <summary>Writes the rows as CSV with a header row.</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.WriteLine(string.Join(',', header.Select(Quote)));
        foreach (string[] row in _rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Quote)));
        }
    }

    private void WriteRow(TextWriter writer, IReadOnlyList<string> row, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(rightAligned[i] ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>Formats an integer with the invariant culture.</summary>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
