using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain;
using Ki.Domain.Allocation;

namespace Ki.Cli.Commands;

/// <summary><c>ki apportion</c>: apportions whole seats or posts by weight with Hare-Niemeyer, D'Hondt or Sainte-Laguë.</summary>
internal static class ApportionCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var method = new Option<string>("--method") { Description = "hare-niemeyer, dhondt or sainte-lague.", Required = true };
        method.AcceptOnlyFromAmong("hare-niemeyer", "dhondt", "sainte-lague");
        var seats = new Option<string>("--seats") { Description = "The number of seats or posts.", Required = true };
        var unit = new Option<string>("--unit") { Description = "The size of one unit (0.5 for half posts; default 1).", DefaultValueFactory = _ => "1" };
        var input = new Option<string>("--input") { Description = "CSV with header name,weight.", Required = true };
        var command = Verb.Create("apportion", "Apportion seats or posts by weight (Hare-Niemeyer, D'Hondt, Sainte-Laguë/Schepers); open ties are reported.", method, seats, unit, input);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            string methodName = parse.GetValue(method)!;
            ApportionmentMethod chosen = methodName switch
            {
                "dhondt" => ApportionmentMethod.DHondt,
                "sainte-lague" => ApportionmentMethod.SainteLague,
                _ => ApportionmentMethod.HareNiemeyer,
            };
            decimal seatCount = ParseCount(parse.GetValue(seats)!, "--seats");
            decimal unitSize = ParseCount(parse.GetValue(unit)!, "--unit");
            OutputSettings settings = common.Read(parse);
            OutputFormat format = settings.Format;
            RecipientTable table = RecipientTable.Read(parse.GetValue(input)!, "--input");
            table.Require("name");
            table.Require("weight");
            var names = new HashSet<string>(StringComparer.Ordinal);
            var parties = new List<AllocationRecipient>();
            foreach (RecipientTable.Row row in table.Rows)
            {
                string name = row.RequiredText("name");
                if (!names.Add(name))
                {
                    throw new KiDataException(row.Location, $"field 'name': '{name}' occurs twice.", $"Feld 'name': '{name}' kommt zweimal vor.");
                }

                parties.Add(new AllocationRecipient(name, row.RequiredNumber("weight")));
            }

            ApportionmentResult result = Apportioner.Apportion(chosen, seatCount, parties, unitSize);
            Write(result, methodName, format, settings.Output);
            return KiApp.Success;
        });
        return command;
    }

    private static decimal ParseCount(string text, string option)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) || value < 0)
        {
            throw new CliUsageException($"{option} '{text}' is not a non-negative number such as 630 or 2.5.");
        }

        return value;
    }

    private static void Write(ApportionmentResult result, string methodName, OutputFormat format, TextWriter output)
    {
        if (format == OutputFormat.Json)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("method", methodName);
                json.WriteNumber("seats", Normalize(result.Seats));
                json.WriteStartArray("lines");
                foreach (ApportionmentLine line in result.Lines)
                {
                    json.WriteStartObject();
                    json.WriteString("name", line.Name);
                    json.WriteString("weight", line.Weight.ToString(CultureInfo.InvariantCulture));
                    json.WriteNumber("seats", Normalize(line.Seats));
                    json.WriteBoolean("tie", line.IsTie);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return;
        }

        if (format == OutputFormat.Csv)
        {
            var csv = new TabularResult(["name", "weight", "seats", "tie"], [false, true, true, false]);
            foreach (ApportionmentLine line in result.Lines)
            {
                csv.Add(line.Name, line.Weight.ToString(CultureInfo.InvariantCulture), Text(line.Seats), line.IsTie ? "tie" : string.Empty);
            }

            csv.WriteCsv(output);
            return;
        }

        Lang lang = Session.Lang;
        string method = methodName switch
        {
            "dhondt" => "D'Hondt",
            "sainte-lague" => "Sainte-Laguë/Schepers",
            _ => "Hare-Niemeyer",
        };
        output.WriteLine(lang.T(
            $"Apportionment of {lang.Decimal(result.Seats)} seats by {method} over {result.Lines.Length} recipients by weight.",
            $"Verteilung von {lang.Decimal(result.Seats)} Sitzen nach {method} auf {result.Lines.Length} Empfänger nach Gewicht."));
        output.WriteLine();
        var table = new TabularResult([lang.T("name", "Name"), lang.T("weight", "Gewicht"), lang.T("seats", "Sitze"), lang.T("note", "Hinweis")], [false, true, true, false]);
        decimal totalWeight = result.Lines.Sum(l => l.Weight);
        foreach (ApportionmentLine line in result.Lines)
        {
            table.Add(line.Name, lang.Decimal(line.Weight), lang.Decimal(line.Seats), line.IsTie ? lang.T("exact tie, broken by name", "Gleichstand, nach Name entschieden") : string.Empty);
        }

        table.WriteTable(output, [lang.T("total", "Summe"), lang.Decimal(totalWeight), lang.Decimal(result.Seats), string.Empty]);
        output.WriteLine();
        if (result.HasTie)
        {
            output.WriteLine(lang.T(
                "An exact tie was left open by the method; it was broken in favour of the name that sorts first (ordinal).",
                "Die Methode ließ einen exakten Gleichstand offen; er wurde zugunsten des Namens entschieden, der zuerst sortiert."));
        }

        output.WriteLine(lang.T(
            $"Reconciliation: {lang.Decimal(result.Lines.Sum(l => l.Seats))} seats given = {lang.Decimal(result.Seats)} seats to apportion.",
            $"Abgleich: {lang.Decimal(result.Lines.Sum(l => l.Seats))} vergebene Sitze = {lang.Decimal(result.Seats)} zu verteilende Sitze."));
    }

    private static decimal Normalize(decimal value) => decimal.Parse(Text(value), CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
