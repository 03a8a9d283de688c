using System.Text;
using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>The embedded default, loading from files, and writing the library's own format.</summary>
public sealed partial class Gazetteer
{
    /// <summary>The manifest name of the embedded default gazetteer.</summary>
    internal const string EmbeddedResourceName = "Ki.Domain.Places.Data.nrw-gazetteer-2019-12-31.txt";

    private static readonly Lazy<Gazetteer> EmbeddedDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The embedded gazetteer of North Rhine-Westphalia: 53 districts, 396 municipalities, population at 31.12.2019
    /// (Destatis GV-ISys), with the city of Aachen counted as its own KI place (54 integration centres).
    /// </summary>
    /// <remarks>Loaded once, on first use, from a resource inside the package; safe to use from any thread.</remarks>
    public static Gazetteer Default => EmbeddedDefault.Value;

    /// <summary>Reads a gazetteer in the library's own text format (<c>ki-gazetteer 1</c>, see <see cref="ToText"/>).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">A name for the input, such as a file name, used in error locations; null gives bare line numbers.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="KiDataException">A record is malformed, a key appears twice, a municipality's district is
    /// missing, a district's totals differ from its members' sums, or the source or date is missing; a line holds
    /// U+FFFD (bytes that were not UTF-8); the text has more than 200,000 lines, a line more than 16,384 characters or
    /// the text more than 32 MiB (checked while reading); the exception names the line, the field and the reason, and
    /// nothing is returned.</exception>
    public static Gazetteer FromText(TextReader reader, string? name = null) =>
        GazetteerTextFormat.Read(Preconditions.CheckNotNull(reader), name);

    /// <summary>Reads a gazetteer file in the library's own text format (UTF-8; a byte that is not UTF-8 is refused
    /// with its line, with a hint when the file looks like Latin-1 or Windows-1252).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="KiDataException">The content is malformed or inconsistent (see <see cref="FromText"/>).</exception>
    public static Gazetteer FromTextFile(string path)
    {
        Preconditions.CheckNotNull(path);
        using Internal.LimitedTextReader reader = Internal.LimitedTextReader.OpenFile(path);
        return FromText(reader, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a gazetteer in the GV-ISys CSV layout: a district file and a municipality file with named columns
    /// (<c>kreisschluessel, name, typ, bevoelkerung_DD_MM_YYYY, flaeche_km2</c> and
    /// <c>ags, name, kreisschluessel, typ, bevoelkerung_DD_MM_YYYY, flaeche_km2, plz</c>).
    /// </summary>
    /// <param name="districts">The district file's text.</param>
    /// <param name="municipalities">The municipality file's text.</param>
    /// <param name="separateCentreCities">The towns that run their own KI apart from their district; null takes those
    /// of <see cref="Default"/> (the city of Aachen), since GV-ISys does not record them.</param>
    /// <param name="source">The source, when the files name none in a <c># source:</c> comment.</param>
    /// <returns>The gazetteer; its reference date is the one the population column is named after.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="districts"/> or <paramref name="municipalities"/> is null.</exception>
    /// <exception cref="KiDataException">A header or row is malformed, the two files disagree, or a district's totals
    /// differ from its members' sums; the exception names the file, the line, the field and the reason, and nothing is
    /// returned.</exception>
    public static Gazetteer FromGvIsysCsv(TextReader districts, TextReader municipalities, IEnumerable<MunicipalityKey>? separateCentreCities = null, string? source = null) =>
        GvIsysCsvFormat.Read(
            Preconditions.CheckNotNull(districts), "districts",
            Preconditions.CheckNotNull(municipalities), "municipalities",
            separateCentreCities ?? Default.SeparateCentreCities,
            source);

    /// <summary>Reads a gazetteer from two files in the GV-ISys CSV layout (UTF-8; see <see cref="FromGvIsysCsv"/>).</summary>
    /// <param name="districtsPath">The district file.</param>
    /// <param name="municipalitiesPath">The municipality file.</param>
    /// <param name="separateCentreCities">The towns that run their own KI; null takes those of <see cref="Default"/>.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="KiDataException">The content is malformed or inconsistent (see <see cref="FromGvIsysCsv"/>).</exception>
    public static Gazetteer FromGvIsysCsvFiles(string districtsPath, string municipalitiesPath, IEnumerable<MunicipalityKey>? separateCentreCities = null)
    {
        Preconditions.CheckNotNull(districtsPath);
        Preconditions.CheckNotNull(municipalitiesPath);
        using Internal.LimitedTextReader districts = Internal.LimitedTextReader.OpenFile(districtsPath);
        using Internal.LimitedTextReader municipalities = Internal.LimitedTextReader.OpenFile(municipalitiesPath);
        return GvIsysCsvFormat.Read(
            districts, Path.GetFileName(districtsPath),
            municipalities, Path.GetFileName(municipalitiesPath),
            separateCentreCities ?? Default.SeparateCentreCities,
            null);
    }

    /// <summary>
    /// Writes the gazetteer in the library's own text format, <c>ki-gazetteer 1</c>, which <see cref="FromText"/>
    /// reads back to an equal gazetteer.
    /// </summary>
    /// <returns>The text: UTF-8-ready, LF line ends, TAB-separated fields, described in its header comments.</returns>
    /// <remarks>
    /// Records: <c>ki-gazetteer 1</c> first; <c>source</c> and <c>reference-date</c> (ISO) once each;
    /// <c>separate-centre AGS</c> for each town with its own KI;
    /// <c>district key kind population area name</c> (kinds <c>kreis</c>, <c>kreisfreie-stadt</c>,
    /// <c>staedteregion</c>); <c>municipality AGS kind population area postal-code name</c> (kinds
    /// <c>kreisfreie-stadt</c>, <c>stadt</c>, <c>gemeinde</c>). Areas in km² with two decimals; lines starting
    /// with <c>#</c> are comments.
    /// </remarks>
    public string ToText() => GazetteerTextFormat.Write(this);

    private static Gazetteer LoadEmbedded()
    {
        using Stream stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded gazetteer '{EmbeddedResourceName}' is missing from the assembly; the package is broken.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return GazetteerTextFormat.Read(reader, EmbeddedResourceName);
    }
}
