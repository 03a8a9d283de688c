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
        Option<string?> gazetteer = GazetteerOption.Create();
        var command = new Command("districts", "List NRW's districts (Kreise, kreisfreie Städte, Städteregion) with population and area.");
        command.Options.Add(region);
        command.Options.Add(gazetteer);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string? regionText = parse.GetValue(region);
            Write(parse.InvocationConfiguration.Output, GazetteerOption.Load(parse.GetValue(gazetteer)), regionText is null ? null : PlaceArguments.Region(regionText, "--region"), common.Read(parse).Format);
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

        var table = new TabularResult(
            ["key", "name", "kind", "region", "municipalities", "population", "area_km2"],
            [false, false, false, false, true, true, true]);
        foreach (District d in districts)
        {
            table.Add(
                d.Key.Code,
                d.Name,
                format == OutputFormat.Csv ? d.Kind.ToCode() : d.Kind.ToGermanTerm(),
                format == OutputFormat.Csv ? d.Region.Key.Code : d.Region.ToString(),
                PlaceOutput.Count(d.MunicipalityKeys.Length),
                PlaceOutput.Count(d.Population),
                PlaceOutput.Area(d.AreaKm2));
        }

        if (format == OutputFormat.Csv)
        {
            table.WriteCsv(output);
            return;
        }

        table.WriteTable(output, [$"{districts.Count} districts", string.Empty, string.Empty, string.Empty,
            PlaceOutput.Count(totals.MunicipalityCount), PlaceOutput.Count(totals.Population), PlaceOutput.Area(totals.AreaKm2)]);
        PlaceOutput.WriteSourceLine(output, gazetteer);
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
