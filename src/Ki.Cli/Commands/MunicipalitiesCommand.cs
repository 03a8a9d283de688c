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
        return Verb.OverGazetteer("municipalities", "List the municipalities (Gemeinden) of one NRW district with population, area and KI.", district, (parse, settings, gazetteer, file) =>
            Write(settings.Output, gazetteer, PlaceArguments.District(gazetteer, parse.GetValue(district)!, "district", file), settings.Format));
    }

    /// <summary>The columns of a municipality list; the KI column needs the gazetteer that assigns the centres.</summary>
    private static PlaceColumn<Municipality>[] Columns(Gazetteer gazetteer) =>
    [
        PlaceColumns.Text<Municipality>("key", "key", "Schlüssel", m => m.Key.Code),
        PlaceColumns.Text<Municipality>("name", "name", "Name", m => m.Name),
        new("kind", "kind", "Art", false, m => m.Kind.ToCode(), (m, _) => m.Kind.ToGermanTerm()),
        PlaceColumns.Count<Municipality>("population", "population", "Einwohner", m => m.Population),
        PlaceColumns.Area<Municipality>(m => m.AreaKm2),
        PlaceColumns.Text<Municipality>("postal_code", "postcode", "PLZ", m => m.PostalCode ?? string.Empty),
        PlaceColumns.Text<Municipality>("ki", "KI", "KI", m => gazetteer.IntegrationCentreOf(m.Key).Code),
    ];

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
            PlaceOutput.WriteCsv(output, Columns(gazetteer), members);
            return;
        }

        Lang lang = Session.Lang;
        PlaceOutput.WriteTable(
            output,
            Columns(gazetteer),
            members,
            lang.T(
                $"The municipalities of {PlaceArguments.Name(district)} ({district.Key.Code}), Regierungsbezirk {district.Region.Name}.",
                $"Die Gemeinden von {PlaceArguments.Name(district)} ({district.Key.Code}), Regierungsbezirk {district.Region.Name}."),
            [string.Empty, lang.T($"{totals.MunicipalityCount} municipalities", $"{totals.MunicipalityCount} Gemeinden"), string.Empty,
                lang.Count(totals.Population), lang.Decimal(totals.AreaKm2, 2), string.Empty, string.Empty],
            lang.T($"Population at {lang.Date(gazetteer.ReferenceDate)}; KI = the Kommunales Integrationszentrum responsible. Source: {gazetteer.Source}", $"Einwohner am {lang.Date(gazetteer.ReferenceDate)}; KI = das zuständige Kommunale Integrationszentrum. Quelle: {gazetteer.Source}"));
    }
}
