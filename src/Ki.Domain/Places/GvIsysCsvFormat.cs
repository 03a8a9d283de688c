using Ki.Domain.Internal;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.Places;

/// <summary>
/// Reads the GV-ISys CSV layout (Destatis Gemeindeverzeichnis): a district file and a municipality file, each with
/// a header row that names its columns, optional <c>#</c> comment lines (the first <c># source:</c> comment names
/// the source), and the population column named after its reference date, <c>bevoelkerung_DD_MM_YYYY</c>.
/// </summary>
/// <remarks>
/// District columns: <c>kreisschluessel, name, typ, bevoelkerung_DD_MM_YYYY, flaeche_km2</c>; checked when
/// present: <c>regierungsbezirk_code, regierungsbezirk, anzahl_gemeinden</c>. Municipality columns:
/// <c>ags, name, kreisschluessel, typ, bevoelkerung_DD_MM_YYYY, flaeche_km2</c>; optional <c>plz</c>; checked
/// when present: <c>ars, kreis</c>. Other columns are ignored; order does not matter.
/// </remarks>
internal static class GvIsysCsvFormat
{
    private const string PopulationPrefix = "bevoelkerung_";
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("dd'_'MM'_'uuuu");

    /// <summary>Reads both files; the names prefix the line numbers of errors.</summary>
    public static Gazetteer Read(TextReader districts, string districtsName, TextReader municipalities, string municipalitiesName, IEnumerable<MunicipalityKey> separateCentreCities, string? fallbackSource)
    {
        // Lines, line lengths and the text's size are limited while reading; see LimitedTextReader.
        districts = districts as LimitedTextReader ?? new LimitedTextReader(districts, districtsName);
        municipalities = municipalities as LimitedTextReader ?? new LimitedTextReader(municipalities, municipalitiesName);
        var assembler = new GazetteerAssembler(l => $"{districtsName} line {l}", l => $"{municipalitiesName} line {l}");
        var districtExtras = new Dictionary<DistrictKey, (int Line, int? Count)>();
        var districtNames = new Dictionary<DistrictKey, string>();

        Table dt = Table.Open(districts, districtsName, ["kreisschluessel", "name", "typ", "flaeche_km2"]);
        foreach ((int line, Func<string, string?> get, Func<string, ReasonText, KiDataException> fail) in dt.Rows())
        {
            DistrictKey key = GazetteerTextFormat.ParseKey<DistrictKey>(get("kreisschluessel")!, DistrictKey.ParseNrw, (_, r) => fail("kreisschluessel", r));
            string typ = get("typ")!;
            DistrictKind kind = PlaceKinds.DistrictKindFrom(typ) ?? throw fail("typ", new($"'{typ}' is not a district type (Kreis, kreisfreie Stadt, Kreis (Städteregion))", $"'{typ}' ist kein Typ eines Kreises (Kreis, kreisfreie Stadt, Kreis (Städteregion))"));
            (long population, decimal area, string name) = Common(get, fail, dt.PopulationColumn);
            GovernmentRegion region = GovernmentRegion.Of(key.Region);
            if (get("regierungsbezirk_code") is { } rc && rc != region.Key.Code)
            {
                throw fail("regierungsbezirk_code", new($"'{rc}' does not match the key {key.Code}, which lies in {region.Key.Code}", $"'{rc}' passt nicht zum Schlüssel {key.Code}, der im Regierungsbezirk {region.Key.Code} liegt"));
            }

            if (get("regierungsbezirk") is { } rn && rn != region.Name)
            {
                throw fail("regierungsbezirk", new($"'{rn}' is not the name of Regierungsbezirk {region.Key.Code}, {region.Name}", $"'{rn}' ist nicht der Name des Regierungsbezirks {region.Key.Code}, {region.Name}"));
            }

            int? count = null;
            if (get("anzahl_gemeinden") is { } cn)
            {
                count = FieldParser.Population(cn, out long c) is { } cr || c > int.MaxValue ? throw fail("anzahl_gemeinden", new($"'{cn}' is not a count", $"'{cn}' ist keine Anzahl")) : (int)c;
            }

            districtExtras[key] = (line, count);
            districtNames[key] = name;
            assembler.Add(new GazetteerAssembler.DistrictRow(line, key, name, kind, population, area));
        }

        Table mt = Table.Open(municipalities, municipalitiesName, ["ags", "name", "kreisschluessel", "typ", "flaeche_km2"]);
        if (mt.ReferenceDate != dt.ReferenceDate)
        {
            throw new KiDataException($"{municipalitiesName} line {mt.HeaderLine}",
                $"field '{mt.PopulationColumn}': the population date differs from the district file's '{dt.PopulationColumn}'.",
                $"Feld '{mt.PopulationColumn}': der Stichtag der Einwohnerzahl weicht von dem der Kreisdatei ab, '{dt.PopulationColumn}'.");
        }

        foreach ((int line, Func<string, string?> get, Func<string, ReasonText, KiDataException> fail) in mt.Rows())
        {
            MunicipalityKey key = GazetteerTextFormat.ParseKey<MunicipalityKey>(get("ags")!, MunicipalityKey.ParseNrw, (_, r) => fail("ags", r));
            string ks = get("kreisschluessel")!;
            if (ks != key.District.Code)
            {
                throw fail("kreisschluessel", new($"'{ks}' is not the district of AGS {key.Code}, which is {key.District.Code}", $"'{ks}' ist nicht der Kreis des AGS {key.Code}; das ist {key.District.Code}"));
            }

            string typ = get("typ")!;
            MunicipalityKind kind = PlaceKinds.MunicipalityKindFrom(typ) ?? throw fail("typ", new($"'{typ}' is not a municipality type (kreisfreie Stadt, Stadt (kreisangehörig), Gemeinde (kreisangehörig))", $"'{typ}' ist kein Typ einer Gemeinde (kreisfreie Stadt, Stadt (kreisangehörig), Gemeinde (kreisangehörig))"));
            (long population, decimal area, string name) = Common(get, fail, mt.PopulationColumn);
            string? postalCode = FieldParser.PostalCode(get("plz") ?? string.Empty, out string? pc) is { } pcr ? throw fail("plz", pcr) : pc;
            if (get("ars") is { } ars && (ars.Length != 12 || !ars.StartsWith(key.Code[..5], StringComparison.Ordinal) || !ars.EndsWith(key.Code[5..], StringComparison.Ordinal)))
            {
                throw fail("ars", new($"'{ars}' is not a 12-digit Regionalschlüssel of AGS {key.Code}", $"'{ars}' ist kein zwölfstelliger Regionalschlüssel des AGS {key.Code}"));
            }

            if (get("kreis") is { } kreis && districtNames.TryGetValue(key.District, out string? dn) && kreis != dn)
            {
                throw fail("kreis", new($"'{kreis}' is not the name of district {key.District.Code} in the district file, '{dn}'", $"'{kreis}' ist nicht der Name des Kreises {key.District.Code} in der Kreisdatei, '{dn}'"));
            }

            assembler.Add(new GazetteerAssembler.MunicipalityRow(line, key, name, kind, population, area, postalCode));
        }

        foreach ((DistrictKey key, (int line, int? count)) in districtExtras)
        {
            int actual = assembler.Municipalities.Count(m => m.Key.District == key);
            if (count is { } expected && expected != actual)
            {
                throw new KiDataException($"{districtsName} line {line}", $"field 'anzahl_gemeinden': district {key.Code} says {expected} municipalities, but the municipality file has {actual}.",
                    $"Feld 'anzahl_gemeinden': der Kreis {key.Code} nennt {expected} Gemeinden, die Gemeindedatei hat aber {actual}.");
            }
        }

        string source = mt.Source ?? dt.Source ?? fallbackSource ?? $"GV-ISys CSV ({districtsName}, {municipalitiesName})";
        return assembler.Build(source, mt.ReferenceDate, [.. separateCentreCities.Select(c => (c, 0))]);
    }

    private static (long Population, decimal Area, string Name) Common(Func<string, string?> get, Func<string, ReasonText, KiDataException> fail, string populationColumn)
    {
        string popText = get(populationColumn)!;
        long population = FieldParser.Population(popText, out long p) is { } pr ? throw fail(populationColumn, pr) : p;
        string areaText = get("flaeche_km2")!;
        decimal area = FieldParser.Area(areaText, out decimal a) is { } ar ? throw fail("flaeche_km2", ar) : a;
        string name = get("name")!;
        return FieldParser.Name(name) is { } nr ? throw fail("name", nr) : (population, area, name);
    }

    /// <summary>A header-driven CSV table read line by line.</summary>
    private sealed class Table
    {
        private readonly TextReader _reader;
        private readonly string _name;
        private readonly Dictionary<string, int> _columns;
        private int _line;

        private Table(TextReader reader, string name, Dictionary<string, int> columns, int line, string? source, string populationColumn, LocalDate date)
        {
            _reader = reader;
            _name = name;
            _columns = columns;
            _line = line;
            HeaderLine = line;
            Source = source;
            PopulationColumn = populationColumn;
            ReferenceDate = date;
        }

        public int HeaderLine { get; }

        public string? Source { get; }

        public string PopulationColumn { get; }

        public LocalDate ReferenceDate { get; }

        public static Table Open(TextReader reader, string name, string[] required)
        {
            int line = 0;
            string? source = null;
            while (reader.ReadLine() is { } text)
            {
                line++;
                if (text.Length == 0)
                {
                    continue;
                }

                if (text[0] == '#')
                {
                    string comment = text[1..].Trim();
                    if (source is null && comment.StartsWith("source:", StringComparison.OrdinalIgnoreCase))
                    {
                        source = string.Join(' ', comment["source:".Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    }

                    continue;
                }

                KiDataException Fail(string field, ReasonText reason) => new($"{name} line {line}", $"field '{field}': {reason.English}.", $"Feld '{field}': {reason.German}.");
                var fields = new List<string>();
                if (CsvFields.TrySplit(text, fields) is { } why)
                {
                    throw Fail("header", why);
                }

                var columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < fields.Count; i++)
                {
                    if (!columns.TryAdd(fields[i].Trim(), i))
                    {
                        throw Fail(fields[i].Trim(), new("the column appears twice in the header", "die Spalte steht zweimal in der Kopfzeile"));
                    }
                }

                foreach (string column in required)
                {
                    if (!columns.ContainsKey(column))
                    {
                        throw Fail(column, new("the header has no such column", "die Kopfzeile hat diese Spalte nicht"));
                    }
                }

                string[] population = [.. columns.Keys.Where(c => c.StartsWith(PopulationPrefix, StringComparison.Ordinal))];
                if (population.Length != 1)
                {
                    throw Fail(PopulationPrefix + "DD_MM_YYYY", new($"the header needs exactly one population column named after its reference date, and has {population.Length}", $"die Kopfzeile braucht genau eine Spalte der Einwohnerzahl, benannt nach ihrem Stichtag, und hat {population.Length}"));
                }

                ParseResult<LocalDate> date = DatePattern.Parse(population[0][PopulationPrefix.Length..]);
                if (!date.Success)
                {
                    throw Fail(population[0], new("the population column must be named bevoelkerung_DD_MM_YYYY after its reference date", "die Spalte der Einwohnerzahl muss nach ihrem Stichtag bevoelkerung_TT_MM_JJJJ heißen"));
                }

                return new Table(reader, name, columns, line, source, population[0], date.Value);
            }

            throw new KiDataException(name, "field 'header': the file has no header row.", "Feld 'header': die Datei hat keine Kopfzeile.");
        }

        public IEnumerable<(int Line, Func<string, string?> Get, Func<string, ReasonText, KiDataException> Fail)> Rows()
        {
            var fields = new List<string>();
            while (_reader.ReadLine() is { } text)
            {
                _line++;
                int line = _line;
                if (text.Length == 0 || text[0] == '#')
                {
                    continue;
                }

                KiDataException Fail(string field, ReasonText reason) => new($"{_name} line {line}", $"field '{field}': {reason.English}.", $"Feld '{field}': {reason.German}.");
                if (CsvFields.TrySplit(text, fields) is { } why)
                {
                    throw Fail("row", why);
                }

                if (fields.Count != _columns.Count)
                {
                    throw Fail("row", new($"the row has {fields.Count} fields, the header {_columns.Count}", $"die Zeile hat {fields.Count} Felder, die Kopfzeile {_columns.Count}"));
                }

                string[] row = [.. fields];
                yield return (line, column => _columns.TryGetValue(column, out int i) ? row[i] : null, Fail);
            }
        }
    }
}
