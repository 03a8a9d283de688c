using System.CommandLine;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Places;

namespace Ki.Cli.Commands;

/// <summary><c>ki districts [--region 059] [--gazetteer FILE] [--format table|json|csv]</c>: the districts of the embedded (or a given) gazetteer.</summary>
internal static class DistrictsCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var region = new Option<string?>("--region")
        {
            Description = "Only the districts of this Regierungsbezirk: 051 Düsseldorf, 053 Köln, 055 Münster, 057 Detmold, 059 Arnsberg.",
        };
        Option<string?> gazetteer = SourceOptions.Gazetteer();
        var command = new Command("districts", "List NRW's districts (Kreise, kreisfreie Städte, Städteregion) with population and area.");
        command.Options.Add(region);
        command.Options.Add(gazetteer);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string? regionText = parse.GetValue(region);
            OutputSettings settings = common.Read(parse);
            Write(settings.Output, SourceOptions.LoadGazetteer(parse.GetValue(gazetteer)), regionText is null ? null : PlaceArguments.Region(regionText, "--region"), settings.Format);
            return KiApp.Success;
        });
        return command;
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
            var csv = new TabularResult(
                ["key", "name", "kind", "region", "municipalities", "population", "area_km2"],
                [false, false, false, false, true, true, true]);
            foreach (District d in districts)
            {
                csv.Add(d.Key.Code, d.Name, d.Kind.ToCode(), d.Region.Key.Code, PlaceOutput.Count(d.MunicipalityKeys.Length), PlaceOutput.Count(d.Population), PlaceOutput.Area(d.AreaKm2));
            }

            csv.WriteCsv(output);
            return;
        }

        Lang lang = Session.Lang;
        var table = new TabularResult(
            lang.IsGerman ? ["Schlüssel", "Name", "Art", "Regierungsbezirk", "Gemeinden", "Einwohner", "Fläche km²"] : ["key", "name", "kind", "region", "municipalities", "population", "area km²"],
            [false, false, false, false, true, true, true]);

        foreach (District d in districts)
        {
            table.Add(d.Key.Code, d.Name, d.Kind.ToGermanTerm(), d.Region.ToString(), lang.Count(d.MunicipalityKeys.Length), lang.Count(d.Population), lang.Decimal(d.AreaKm2, 2));
        }

        output.WriteLine(region is { } shown
            ? lang.T($"The districts of Regierungsbezirk {GovernmentRegion.Of(shown).Name} ({shown.Code}).", $"Die Kreise und kreisfreien Städte im Regierungsbezirk {GovernmentRegion.Of(shown).Name} ({shown.Code}).")
            : lang.T("NRW's districts and kreisfreie Städte.", "Die Kreise und kreisfreien Städte in NRW."));
        output.WriteLine();
        table.WriteTable(output, [lang.T($"{districts.Count} districts", $"{districts.Count} Kreise und Städte"), string.Empty, string.Empty, string.Empty,
            lang.Count(totals.MunicipalityCount), lang.Count(totals.Population), lang.Decimal(totals.AreaKm2, 2)]);
        output.WriteLine();
        output.WriteLine(lang.T($"Population at {lang.Date(gazetteer.ReferenceDate)}. Source: {gazetteer.Source}", $"Einwohner am {lang.Date(gazetteer.ReferenceDate)}. Quelle: {gazetteer.Source}"));
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
