using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Cli.Commands;

/// <summary>
/// A recipients file: CSV with a header row (lines starting with '#' are comments), RFC 4180 quoting, plain invariant
/// numbers (<c>1234.5</c>). Every problem throws <see cref="KiDataException"/> naming the line, the field and the value.
/// </summary>
internal sealed class RecipientTable
{
    private RecipientTable(string source, ImmutableArray<string> header, ImmutableArray<Row> rows)
    {
        Source = source;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name, for messages.</summary>
    public string Source { get; }

    /// <summary>The column names.</summary>
    public ImmutableArray<string> Header { get; }

    /// <summary>The data rows.</summary>
    public ImmutableArray<Row> Rows { get; }

    /// <summary>Reads a file.</summary>
    public static RecipientTable Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string source = Path.GetFileName(path);
        ImmutableArray<string>? header = null;
        var rows = ImmutableArray.CreateBuilder<Row>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string location = $"{source}: line {i + 1}";
            string[] cells = Split(line, location);
            if (header is null)
            {
                header = [.. cells.Select(c => c.Trim())];
                string? twice = header.Value.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
                if (twice is not null)
                {
                    throw new KiDataException(location, $"the header names the column '{twice}' twice.");
                }

                continue;
            }

            if (cells.Length != header.Value.Length)
            {
                throw new KiDataException(location, $"the row has {cells.Length} fields, the header {header.Value.Length}.");
            }

            rows.Add(new Row(location, header.Value.Zip(cells).ToImmutableDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal)));
        }

        if (header is null)
        {
            throw new KiDataException(source, "the file has no header row.");
        }

        return new RecipientTable(source, header.Value, rows.ToImmutable());
    }

    /// <summary>Throws unless the header has the column.</summary>
    public void Require(string column)
    {
        if (!Header.Contains(column))
        {
            throw new KiDataException($"{Source}: header", $"the column '{column}' is missing (the header is '{string.Join(',', Header)}').");
        }
    }

    private static string[] Split(string line, string location)
    {
        var cells = new List<string>();
        string? problem = CsvFields.TrySplit(line, cells);
        return problem is null ? [.. cells] : throw new KiDataException(location, problem + ".");
    }

    /// <summary>One data row with its location for messages.</summary>
    internal sealed class Row(string location, ImmutableDictionary<string, string> cells)
    {
        /// <summary>Where the row is: file and line.</summary>
        public string Location { get; } = location;

        /// <summary>The text of a column, or <see langword="null"/> when the column is absent or the cell empty.</summary>
        public string? Text(string column) => cells.TryGetValue(column, out string? text) && text.Length > 0 ? text : null;

        /// <summary>A required text column.</summary>
        public string RequiredText(string column) =>
            Text(column) ?? throw new KiDataException(Location, $"field '{column}' is empty.");

        /// <summary>A non-negative plain invariant number, or <see langword="null"/> when empty.</summary>
        public decimal? Number(string column)
        {
            string? text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                throw new KiDataException(Location, $"field '{column}': '{text}' is not a plain number such as 1234.5.");
            }

            if (value < 0)
            {
                throw new KiDataException(Location, $"field '{column}': '{text}' is negative.");
            }

            return value;
        }

        /// <summary>A required non-negative number.</summary>
        public decimal RequiredNumber(string column) =>
            Number(column) ?? throw new KiDataException(Location, $"field '{column}' is empty.");

        /// <summary>A non-negative euro amount exact to the cent, or <see langword="null"/> when empty.</summary>
        public Euro? Amount(string column)
        {
            decimal? value = Number(column);
            if (value is null)
            {
                return null;
            }

            // Read the text itself, not the decimal: '1.000' has three decimals and is never one euro.
            string text = Text(column)!;
            int point = text.IndexOf('.', StringComparison.Ordinal);
            int decimals = point < 0 ? 0 : text.Length - point - 1;
            if (decimals > 2)
            {
                throw new KiDataException(Location, $"field '{column}': '{text}' has {decimals} decimals, but an amount in euros has at most two (cents).");
            }

            try
            {
                return Euro.Parse(text, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                throw new KiDataException(Location, $"field '{column}': '{text}' is not a plain amount such as 1234.50.");
            }
            catch (OverflowException e)
            {
                throw new KiDataException(Location, $"field '{column}': '{Text(column)}' is too large for an amount.", e);
            }
        }
    }
}
