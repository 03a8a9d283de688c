using System.Globalization;
using System.Text;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Places;

/// <summary>
/// Reads and writes the library's own gazetteer format, <c>ki-gazetteer 1</c>: UTF-8 text, one record per line,
/// fields separated by one TAB.
/// </summary>
/// <remarks>
/// <code>
/// # comment (ignored, as are blank lines)
/// ki-gazetteer    1                          first record: format and version
/// source          text                       where the figures come from (once)
/// reference-date  2019-12-31                 ISO date the population refers to (once)
/// separate-centre 05334002                   a town that runs its own KI apart from its district (0..n)
/// district        05974  kreis  301785  1328.63  Soest
/// municipality    05974040  stadt  47376  85.82  59494  Soest, Stadt
/// </code>
/// District: key, kind (<c>kreis</c>, <c>kreisfreie-stadt</c>, <c>staedteregion</c>), population, area in km² with
/// two decimals, name. Municipality: AGS, kind (<c>kreisfreie-stadt</c>, <c>stadt</c>, <c>gemeinde</c>),
/// population, area, postal code (empty if unknown), name. The name is last and may hold commas and spaces.
/// A district's members are the municipalities whose AGS starts with its key; its population and area must
/// equal their sums.
/// </remarks>
internal static class GazetteerTextFormat
{
    public const string Magic = "ki-gazetteer";
    public const string Version = "1";

    /// <summary>Reads a gazetteer; <paramref name="name"/> prefixes the line numbers of errors.</summary>
    public static Gazetteer Read(TextReader reader, string? name)
    {
        // Lines, line lengths and the text's size are limited while reading; see LimitedTextReader.
        reader = reader as LimitedTextReader ?? new LimitedTextReader(reader, name);
        string Location(int line) => name is null ? $"line {line}" : $"{name} line {line}";
        var assembler = new GazetteerAssembler(Location, Location);
        string? source = null;
        LocalDate? date = null;
        bool seenMagic = false;
        var cities = new List<(MunicipalityKey Key, int Line)>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            KiDataException Fail(string field, ReasonText reason) =>
                new(Location(lineNumber), $"field '{field}': {reason.English}.", $"Feld '{field}': {reason.German}.");
            void Expect(int count, string layout)
            {
                if (f.Length != count)
                {
                    throw new KiDataException(Location(lineNumber), $"field 'record': a {f[0]} record has {count} TAB-separated fields ({layout}), not {f.Length}.",
                        $"Feld 'record': ein Satz '{f[0]}' hat {count} durch TAB getrennte Felder ({layout}), nicht {f.Length}.");
                }
            }

            // The fields a district and a municipality record share, each refused with its own name: the leading key,
            // kind, population and area (the kind's message names the record's kinds), and the name.
            (TKey Key, TKind Kind, long Population, decimal Area) Leading<TKey, TKind>(Func<string, TKey> parseKey, Func<string, TKind?> kindFrom, string kindOf, string kindOfGerman, string codes)
                where TKind : struct => (
                ParseKey(f[1], parseKey, Fail),
                kindFrom(f[2]) ?? throw Fail("kind", new($"'{f[2]}' is not a {kindOf} kind ({codes})", $"'{f[2]}' ist keine Art von {kindOfGerman} ({codes})")),
                FieldParser.Population(f[3], out long p) is { } pr ? throw Fail("population", pr) : p,
                FieldParser.Area(f[4], out decimal a) is { } ar ? throw Fail("area", ar) : a);
            string Name(string text) => FieldParser.Name(text) is { } nr ? throw Fail("name", nr) : text;

            if (!seenMagic)
            {
                if (f is not [Magic, _])
                {
                    throw new KiDataException(Location(lineNumber), $"field 'format': the first record must be '{Magic}<TAB>{Version}'; this is not a Ki.Domain gazetteer file.",
                        $"Feld 'format': der erste Satz muss '{Magic}<TAB>{Version}' sein; dies ist keine Gemeindeverzeichnis-Datei im Ki.Domain-Format.");
                }

                if (f[1] != Version)
                {
                    throw Fail("version", new($"version '{f[1]}' is not supported; this library reads version {Version}", $"die Version '{f[1]}' wird nicht unterstützt; diese Bibliothek liest die Version {Version}"));
                }

                seenMagic = true;
                continue;
            }

            switch (f[0])
            {
                case "source":
                    Expect(2, "source, text");
                    if (source is not null)
                    {
                        throw Fail("source", new("the source is given twice", "die Quelle steht zweimal da"));
                    }

                    source = string.IsNullOrWhiteSpace(f[1]) ? throw Fail("source", new("the source is empty", "die Quelle ist leer")) : f[1];
                    break;
                case "reference-date":
                    Expect(2, "reference-date, ISO date");
                    if (date is not null)
                    {
                        throw Fail("reference-date", new("the reference date is given twice", "der Stichtag steht zweimal da"));
                    }

                    date = FieldParser.IsoDate(f[1]) ?? throw Fail("reference-date", new($"'{f[1]}' is not an ISO date such as 2019-12-31", $"'{f[1]}' ist kein ISO-Datum wie 2019-12-31"));
                    break;
                case "separate-centre":
                    Expect(2, "separate-centre, AGS");
                    cities.Add((ParseKey<MunicipalityKey>(f[1], MunicipalityKey.ParseNrw, Fail), lineNumber));
                    break;
                case "district":
                {
                    Expect(6, "district, key, kind, population, area, name");
                    (DistrictKey key, DistrictKind kind, long population, decimal area) = Leading(DistrictKey.ParseNrw, PlaceKinds.DistrictKindFrom, "district", "Kreis", "kreis, kreisfreie-stadt, staedteregion");
                    assembler.Add(new GazetteerAssembler.DistrictRow(lineNumber, key, Name(f[5]), kind, population, area));
                    break;
                }

                case "municipality":
                {
                    Expect(7, "municipality, AGS, kind, population, area, postal code, name");
                    (MunicipalityKey key, MunicipalityKind kind, long population, decimal area) = Leading(MunicipalityKey.ParseNrw, PlaceKinds.MunicipalityKindFrom, "municipality", "Gemeinde", "kreisfreie-stadt, stadt, gemeinde");
                    string? postalCode = FieldParser.PostalCode(f[5], out string? pc) is { } pcr ? throw Fail("postal code", pcr) : pc;
                    assembler.Add(new GazetteerAssembler.MunicipalityRow(lineNumber, key, Name(f[6]), kind, population, area, postalCode));
                    break;
                }

                default:
                    throw Fail("record", new($"'{f[0]}' is not a record type (source, reference-date, separate-centre, district, municipality)", $"'{f[0]}' ist keine Satzart (source, reference-date, separate-centre, district, municipality)"));
            }
        }

        string end = name ?? "end of input";
        if (!seenMagic)
        {
            throw new KiDataException(end, $"field 'format': there is no '{Magic}' record; the input is empty or not a Ki.Domain gazetteer file.",
                $"Feld 'format': es gibt keinen Satz '{Magic}'; die Eingabe ist leer oder keine Gemeindeverzeichnis-Datei im Ki.Domain-Format.");
        }

        if (source is null || date is null)
        {
            throw new KiDataException(end, $"field '{(source is null ? "source" : "reference-date")}': the record is missing; a gazetteer file names its source and reference date.",
                $"Feld '{(source is null ? "source" : "reference-date")}': der Satz fehlt; eine Gemeindeverzeichnis-Datei nennt ihre Quelle und ihren Stichtag.");
        }

        return assembler.Build(source, date.Value, cities);
    }

    /// <summary>Writes a gazetteer: header comments, source, date, separate centres, then each district with its members.</summary>
    public static string Write(Gazetteer gazetteer)
    {
        var sb = new StringBuilder(48 * 1024);
        sb.Append(CultureInfo.InvariantCulture, $"# Ki.Domain gazetteer (format {Magic} {Version}): UTF-8, one record per line, fields separated by TAB.\n");
        sb.Append("# district:     key, kind (kreis|kreisfreie-stadt|staedteregion), population, area km2, name\n");
        sb.Append("# municipality: AGS, kind (kreisfreie-stadt|stadt|gemeinde), population, area km2, postal code (empty if unknown), name\n");
        sb.Append("# A district's population and area are the sums over its municipalities (AGS starting with its key).\n");
        sb.Append(CultureInfo.InvariantCulture, $"{Magic}\t{Version}\n");
        sb.Append("source\t").Append(gazetteer.Source).Append('\n');
        sb.Append("reference-date\t").Append(FieldParser.FormatIsoDate(gazetteer.ReferenceDate)).Append('\n');
        foreach (MunicipalityKey city in gazetteer.SeparateCentreCities)
        {
            sb.Append("separate-centre\t").Append(city.Code).Append('\n');
        }

        foreach (District d in gazetteer.Districts)
        {
            sb.Append(CultureInfo.InvariantCulture, $"district\t{d.Key.Code}\t{d.Kind.ToCode()}\t{d.Population}\t{FieldParser.FormatArea(d.AreaKm2)}\t{d.Name}\n");
            foreach (Municipality m in gazetteer.MembersOf(d.Key))
            {
                sb.Append(CultureInfo.InvariantCulture, $"municipality\t{m.Key.Code}\t{m.Kind.ToCode()}\t{m.Population}\t{FieldParser.FormatArea(m.AreaKm2)}\t{m.PostalCode}\t{m.Name}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Parses an NRW key, turning a format error into a data error for the field <c>key</c>.</summary>
    internal static T ParseKey<T>(string text, Func<string, T> parse, Func<string, ReasonText, KiDataException> fail)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw fail("key", new(FieldParser.KeyReason(e), FieldParser.KeyReasonGerman(text, typeof(T))));
        }
    }
}
