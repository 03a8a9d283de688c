using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Places;
using NodaTime.Text;

namespace Ki.Cli.Commands;

/// <summary>What the place verbs share: JSON writing by hand (no reflection), number formats, the source line.</summary>
internal static class PlaceOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document to <paramref name="output"/>, followed by a line end.</summary>
    public static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes the gazetteer's source and reference date as properties.</summary>
    public static void WriteProvenance(Utf8JsonWriter json, Gazetteer gazetteer)
    {
        json.WriteString("source", gazetteer.Source);
        json.WriteString("referenceDate", ReferenceDate(gazetteer));
    }

    /// <summary>Writes totals as an object property.</summary>
    public static void WriteTotals(Utf8JsonWriter json, string name, PlaceTotals totals)
    {
        json.WriteStartObject(name);
        json.WriteNumber("municipalities", totals.MunicipalityCount);
        json.WriteNumber("population", totals.Population);
        json.WriteString("areaKm2", Area(totals.AreaKm2));
        json.WriteEndObject();
    }

    /// <summary>The reference date in ISO form, such as <c>2019-12-31</c>.</summary>
    public static string ReferenceDate(Gazetteer gazetteer) => LocalDatePattern.Iso.Format(gazetteer.ReferenceDate);

    /// <summary>An area with exactly two decimals, invariant (areas have at most two, so nothing is rounded).</summary>
    public static string Area(decimal km2) => km2.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A count, invariant.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes one CSV row per place, with the CSV names of the columns as the header.</summary>
    public static void WriteCsv<T>(TextWriter output, IReadOnlyList<PlaceColumn<T>> columns, IEnumerable<T> places)
    {
        var csv = new TabularResult([.. columns.Select(c => c.Csv)], [.. columns.Select(c => c.IsFigure)]);
        foreach (T place in places)
        {
            csv.Add([.. columns.Select(c => c.CsvCell(place))]);
        }

        csv.WriteCsv(output);
    }

    /// <summary>Writes a heading, a table of the places in the session's language with a totals row, and a footer line.</summary>
    public static void WriteTable<T>(TextWriter output, IReadOnlyList<PlaceColumn<T>> columns, IEnumerable<T> places, string heading, IReadOnlyList<string> totals, string footer)
    {
        Lang lang = Session.Lang;
        var table = new TabularResult([.. columns.Select(c => lang.IsGerman ? c.German : c.English)], [.. columns.Select(c => c.IsFigure)]);
        foreach (T place in places)
        {
            table.Add([.. columns.Select(c => c.TableCell(place, lang))]);
        }

        output.WriteLine(heading);
        output.WriteLine();
        table.WriteTable(output, totals);
        output.WriteLine();
        output.WriteLine(footer);
    }

    /// <summary>The line under a table that names the figures' date and source.</summary>
    public static void WriteSourceLine(TextWriter output, Gazetteer gazetteer) =>
        output.WriteLine($"Population at {ReferenceDate(gazetteer)}. Source: {gazetteer.Source}");
}
