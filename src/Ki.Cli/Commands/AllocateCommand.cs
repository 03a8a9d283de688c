using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Allocation;
using Ki.Domain.Places;

namespace Ki.Cli.Commands;

/// <summary><c>ki allocate</c>: splits a budget over recipients by weight or key, exact to the cent, and explains each line.</summary>
internal static class AllocateCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var budget = new Option<string>("--budget") { Description = "The budget in euros (invariant, e.g. 131000 or 1234.56).", Required = true };
        var input = new Option<FileInfo?>("--input") { Description = "CSV with header id,name,weight (optional floor,cap,demand,base, and indicator columns for --key)." };
        var district = new Option<string?>("--district") { Description = "Split over an NRW district's municipalities from the embedded gazetteer (Kreisschlüssel such as 05974); indicators population and area; default key population." };
        var key = new Option<string?>("--key") { Description = "Key from indicator columns: population, or population:0.9,area:0.1 (default: the weight column, or population with --district)." };
        var baseAmount = new Option<string?>("--base") { Description = "Base amount (Sockelbetrag) per recipient, in euros." };
        var floor = new Option<string?>("--floor") { Description = "Floor (Mindestbetrag) per recipient, in euros." };
        var cap = new Option<string?>("--cap") { Description = "Cap (Höchstbetrag) per recipient, in euros." };
        var unit = new Option<string>("--unit") { Description = "The unit amounts are whole multiples of, in euros (default 0.01).", DefaultValueFactory = _ => "0.01" };
        var line = new Option<string?>("--line") { Description = "Split by the distribution key of a funding line of the catalogue (its indicators, weights, totals, cap and floor), such as integrationspauschale-2018." };
        var on = new Option<string?>("--on") { Description = "With --line: the date whose version of the line applies (default: the line's latest version)." };
        Option<string?> catalogue = SourceOptions.Catalogue();
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the result as an SVG bar chart into this file." };
        Option<OutputFormat> format = FormatOption.Create();
        var command = new Command("allocate", "Split a budget over recipients by weight or key, exact to the cent, with floors, caps and an explanation per line.");
        foreach (Option option in new Option[] { budget, input, district, key, line, on, catalogue, baseAmount, floor, cap, unit, chart, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            FileInfo? file = parse.GetValue(input);
            string? districtCode = parse.GetValue(district);
            if ((file is null) == (districtCode is null))
            {
                throw new CliUsageException("ki allocate needs exactly one of --input FILE.csv and --district KREISSCHLÜSSEL.");
            }

            IndicatorKey? indicatorKey = parse.GetValue(key) is { } text ? IndicatorKey.Parse(text) : null;
            Ki.Domain.Programmes.DistributionKey? lineKey = null;
            if (parse.GetValue(line) is { } lineId)
            {
                if (indicatorKey is not null)
                {
                    throw new CliUsageException("Give either --key or --line, not both: --line takes the line's own key.");
                }

                lineKey = LineKey(SourceOptions.LoadCatalogue(parse.GetValue(catalogue)), lineId, parse.GetValue(on));
                indicatorKey = lineKey.ToIndicatorKey();
                if (districtCode is not null && indicatorKey.Components.FirstOrDefault(c => c.Indicator is not ("population" or "area")) is { } other)
                {
                    throw new CliUsageException($"The key of {lineId} counts '{other.Indicator}', which the gazetteer does not hold; give the recipients with --input FILE.csv and a '{other.Indicator}' column.");
                }
            }

            var options = new AllocationInputs.AllocationOptions(
                AllocationInputs.ParseAmount(parse.GetValue(budget)!, "--budget"),
                AllocationInputs.ParseAmount(parse.GetValue(unit)!, "--unit"),
                parse.GetValue(baseAmount) is { } b ? AllocationInputs.ParseAmount(b, "--base") : null,
                parse.GetValue(floor) is { } f ? AllocationInputs.ParseAmount(f, "--floor") : lineKey?.Floor?.Value,
                parse.GetValue(cap) is { } c ? AllocationInputs.ParseAmount(c, "--cap") : null);
            if (!options.Unit.IsPositive)
            {
                throw new CliUsageException($"--unit must be positive, but was {options.Unit}.");
            }

            IReadOnlyList<AllocationInputs.Recipient> recipients;
            if (file is not null)
            {
                RecipientTable table = RecipientTable.Read(file.FullName);
                IEnumerable<string> indicators = indicatorKey?.Components.Select(c => c.Indicator) ?? [AllocationInputs.WeightColumn];
                recipients = AllocationInputs.FromTable(table, indicators);
            }
            else
            {
                recipients = AllocationInputs.FromDistrict(Gazetteer.Default, DistrictKey.ParseNrw(districtCode!));
            }

            AllocationRequest request = AllocationInputs.ToRequest(recipients, indicatorKey, options);
            AllocationResult result = Allocator.Allocate(request);
            if (parse.GetValue(chart) is { } chartFile)
            {
                string title = districtCode is null
                    ? $"Allocation of {file!.Name}"
                    : DistrictTitle(Gazetteer.Default.GetDistrict(DistrictKey.ParseNrw(districtCode)), indicatorKey);
                File.WriteAllText(chartFile.FullName, AllocationChart.Render(result, title));
            }

            Write(result, parse.GetValue(format), parse.InvocationConfiguration.Output);
            return KiApp.Success;
        });
        return command;
    }

    /// <summary>The distribution key of a line's version: the one in force on the date, or the latest.</summary>
    private static Ki.Domain.Programmes.DistributionKey LineKey(Ki.Domain.Programmes.ProgrammeCatalogue catalogue, string lineId, string? onText)
    {
        if (!catalogue.TryFindLine(lineId, out Ki.Domain.Programmes.FundingLine? found))
        {
            throw new CliUsageException($"--line '{lineId}' is not a funding line; 'ki programmes' lists them: {string.Join(", ", catalogue.Lines.Select(l => l.Id))}.");
        }

        Ki.Domain.Programmes.FundingLineVersion version = onText is null
            ? found.Versions.MaxBy(v => v.Validity.Start)!
            : found.FindVersion(CliText.ParseDate(onText, "--on")).Version
                ?? throw new CliUsageException($"--line '{lineId}' has no version in force on {onText}.");
        Ki.Domain.Programmes.DistributionKey key = version.DistributionKey
            ?? throw new CliUsageException($"--line '{lineId}' has no distribution key: its grants are not split by a key.");
        if (key.Indicators.IsEmpty)
        {
            throw new CliUsageException($"The distribution key of {lineId} is not known ({key.Method ?? "no indicators"}); give a key with --key.");
        }

        if (key.Indicators.FirstOrDefault(i => i.Code is null) is { } unnamed)
        {
            throw new CliUsageException($"The indicator '{unnamed.Name.English}' of {lineId} has no code; give a key with --key.");
        }

        return key;
    }

    private static string DistrictTitle(District district, IndicatorKey? key) =>
        $"{district.Kind.ToGermanTerm()} {district.Name} ({district.Key.Code}): the budget by {key?.ToString() ?? "population"}";

    /// <summary>Writes a result as a table, JSON (the shape of issue 3) or CSV.</summary>
    public static void Write(AllocationResult result, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(result, output);
                break;
            case OutputFormat.Csv:
                Tabulate(result).WriteCsv(output);
                break;
            default:
                Tabulate(result).WriteTable(output, ["", "total", "", "", Money(result.Allocated), ""]);
                output.WriteLine($"budget {result.Budget}, allocated {result.Allocated}, unallocated {result.Unallocated}, λ {result.Lambda} EUR per unit of weight");
                break;
        }
    }

    private static TabularResult Tabulate(AllocationResult result)
    {
        var table = new TabularResult(["id", "name", "weight", "quota", "amount", "flags"], [false, false, true, true, true, false]);
        foreach (AllocationLine line in result.Lines)
        {
            table.Add(line.Id, line.Name, Invariant(line.Weight), line.Quota.ToString(), Money(line.Amount), string.Join(' ', Flags(line.Reasons)));
        }

        return table;
    }

    private static void WriteJson(AllocationResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("budget", Money(result.Budget));
            json.WriteString("allocated", Money(result.Allocated));
            json.WriteString("unallocated", Money(result.Unallocated));
            json.WriteStartArray("lines");
            foreach (AllocationLine line in result.Lines)
            {
                json.WriteStartObject();
                json.WriteString("id", line.Id);
                json.WriteString("name", line.Name);
                json.WriteString("weight", Invariant(line.Weight));
                json.WriteString("quota", line.Quota.ToString());
                json.WriteString("amount", Money(line.Amount));
                json.WriteStartArray("flags");
                foreach (string flag in Flags(line.Reasons))
                {
                    json.WriteStringValue(flag);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static IEnumerable<string> Flags(AllocationReasons reasons)
    {
        if (reasons.HasFlag(AllocationReasons.Floor))
        {
            yield return "floor";
        }

        if (reasons.HasFlag(AllocationReasons.Cap))
        {
            yield return "cap";
        }

        if (reasons.HasFlag(AllocationReasons.Demand))
        {
            yield return "demand";
        }

        if (reasons.HasFlag(AllocationReasons.Remainder))
        {
            yield return "remainder";
        }
    }

    private static string Money(Ki.Domain.Money.Euro amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
