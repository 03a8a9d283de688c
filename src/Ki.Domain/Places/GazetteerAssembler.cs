using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Places;

/// <summary>
/// Turns the rows read by a loader into a gazetteer, or throws <see cref="KiDataException"/> naming the line, the
/// field and the reason. Shared by the CSV and the text loader, so both check the same rules.
/// </summary>
internal sealed class GazetteerAssembler(Func<int, string> districtLocation, Func<int, string> municipalityLocation)
{
    private readonly List<DistrictRow> _districts = [];
    private readonly List<MunicipalityRow> _municipalities = [];

    /// <summary>A district row with the line it came from.</summary>
    public sealed record DistrictRow(int Line, DistrictKey Key, string Name, DistrictKind Kind, long Population, decimal AreaKm2);

    /// <summary>A municipality row with the line it came from.</summary>
    public sealed record MunicipalityRow(int Line, MunicipalityKey Key, string Name, MunicipalityKind Kind, long Population, decimal AreaKm2, string? PostalCode);

    /// <summary>The district rows read so far.</summary>
    public IReadOnlyList<DistrictRow> Districts => _districts;

    /// <summary>The municipality rows read so far.</summary>
    public IReadOnlyList<MunicipalityRow> Municipalities => _municipalities;

    public void Add(DistrictRow row) => _districts.Add(row);

    public void Add(MunicipalityRow row) => _municipalities.Add(row);

    /// <summary>Builds the gazetteer; nothing is returned unless every row and every total is right.</summary>
    public Gazetteer Build(string source, LocalDate referenceDate, IReadOnlyList<(MunicipalityKey Key, int Line)> separateCentreCities)
    {
        var districtLines = new Dictionary<DistrictKey, int>();
        foreach (DistrictRow row in _districts)
        {
            if (!districtLines.TryAdd(row.Key, row.Line))
            {
                throw new KiDataException(districtLocation(row.Line), $"field 'key': district {row.Key.Code} appears twice, first at {districtLocation(districtLines[row.Key])}.",
                    $"Feld 'key': der Kreis {row.Key.Code} steht zweimal da, zuerst in {GermanReason.Location(districtLocation(districtLines[row.Key]))}.");
            }
        }

        var municipalityLines = new Dictionary<MunicipalityKey, int>();
        var members = new Dictionary<DistrictKey, List<MunicipalityKey>>();
        var municipalities = new List<Municipality>(_municipalities.Count);
        foreach (MunicipalityRow row in _municipalities)
        {
            if (!municipalityLines.TryAdd(row.Key, row.Line))
            {
                throw new KiDataException(municipalityLocation(row.Line), $"field 'key': municipality {row.Key.Code} appears twice, first at {municipalityLocation(municipalityLines[row.Key])}.",
                    $"Feld 'key': die Gemeinde {row.Key.Code} steht zweimal da, zuerst in {GermanReason.Location(municipalityLocation(municipalityLines[row.Key]))}.");
            }

            if (!districtLines.ContainsKey(row.Key.District))
            {
                throw new KiDataException(municipalityLocation(row.Line), $"field 'key': municipality {row.Key.Code} belongs to district {row.Key.District.Code}, which has no district row.",
                    $"Feld 'key': die Gemeinde {row.Key.Code} gehört zum Kreis {row.Key.District.Code}, für den keine Kreiszeile da ist.");
            }

            try
            {
                municipalities.Add(new Municipality(row.Key, row.Name, row.Kind, row.Population, row.AreaKm2, row.PostalCode));
            }
            catch (ArgumentException e)
            {
                throw new KiDataException(municipalityLocation(row.Line), $"field '{e.ParamName}': {GermanReason.EnglishOf(e)}", $"Feld '{e.ParamName}': {GermanReason.GermanOf(e)}", e);
            }

            if (!members.TryGetValue(row.Key.District, out List<MunicipalityKey>? list))
            {
                list = [];
                members.Add(row.Key.District, list);
            }

            list.Add(row.Key);
        }

        var districts = new List<District>(_districts.Count);
        foreach (DistrictRow row in _districts)
        {
            try
            {
                districts.Add(new District(row.Key, row.Name, row.Kind, row.Population, row.AreaKm2, members.TryGetValue(row.Key, out List<MunicipalityKey>? list) ? list : []));
            }
            catch (ArgumentException e)
            {
                string field = e.ParamName == "municipalityKeys" ? "municipalities" : e.ParamName ?? "row";
                throw new KiDataException(districtLocation(row.Line), $"field '{field}': {GermanReason.EnglishOf(e)}", $"Feld '{field}': {GermanReason.GermanOf(e)}", e);
            }
        }

        Gazetteer? gazetteer = Gazetteer.TryCreate(source, referenceDate, districts, municipalities, separateCentreCities.Select(c => c.Key), out GazetteerProblem? problem);
        if (gazetteer is not null)
        {
            return gazetteer;
        }

        int cityLine = separateCentreCities.LastOrDefault(c => c.Key == problem!.Municipality).Line;
        string location = problem!.Field == GazetteerProblem.SeparateCentreField
            ? (cityLine > 0 ? districtLocation(cityLine) : "separate centre cities")
            : problem.District is { } d ? districtLocation(districtLines[d])
            : problem.Municipality is { } m && municipalityLines.TryGetValue(m, out int line) ? municipalityLocation(line)
            : "gazetteer";
        throw new KiDataException(location, $"field '{problem.Field}': {problem.Message}", $"Feld '{problem.Field}': {problem.MessageGerman}");
    }
}
