using Ki.Domain.Internal;
using Ki.Domain.Places;
using static Ki.Domain.Serialization.PlacesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for the Places room: the whole <see cref="Gazetteer"/> (the gazetteer file, so that a host can load a newer
/// register) and single <see cref="District"/>, <see cref="Municipality"/> and <see cref="IntegrationCentre"/> documents.
/// </summary>
/// <remarks>
/// <para>
/// Every document is an object with <c>"schemaVersion": 1</c>; the gazetteer file's layout is described by
/// <c>docs/schemas/gazetteer.schema.json</c>. Keys are code strings (<c>"05974"</c>), areas decimal strings in km²
/// (<c>"1328.63"</c>), the reference date an ISO date, names exactly as the register writes them.
/// </para>
/// <para>
/// Reading goes through <see cref="KiJson"/>: <see cref="KiJsonLimits"/> are checked first, unknown or duplicate
/// properties are refused, and every problem, including an inconsistent gazetteer (a district whose totals differ
/// from its members' sums), is a <see cref="KiDataException"/> whose <see cref="KiDataException.Location"/> is the
/// JSON path. <c>Read(Write(x))</c> gives a value equal to <c>x</c>. Stateless; safe to call from many threads.
/// </para>
/// </remarks>
public static class GazetteerJson
{
    /// <summary>Writes a gazetteer as the gazetteer JSON document (indented UTF-8).</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public static byte[] Write(Gazetteer gazetteer)
    {
        Preconditions.CheckNotNull(gazetteer);
        var document = new GazetteerDocument(
            JsonDocuments.SchemaVersion,
            gazetteer.Source,
            gazetteer.ReferenceDate,
            gazetteer.SeparateCentreCities,
            [.. gazetteer.Districts.Select(DistrictData.From)],
            [.. gazetteer.Municipalities.Select(MunicipalityData.From)]);
        return JsonDocuments.Write(document, KiJsonContext.Default.GazetteerDocument);
    }

    /// <summary>Reads a gazetteer JSON document within <see cref="KiJsonLimits.Default"/>; see <see cref="Read(ReadOnlySpan{byte}, KiJsonLimits?)"/>.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="KiDataException">The document is malformed, of another schema version, breaks a limit, or
    /// describes an inconsistent gazetteer; the exception names the JSON path and the reason.</exception>
    public static Gazetteer Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a gazetteer JSON document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="KiDataException">The document is malformed, of another schema version, breaks a limit, or
    /// describes an inconsistent gazetteer; the exception names the JSON path and the reason.</exception>
    public static Gazetteer Read(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits)
    {
        GazetteerDocument document = JsonDocuments.Read(utf8Json, KiJsonContext.Default.GazetteerDocument, limits, "gazetteer");
        return ToGazetteer(document);
    }

    /// <summary>Reads a gazetteer JSON document from a stream within <see cref="KiJsonLimits.Default"/>, refusing to read past the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, too large or inconsistent (see <see cref="Read(ReadOnlySpan{byte}, KiJsonLimits?)"/>).</exception>
    public static Gazetteer Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a gazetteer JSON document from a stream, refusing to read past the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, too large or inconsistent (see <see cref="Read(ReadOnlySpan{byte}, KiJsonLimits?)"/>).</exception>
    public static Gazetteer Read(Stream utf8Json, KiJsonLimits? limits) => Read(JsonDocuments.ReadAll(utf8Json, limits), limits);

    /// <summary>Reads a gazetteer JSON file; error locations start with the file name.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="KiDataException">The content is malformed, too large or inconsistent.</exception>
    public static Gazetteer ReadFile(string path, KiJsonLimits? limits = null) =>
        JsonDocuments.ReadFile(path, limits, bytes => Read(bytes, limits));

    /// <summary>Writes one district as a district document, <c>{"schemaVersion":1,"district":{...}}</c>.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static byte[] Write(District district) =>
        JsonDocuments.Write(new DistrictDocument(JsonDocuments.SchemaVersion, DistrictData.From(Preconditions.CheckNotNull(district))), KiJsonContext.Default.DistrictDocument);

    /// <summary>Reads a district document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The district.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a rule of <see cref="District"/>.</exception>
    public static District ReadDistrict(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ToDistrict(JsonDocuments.Read(utf8Json, KiJsonContext.Default.DistrictDocument, limits, "district").District, "$.district");

    /// <summary>Writes one municipality as a municipality document, <c>{"schemaVersion":1,"municipality":{...}}</c>.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> is null.</exception>
    public static byte[] Write(Municipality municipality) =>
        JsonDocuments.Write(new MunicipalityDocument(JsonDocuments.SchemaVersion, MunicipalityData.From(Preconditions.CheckNotNull(municipality))), KiJsonContext.Default.MunicipalityDocument);

    /// <summary>Reads a municipality document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a rule of <see cref="Municipality"/>.</exception>
    public static Municipality ReadMunicipality(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ToMunicipality(JsonDocuments.Read(utf8Json, KiJsonContext.Default.MunicipalityDocument, limits, "municipality").Municipality, "$.municipality");

    /// <summary>Writes one KI place as an integration centre document, <c>{"schemaVersion":1,"integrationCentre":{...}}</c>.</summary>
    /// <param name="centre">The integration centre.</param>
    /// <returns>The document: code, district, city (for a town with its own KI), operator name, the municipalities served and their totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="centre"/> is null.</exception>
    public static byte[] Write(IntegrationCentre centre) =>
        JsonDocuments.Write(new IntegrationCentreDocument(JsonDocuments.SchemaVersion, IntegrationCentreData.From(Preconditions.CheckNotNull(centre))), KiJsonContext.Default.IntegrationCentreDocument);

    /// <summary>
    /// Reads an integration centre document against a gazetteer: a KI place is derived from the gazetteer's data, so
    /// the document must name one of its centres and agree with it in every field.
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="gazetteer">The gazetteer the centre belongs to.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The gazetteer's centre with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed, names no centre of the gazetteer, or differs from it in a field.</exception>
    public static IntegrationCentre ReadIntegrationCentre(ReadOnlySpan<byte> utf8Json, Gazetteer gazetteer, KiJsonLimits? limits = null)
    {
        Preconditions.CheckNotNull(gazetteer);
        IntegrationCentreData data = JsonDocuments.Read(utf8Json, KiJsonContext.Default.IntegrationCentreDocument, limits, "integration centre").IntegrationCentre;
        IntegrationCentre centre = gazetteer.IntegrationCentres.FirstOrDefault(c => string.Equals(c.Code, data.Code, StringComparison.Ordinal))
            ?? throw new KiDataException("$.integrationCentre.code", $"The gazetteer ({gazetteer.Source}) has no integration centre {data.Code}.",
                $"Das Gemeindeverzeichnis ({gazetteer.Source}) hat kein Kommunales Integrationszentrum {data.Code}.");
        IntegrationCentreData expected = IntegrationCentreData.From(centre);
        string? field =
            data.District != expected.District ? "district"
            : data.City != expected.City ? "city"
            : !string.Equals(data.OperatorName, expected.OperatorName, StringComparison.Ordinal) ? "operatorName"
            : !data.Municipalities.SequenceEqual(expected.Municipalities) ? "municipalities"
            : data.Population != expected.Population ? "population"
            : data.AreaKm2 != expected.AreaKm2 ? "areaKm2"
            : null;
        return field is null
            ? centre
            : throw new KiDataException($"$.integrationCentre.{field}", $"The integration centre {data.Code} differs from the gazetteer's ({gazetteer.Source}) in '{field}'.",
                $"Das Kommunale Integrationszentrum {data.Code} weicht im Feld '{field}' von dem des Gemeindeverzeichnisses ({gazetteer.Source}) ab.");
    }

    private static Gazetteer ToGazetteer(GazetteerDocument document)
    {
        var districts = new List<District>(document.Districts.Count);
        for (int i = 0; i < document.Districts.Count; i++)
        {
            districts.Add(ToDistrict(document.Districts[i], $"$.districts[{i}]"));
        }

        var municipalities = new List<Municipality>(document.Municipalities.Count);
        for (int i = 0; i < document.Municipalities.Count; i++)
        {
            municipalities.Add(ToMunicipality(document.Municipalities[i], $"$.municipalities[{i}]"));
        }

        if (string.IsNullOrWhiteSpace(document.Source) || document.Source.Any(char.IsControl))
        {
            throw new KiDataException("$.source", "The source must be one line of text, not blank, without tabs or line breaks.",
                "Die Quelle muss eine Zeile Text sein, nicht leer, ohne Tabulatoren oder Zeilenumbrüche.");
        }

        Gazetteer? gazetteer;
        GazetteerProblem? problem;
        try
        {
            gazetteer = Gazetteer.TryCreate(document.Source, document.ReferenceDate, districts, municipalities, document.SeparateCentreCities, out problem);
        }
        catch (OverflowException e)
        {
            throw new KiDataException("$.municipalities", $"The populations or areas are too large to add up: {e.Message}",
                "Die Einwohnerzahlen oder Flächen sind zu groß, um sie zu addieren.", e);
        }

        if (gazetteer is not null)
        {
            return gazetteer;
        }

        string location = problem!.Field == GazetteerProblem.SeparateCentreField
            ? $"$.separateCentreCities[{IndexOf(document.SeparateCentreCities, problem.Municipality)}]"
            : problem.District is { } d ? $"$.districts[{IndexOf(document.Districts.Select(x => x.Key), d)}].{WireField(problem.Field)}"
            : problem.Municipality is { } m ? $"$.municipalities[{IndexOf(document.Municipalities.Select(x => x.Key), m)}].{WireField(problem.Field)}"
            : "$.districts";
        throw new KiDataException(location, problem.Message, problem.MessageGerman);
    }

    private static int IndexOf<T>(IEnumerable<T> items, T? wanted)
        where T : struct
    {
        int index = 0;
        int last = -1;
        foreach (T item in items)
        {
            if (wanted is { } w && EqualityComparer<T>.Default.Equals(item, w))
            {
                last = index;
            }

            index++;
        }

        return Math.Max(last, 0);
    }

    private static string WireField(string field) => field switch
    {
        "area" => "areaKm2",
        "district" => "key",
        _ => field,
    };

    private static District ToDistrict(DistrictData data, string path)
    {
        try
        {
            return new District(data.Key, data.Name, data.Kind, data.Population, data.AreaKm2, data.Municipalities);
        }
        catch (ArgumentException e)
        {
            throw GermanReason.ToDataException($"{path}.{(e.ParamName == "municipalityKeys" ? "municipalities" : e.ParamName)}", e);
        }
    }

    private static Municipality ToMunicipality(MunicipalityData data, string path)
    {
        try
        {
            return new Municipality(data.Key, data.Name, data.Kind, data.Population, data.AreaKm2, data.PostalCode);
        }
        catch (ArgumentException e)
        {
            throw GermanReason.ToDataException($"{path}.{e.ParamName}", e);
        }
    }
}
