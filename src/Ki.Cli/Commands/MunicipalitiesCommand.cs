using System.CommandLine;
using Ki.Cli.Output;
using Ki.Domain.Places;

namespace Ki.Cli.Commands;

/// <summary><c>ki municipalities 05974 [--gazetteer FILE] [--format table|json|csv]</c>: the member municipalities of one district.</summary>
internal static class MunicipalitiesCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var district = new Argument<string>("district")
        {
            Description = "The district: its five-digit Kreisschlüssel (05974) or its name (Soest, Kreis Soest).",
        };
        Option<string?> gazetteerFile = SourceOptions.Gazetteer();
        var command = new Command("municipalities", "List the municipalities (Gemeinden) of one NRW district with population, area and KI.");
        command.Arguments.Add(district);
        command.Options.Add(gazetteerFile);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string? file = parse.GetValue(gazetteerFile);
            Gazetteer gazetteer = SourceOptions.LoadGazetteer(file);
            District found = PlaceArguments.District(gazetteer, parse.GetValue(district)!, "district", file is null ? null : Path.GetFileName(file));

            OutputSettings settings = common.Read(parse);
            Write(settings.Output, gazetteer, found, settings.Format);
            return KiApp.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, Gazetteer gazetteer, District district, OutputFormat format)
    {
        var members = gazetteer.MembersOf(district.Key);
        PlaceTotals totals = PlaceTotals.Of(members);
        if (format == OutputFormat.Json)
        {
            PlaceOutput.WriteJson(output, json =>
            {
                json.WriteStartObject();
                PlaceOutput.WriteProvenance(json, gazetteer);
                json.WriteStartObject("district");
                json.WriteString("key", district.Key.Code);
                json.WriteString("name", district.Name);
                json.WriteString("kind", district.Kind.ToCode());
                json.WriteString("region", district.Region.Key.Code);
                json.WriteString("regionName", district.Region.Name);
                json.WriteEndObject();
                json.WriteStartArray("municipalities");
                foreach (Municipality m in members)
                {
                    json.WriteStartObject();
                    json.WriteString("key", m.Key.Code);
                    json.WriteString("name", m.Name);
                    json.WriteString("kind", m.Kind.ToCode());
                    json.WriteNumber("population", m.Population);
                    json.WriteString("areaKm2", PlaceOutput.Area(m.AreaKm2));
                    if (m.PostalCode is null)
                    {
                        json.WriteNull("postalCode");
                    }
                    else
                    {
                        json.WriteString("postalCode", m.PostalCode);
                    }

                    json.WriteString("integrationCentre", gazetteer.IntegrationCentreOf(m.Key).Code);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                PlaceOutput.WriteTotals(json, "total", totals);
                json.WriteEndObject();
            });
            return;
        }

        if (format == OutputFormat.Csv)
        {
            var csv = new TabularResult(
                ["key", "name", "kind", "population", "area_km2", "postal_code", "ki"],
                [false, false, false, true, true, false, false]);
            foreach (Municipality m in members)
            {
                csv.Add(m.Key.Code, m.Name, m.Kind.ToCode(), PlaceOutput.Count(m.Population), PlaceOutput.Area(m.AreaKm2), m.PostalCode ?? string.Empty, gazetteer.IntegrationCentreOf(m.Key).Code);
            }

            csv.WriteCsv(output);
            return;
        }

        Lang lang = Session.Lang;
        var table = new TabularResult(
            lang.IsGerman ? ["Schlüssel", "Name", "Art", "Einwohner", "Fläche km²", "PLZ", "KI"] : ["key", "name", "kind", "population", "area km²", "postcode", "KI"],
            [false, false, false, true, true, false, false]);
        foreach (Municipality m in members)
        {
            table.Add(m.Key.Code, m.Name, m.Kind.ToGermanTerm(), lang.Count(m.Population), lang.Decimal(m.AreaKm2, 2), m.PostalCode ?? string.Empty, gazetteer.IntegrationCentreOf(m.Key).Code);
        }

        output.WriteLine(lang.T(
            $"The municipalities of {PlaceArguments.Name(district)} ({district.Key.Code}), Regierungsbezirk {district.Region.Name}.",
            $"Die Gemeinden von {PlaceArguments.Name(district)} ({district.Key.Code}), Regierungsbezirk {district.Region.Name}."));
        output.WriteLine();
        table.WriteTable(output, [string.Empty, lang.T($"{totals.MunicipalityCount} municipalities", $"{totals.MunicipalityCount} Gemeinden"), string.Empty,
            lang.Count(totals.Population), lang.Decimal(totals.AreaKm2, 2), string.Empty, string.Empty]);
        output.WriteLine();
        output.WriteLine(lang.T($"Population at {lang.Date(gazetteer.ReferenceDate)}; KI = the Kommunales Integrationszentrum responsible. Source: {gazetteer.Source}", $"Einwohner am {lang.Date(gazetteer.ReferenceDate)}; KI = das zuständige Kommunale Integrationszentrum. Quelle: {gazetteer.Source}"));
    }
}
