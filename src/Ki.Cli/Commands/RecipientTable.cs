using System.Collections.Immutable;
using System.Globalization;
using Ki.Cli.Output;
using Ki.Domain;
using Ki.Domain.Money;

namespace Ki.Cli.Commands;

/// <summary>
/// A recipients file: CSV with a header row (lines starting with '#' are comments), RFC 4180 quoting, plain invariant
/// numbers (<c>1234.5</c>). The separator is a comma, or a semicolon when the header has semicolons and no commas (the
/// default of German spreadsheets). Every problem throws <see cref="KiDataException"/> naming the file, the line and
/// the field, never the content of the file (it may not be a recipients file at all).
/// </summary>
internal sealed class RecipientTable(string source, char separator, ImmutableArray<string> header, ImmutableArray<RecipientTable.Row> rows)
{
    /// <summary>The most data rows a file may have.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The file name, for messages.</summary>
    public string Source { get; } = source;

    /// <summary>The separator found in the header: ',' or ';'.</summary>
    public char Separator { get; } = separator;

    /// <summary>The column names.</summary>
    public ImmutableArray<string> Header { get; } = header;

    /// <summary>The data rows.</summary>
    public ImmutableArray<Row> Rows { get; } = rows;

    /// <summary>Reads a file named by <paramref name="what"/> (such as <c>--input</c>).</summary>
    public static RecipientTable Read(string path, string what)
    {
        string text = InputFile.ReadAllText(path, what);
        if (text.Contains('\0', StringComparison.Ordinal) || text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            throw new KiDataException(Path.GetFileName(path), "the file is not UTF-8 text (a binary file, or a spreadsheet saved as Windows-1252: save it as 'CSV UTF-8').",
                "die Datei ist kein UTF-8-Text (eine Binärdatei, oder eine als Windows-1252 gespeicherte Tabelle: als 'CSV UTF-8' speichern).");
        }

        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Reads the text of a recipients file.</summary>
    public static RecipientTable Parse(string text, string source)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        ImmutableArray<string>? header = null;
        char separator = ',';
        var rows = ImmutableArray.CreateBuilder<Row>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string location = $"{source}: line {i + 1}";
            if (header is null)
            {
                separator = line.Contains(';', StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal) ? ';' : ',';
                string[] names = [.. Split(line, separator, location).Select(c => c.Trim())];
                if (names.Any(n => n.Length == 0 || n.Length > 64 || n.Any(char.IsControl)))
                {
                    throw new KiDataException(location, "the first line is not a header of column names such as id,name,weight.",
                        "die erste Zeile ist keine Kopfzeile mit Spaltennamen wie id,name,weight.");
                }

                header = [.. names];
                string? twice = header.Value.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
                if (twice is not null)
                {
                    throw new KiDataException(location, $"the header names the column '{twice}' twice.",
                        $"die Kopfzeile nennt die Spalte '{twice}' zweimal.");
                }

                continue;
            }

            if (rows.Count == MaxRows)
            {
                throw new KiDataException(location, $"the file has more than {MaxRows:N0} rows, more than ki reads.",
                    string.Create(Lang.GermanNumbers, $"die Datei hat mehr als {MaxRows:N0} Zeilen, mehr als ki liest."));
            }

            string[] cells = Split(line, separator, location);
            if (cells.Length != header.Value.Length)
            {
                throw new KiDataException(location, $"the row has {cells.Length} fields, the header {header.Value.Length}{(separator == ';' ? " (separated by ';')" : string.Empty)}.",
                    $"die Zeile hat {cells.Length} Felder, die Kopfzeile {header.Value.Length}{(separator == ';' ? " (getrennt durch ';')" : string.Empty)}.");
            }

            rows.Add(new Row(location, separator, header.Value.Zip(cells).ToImmutableDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal)));
        }

        if (header is null)
        {
            throw new KiDataException(source, "the file has no header row.", "die Datei hat keine Kopfzeile.");
        }

        if (rows.Count == 0)
        {
            throw new KiDataException(source, "the file has a header but no rows; write one row per recipient below the header.",
                "die Datei hat eine Kopfzeile, aber keine Zeilen; unter die Kopfzeile eine Zeile je Empfänger schreiben.");
        }

        return new RecipientTable(source, separator, header.Value, rows.ToImmutable());
    }

    /// <summary>Throws unless the header has the column.</summary>
    public void Require(string column)
    {
        if (!Header.Contains(column))
        {
            throw new KiDataException($"{Source}: header", $"the column '{column}' is missing (the file has {Header.Length} columns).",
                $"die Spalte '{column}' fehlt (die Datei hat {Header.Length} Spalten).");
        }
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting; a quoted field does not span lines here).</summary>
    private static string[] Split(string line, char separator, string location)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        bool wasQuoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0 && !wasQuoted)
            {
                cell.Clear();
                quoted = true;
                wasQuoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                wasQuoted = false;
            }
            else if (wasQuoted && !char.IsWhiteSpace(c))
            {
                throw new KiDataException(location, $"field {cells.Count + 1} has text after its closing quote.",
                    $"Feld {cells.Count + 1} hat Text nach seinem schließenden Anführungszeichen.");
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new KiDataException(location, $"field {cells.Count + 1} opens a quote that is not closed on this line.",
                $"Feld {cells.Count + 1} öffnet ein Anführungszeichen, das in dieser Zeile nicht geschlossen wird.");
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    /// <summary>One data row with its location for messages.</summary>
    internal sealed class Row(string location, char separator, ImmutableDictionary<string, string> cells)
    {
        /// <summary>Where the row is: file and line.</summary>
        public string Location { get; } = location;

        /// <summary>The text of a column, or <see langword="null"/> when the column is absent or the cell empty.</summary>
        public string? Text(string column) => cells.TryGetValue(column, out string? text) && text.Length > 0 ? text : null;

        /// <summary>A required text column.</summary>
        public string RequiredText(string column) => Text(column) ?? throw Empty(column);

        /// <summary>The problem of a required column left empty in this row.</summary>
        private KiDataException Empty(string column) => new(Location, $"field '{column}' is empty.", $"Feld '{column}' ist leer.");

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
                string hint = separator == ';' && text.Contains(',', StringComparison.Ordinal)
                    ? " (write decimals with a point, 1234.5, also in a file separated by ';')"
                    : string.Empty;
                string hintGerman = hint.Length > 0 ? " (Dezimalstellen mit Punkt schreiben, 1234.5, auch in einer durch ';' getrennten Datei)" : string.Empty;
                throw new KiDataException(Location, $"field '{column}' is not a plain number such as 1234.5{hint}.",
                    $"Feld '{column}' ist keine einfache Zahl wie 1234.5{hintGerman}.");
            }

            if (value < 0)
            {
                throw new KiDataException(Location, $"field '{column}' is negative.", $"Feld '{column}' ist negativ.");
            }

            return value;
        }

        /// <summary>A required non-negative number.</summary>
        public decimal RequiredNumber(string column) => Number(column) ?? throw Empty(column);

        /// <summary>A non-negative euro amount exact to the cent, or <see langword="null"/> when empty.</summary>
        public Euro? Amount(string column)
        {
            decimal? value = Number(column);
            if (value is null)
            {
                return null;
            }

            // Count the written decimals, not the value's: '1.000' has three and is never one euro.
            string text = Text(column)!;
            int point = text.IndexOf('.', StringComparison.Ordinal);
            if (point >= 0 && text.Length - point - 1 > 2)
            {
                throw new KiDataException(Location, $"field '{column}' has {text.Length - point - 1} decimals ('{text}'); amounts are in euros with at most two decimals.",
                    $"Feld '{column}' hat {text.Length - point - 1} Nachkommastellen ('{text}'); Beträge sind in Euro mit höchstens zwei Nachkommastellen.");
            }

            try
            {
                return Euro.FromDecimal(value.Value);
            }
            catch (OverflowException)
            {
                throw new KiDataException(Location, $"field '{column}' is too large for an amount in euros.", $"Feld '{column}' ist zu groß für einen Betrag in Euro.");
            }
        }
    }
}
