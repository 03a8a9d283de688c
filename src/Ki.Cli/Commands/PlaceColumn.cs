using Ki.Cli.Output;

namespace Ki.Cli.Commands;

/// <summary>
/// One column of a list of places: its CSV name, its table heading in English and German, whether it holds a figure
/// (right-aligned), and a place's cell in CSV (codes, invariant figures) and in the table (German terms, figures in the
/// session's language). One definition serves both formats, so their columns cannot drift apart.
/// </summary>
/// <typeparam name="T">The place: a district or a municipality.</typeparam>
/// <param name="Csv">The CSV column name, such as <c>area_km2</c>.</param>
/// <param name="English">The English table heading.</param>
/// <param name="German">The German table heading.</param>
/// <param name="IsFigure">Whether the column holds a figure (right-aligned).</param>
/// <param name="CsvCell">A place's cell in CSV.</param>
/// <param name="TableCell">A place's cell in the table, in the given language.</param>
internal sealed record PlaceColumn<T>(string Csv, string English, string German, bool IsFigure, Func<T, string> CsvCell, Func<T, Lang, string> TableCell);
