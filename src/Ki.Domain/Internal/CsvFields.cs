using System.Text;

namespace Ki.Domain.Internal;

/// <summary>Splits one CSV line (RFC 4180 quoting, fields on one line) into its fields.</summary>
internal static class CsvFields
{
    /// <summary>Splits the line; returns null on success, else the reason.</summary>
    public static ReasonText? TrySplit(string line, List<string> fields)
    {
        fields.Clear();
        var field = new StringBuilder();
        int i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return new($"field {fields.Count + 1} opens a quote that is not closed on this line", $"Feld {fields.Count + 1} öffnet ein Anführungszeichen, das in dieser Zeile nicht geschlossen wird");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    return new($"field {fields.Count + 1} has text after its closing quote", $"Feld {fields.Count + 1} hat Text nach seinem schließenden Anführungszeichen");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        return new($"field {fields.Count + 1} has a quote inside an unquoted value", $"Feld {fields.Count + 1} hat ein Anführungszeichen in einem Wert ohne Anführungszeichen");
                    }

                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return null;
            }

            i++; // the comma
        }
    }
}
