using System.CommandLine;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Places;

namespace Ki.Cli.Commands;

/// <summary><c>ki districts [--region 059] [--gazetteer FILE] [--format table|json|csv]</c>: the districts of the embedded (or a given) gazetteer.</summary>
internal static class DistrictsCommand
{
    private static readonly PlaceColumn<District>[] Columns =
    [
        PlaceColumns.Text<District>("key", "key", "Schlüssel", d => d.Key.Code),
        PlaceColumns.Text<District>("name", "name", "Name", d => d.Name),
        new("kind", "kind", "Art", false, d => d.Kind.ToCode(), (d, _) => d.Kind.ToGermanTerm()),
        new("region", "region", "Regierungsbezirk", false, d => d.Region.Key.Code, (d, _) => d.Region.ToString()),
        PlaceColumns.Count<District>("municipalities", "municipalities", "Gemeinden", d => d.MunicipalityKeys.Length),
        PlaceColumns.Count<District>("population", "population", "Einwohner", d => d.Population),
        PlaceColumns.Area<District>(d => d.AreaKm2),
    ];

    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var region = new Option<string?>("--region")
        {
            Description = "Only the districts of this Regierungsbezirk: 051 Düsseldorf, 053 Köln, 055 Münster, 057 Detmold, 059 Arnsberg.",
        };
        return Verb.OverGazetteer("districts", "List NRW's districts (Kreise, kreisfreie Städte, Städteregion) with population and area.", region, (parse, settings, gazetteer, _) =>
            Write(settings.Output, gazetteer, parse.GetValue(region) is { } code ? PlaceArguments.Region(code, "--region") : null, settings.Format));
    }

    private static void Write(TextWriter output, Gazetteer gazetteer, RegionKey? region, OutputFormat format)
    {
        IReadOnlyList<District> districts = region is { } r ? gazetteer.DistrictsIn(r) : gazetteer.Districts;
        PlaceTotals totals = PlaceTotals.Of(districts.SelectMany(d => gazetteer.MembersOf(d.Key)));
        if (format == OutputFormat.Json)
        {
            PlaceOutput.WriteJson(output, json =>
            {
                json.WriteStartObject();
                PlaceOutput.WriteProvenance(json, gazetteer);
                if (region is { } key)
                {
                    json.WriteString("region", key.Code);
                }

                json.WriteStartArray("districts");
                foreach (District d in districts)
                {
                    WriteDistrict(json, d);
                }

                json.WriteEndArray();
                json.WriteNumber("districtCount", districts.Count);
                PlaceOutput.WriteTotals(json, "total", totals);
                json.WriteEndObject();
            });
            return;
        }

        if (format == OutputFormat.Csv)
        {
            PlaceOutput.WriteCsv(output, Columns, districts);
            return;
        }

        Lang lang = Session.Lang;
        PlaceOutput.WriteTable(
            output,
            Columns,
            districts,
            region is { } shown
                ? lang.T($"The districts of Regierungsbezirk {GovernmentRegion.Of(shown).Name} ({shown.Code}).", $"Die Kreise und kreisfreien Städte im Regierungsbezirk {GovernmentRegion.Of(shown).Name} ({shown.Code}).")
                : lang.T("NRW's districts and kreisfreie Städte.", "Die Kreise und kreisfreien Städte in NRW."),
            [lang.T($"{districts.Count} districts", $"{districts.Count} Kreise und Städte"), string.Empty, string.Empty, string.Empty,
                lang.Count(totals.MunicipalityCount), lang.Count(totals.Population), lang.Decimal(totals.AreaKm2, 2)],
            lang.T($"Population at {lang.Date(gazetteer.ReferenceDate)}. Source: {gazetteer.Source}", $"Einwohner am {lang.Date(gazetteer.ReferenceDate)}. Quelle: {gazetteer.Source}"));
    }

    private static void WriteDistrict(Utf8JsonWriter json, District d)
    {
        json.WriteStartObject();
        json.WriteString("key", d.Key.Code);
        json.WriteString("name", d.Name);
        json.WriteString("kind", d.Kind.ToCode());
        json.WriteString("region", d.Region.Key.Code);
        json.WriteString("regionName", d.Region.Name);
        json.WriteNumber("municipalityCount", d.MunicipalityKeys.Length);
        json.WriteNumber("population", d.Population);
        json.WriteString("areaKm2", PlaceOutput.Area(d.AreaKm2));
        json.WriteEndObject();
    }
}
