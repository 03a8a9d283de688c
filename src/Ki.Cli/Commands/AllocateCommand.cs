using System.CommandLine;
using System.Globalization;
using Ki.Cli.Output;
using Ki.Domain.Allocation;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Serialization;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki allocate</c>: splits a budget over recipients by weight or key, exact to the cent, and explains each line.
/// The table opens with a header that says what was split, for whom, by which key and method, and closes with the
/// reconciliation of the amounts against the budget.
/// </summary>
internal static class AllocateCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var budget = new Option<string>("--budget") { Description = "The budget in euros, such as 131000 or 1234.56.", Required = true };
        var input = new Option<string?>("--input") { Description = "CSV with header id,name,weight (optional floor,cap,demand,base, and indicator columns for --key); comma or semicolon separated." };
        var district = new Option<string?>("--district") { Description = "Split over an NRW district's municipalities from the embedded gazetteer: key (05974) or name (Soest); indicators population and area; default key population." };
        var key = new Option<string?>("--key") { Description = "Key from indicator columns: population, or population:0.9,area:0.1 (default: the weight column, or population with --district)." };
        var baseAmount = new Option<string?>("--base") { Description = "Base amount (Sockelbetrag) per recipient, in euros." };
        var floor = new Option<string?>("--floor") { Description = "Floor (Mindestbetrag) per recipient, in euros." };
        var cap = new Option<string?>("--cap") { Description = "Cap (Höchstbetrag) per recipient, in euros." };
        var unit = new Option<string>("--unit") { Description = "The unit amounts are whole multiples of, in euros (default 0.01, the cent).", DefaultValueFactory = _ => "0.01" };
        var chart = new Option<string?>("--chart") { Description = "Also draw the result as an SVG bar chart into this file." };
        var programme = new Option<string?>("--programme") { Description = "Name the money in the header, such as KOMM-AN." };
        var line = new Option<string?>("--line") { Description = "Split by the distribution key of a funding line of the catalogue (its indicators, weights, totals, cap and floor), such as integrationspauschale-2018." };
        var on = new Option<string?>("--on") { Description = "With --line: the date whose version of the line applies (default: the line's latest version)." };
        Option<string?> catalogue = SourceOptions.Catalogue();
        var command = Verb.Create("allocate", "Split a budget over recipients by weight or key, exact to the cent, with floors, caps and an explanation per line.", budget, input, district, key, line, on, catalogue, baseAmount, floor, cap, unit, chart, programme);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            string? file = parse.GetValue(input);
            string? districtText = parse.GetValue(district);
            if ((file is null) == (districtText is null))
            {
                throw new CliUsageException(
                    "ki allocate needs exactly one of --input FILE.csv and --district (a key such as 05974 or a name such as Soest).",
                    "ki allocate braucht genau eins von --input DATEI.csv und --district (ein Schlüssel wie 05974 oder ein Name wie Soest).");
            }

            IndicatorKey? indicatorKey = parse.GetValue(key) is { } text ? ParseKey(text) : null;
            Ki.Domain.Programmes.DistributionKey? lineKey = null;
            if (parse.GetValue(line) is { } lineId)
            {
                if (indicatorKey is not null)
                {
                    throw new CliUsageException("Give either --key or --line, not both: --line takes the line's own key.", "Entweder --key oder --line, nicht beides: --line nimmt den Schlüssel der Förderlinie.");
                }

                lineKey = LineKey(SourceOptions.LoadCatalogue(parse.GetValue(catalogue)), lineId, parse.GetValue(on));
                indicatorKey = lineKey.ToIndicatorKey();
                if (districtText is not null && indicatorKey.Components.FirstOrDefault(c => c.Indicator is not ("population" or "area")) is { } other)
                {
                    throw new CliUsageException(
                        $"The key of {lineId} counts '{other.Indicator}', which the gazetteer does not hold; give the recipients with --input FILE.csv and a '{other.Indicator}' column.",
                        $"Der Schlüssel von {lineId} zählt '{other.Indicator}', das das Ortsverzeichnis nicht enthält; Empfänger mit --input DATEI.csv und einer Spalte '{other.Indicator}' angeben.");
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
                throw new CliUsageException("--unit must be more than 0.00 euros.", "--unit muss mehr als 0,00 € sein.");
            }

            IReadOnlyList<AllocationInputs.Recipient> recipients;
            District? place = null;
            if (file is not null)
            {
                RecipientTable table = RecipientTable.Read(file, "--input");
                IEnumerable<string> indicators = indicatorKey?.Components.Select(k => k.Indicator) ?? [AllocationInputs.WeightColumn];
                recipients = AllocationInputs.FromTable(table, indicators);
            }
            else
            {
                place = PlaceArguments.District(Gazetteer.Default, districtText!, "--district");
                recipients = AllocationInputs.FromDistrict(Gazetteer.Default, place.Key);
            }

            AllocationRequest request = AllocationInputs.ToRequest(recipients, indicatorKey, options);
            AllocationResult result = AllocationInputs.Allocate(request);
            var what = new Described(place, file is null ? null : Path.GetFileName(file), indicatorKey, parse.GetValue(programme), Gazetteer.Default);
            if (parse.GetValue(chart) is { } chartFile)
            {
                InputFile.WriteAllText(chartFile, "--chart", AllocationChart.Render(result, what.Title(settings.Lang), settings.Lang));
            }

            Write(result, what, settings);
            return KiApp.Success;
        });
        return command;
    }

    /// <summary>The distribution key of a line's version: the one in force on the date, or the latest.</summary>
    private static Ki.Domain.Programmes.DistributionKey LineKey(Ki.Domain.Programmes.ProgrammeCatalogue catalogue, string lineId, string? onText)
    {
        if (!catalogue.TryFindLine(lineId, out Ki.Domain.Programmes.FundingLine? found))
        {
            string lines = string.Join(", ", catalogue.Lines.Select(l => l.Id));
            throw new CliUsageException($"--line '{lineId}' is not a funding line; 'ki programmes' lists them: {lines}.", $"--line '{lineId}' ist keine Förderlinie; 'ki programmes' listet sie: {lines}.");
        }

        Ki.Domain.Programmes.FundingLineVersion version = onText is null
            ? found.Versions.MaxBy(v => v.Validity.Start)!
            : found.FindVersion(CliText.ParseDate(onText, "--on")).Version
                ?? throw new CliUsageException($"--line '{lineId}' has no version in force on {onText}.", $"--line '{lineId}' hat am {onText} keine geltende Fassung.");
        Ki.Domain.Programmes.DistributionKey key = version.DistributionKey
            ?? throw new CliUsageException($"--line '{lineId}' has no distribution key: its grants are not split by a key.", $"--line '{lineId}' hat keinen Verteilschlüssel.");
        if (key.Indicators.IsEmpty)
        {
            throw new CliUsageException($"The distribution key of {lineId} is not known ({key.Method ?? "no indicators"}); give a key with --key.",
                $"Der Verteilschlüssel von {lineId} ist nicht bekannt; einen Schlüssel mit --key angeben.");
        }

        if (key.Indicators.FirstOrDefault(i => i.Code is null) is { } unnamed)
        {
            throw new CliUsageException($"The indicator '{unnamed.Name.English}' of {lineId} has no code; give a key with --key.",
                $"Der Indikator '{unnamed.Name.German}' von {lineId} hat keinen Code; einen Schlüssel mit --key angeben.");
        }

        return key;
    }

    /// <summary>Writes a result: a table with header and reconciliation, the library's JSON document with its context, or CSV.</summary>
    internal static void Write(AllocationResult result, Described what, OutputSettings settings)
    {
        switch (settings.Format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(settings, "allocate", what.Context(result), AllocationJson.Write(result));
                break;
            case OutputFormat.Csv:
                WriteCsv(result, settings.Output);
                break;
            default:
                WriteTable(result, what, settings);
                break;
        }
    }

    private static void WriteTable(AllocationResult result, Described what, OutputSettings settings)
    {
        Lang lang = settings.Lang;
        TextWriter output = settings.Output;
        output.WriteLine(what.Header(result, lang));
        output.WriteLine();
        decimal totalWeight = result.Lines.Sum(l => l.Weight);
        bool verbose = settings.Verbose;
        List<string> header = [what.IdHeader(lang), what.NameHeader(lang), what.WeightHeader(lang), lang.T("share", "Anteil")];
        List<bool> right = [false, false, true, true];
        if (verbose)
        {
            header.Add(lang.T("exact share (EUR)", "exakter Anteil (€)"));
            right.Add(true);
        }

        header.AddRange([lang.T("amount", "Betrag"), lang.T("note", "Hinweis")]);
        right.AddRange([true, false]);
        var table = new TabularResult(header, right);
        foreach (AllocationLine line in result.Lines)
        {
            List<string> row = [line.Id, line.Name, Weight(line.Weight, lang), totalWeight == 0 ? string.Empty : lang.Percent(line.Weight / totalWeight)];
            if (verbose)
            {
                row.Add(lang.Decimal(line.Quota.ToDecimal(ExactAmount.DefaultDecimals)));
            }

            row.AddRange([lang.Money(line.Amount), Note(line.Reasons, result.Unit, lang)]);
            table.Add([.. row]);
        }

        List<string> footer = [string.Empty, lang.T("total", "Summe"), Weight(totalWeight, lang), totalWeight == 0 ? string.Empty : lang.Percent(1m)];
        if (verbose)
        {
            footer.Add(string.Empty);
        }

        footer.AddRange([lang.Money(result.Allocated), string.Empty]);
        table.WriteTable(output, footer, settings.Wide);
        output.WriteLine();
        if (verbose)
        {
            output.WriteLine(lang.T(
                $"λ = {lang.Decimal(result.Lambda.ToDecimal(ExactAmount.DefaultDecimals))} EUR per unit of weight; the exact share is weight × λ before rounding to the unit.",
                $"λ = {lang.Decimal(result.Lambda.ToDecimal(ExactAmount.DefaultDecimals))} € je Gewichtseinheit; der exakte Anteil ist Gewicht × λ vor dem Runden auf die Einheit."));
        }

        output.WriteLine(Reconciliation(result, lang));
    }

    /// <summary>The closing line: the amounts and the rest add up to the budget.</summary>
    internal static string Reconciliation(AllocationResult result, Lang lang)
    {
        bool ok = result.Allocated + result.Unallocated == result.Budget;
        int count = result.Lines.Length;
        return lang.T(
            $"Reconciliation: {count} amounts {lang.Money(result.Allocated)} + not allocated {lang.Money(result.Unallocated)} = budget {lang.Money(result.Budget)}{(ok ? " (balanced to the cent)" : " (DOES NOT BALANCE)")}.",
            $"Abgleich: {count} Beträge {lang.Money(result.Allocated)} + nicht verteilt {lang.Money(result.Unallocated)} = Budget {lang.Money(result.Budget)}{(ok ? " (auf den Cent ausgeglichen)" : " (NICHT AUSGEGLICHEN)")}.");
    }

    private static void WriteCsv(AllocationResult result, TextWriter output)
    {
        var table = new TabularResult(["id", "name", "weight", "quota", "amount", "reasons"], [false, false, true, true, true, false]);
        foreach (AllocationLine line in result.Lines)
        {
            table.Add(line.Id, line.Name, line.Weight.ToString(CultureInfo.InvariantCulture), line.Quota.ToString(), line.Amount.ToString(CultureInfo.InvariantCulture), string.Join(' ', ReasonCodes(line.Reasons)));
        }

        table.WriteCsv(output);
    }

    /// <summary>The note of a line in words: why it got more or less than its proportional share.</summary>
    internal static string Note(AllocationReasons reasons, Euro unit, Lang lang)
    {
        var notes = new List<string>();
        if (reasons.HasFlag(AllocationReasons.Floor))
        {
            notes.Add(lang.T("raised to the floor", "auf den Mindestbetrag angehoben"));
        }

        if (reasons.HasFlag(AllocationReasons.Cap))
        {
            notes.Add(lang.T("cut at the cap", "auf den Höchstbetrag begrenzt"));
        }

        if (reasons.HasFlag(AllocationReasons.Demand))
        {
            notes.Add(lang.T("cut at its demand", "auf den Bedarf begrenzt"));
        }

        if (reasons.HasFlag(AllocationReasons.Remainder))
        {
            notes.Add(unit == Euro.FromCents(1)
                ? lang.T("one more cent: largest remainder", "ein Cent mehr: größter Rest")
                : lang.T($"one more unit of {lang.Money(unit)}: largest remainder", $"eine Einheit von {lang.Money(unit)} mehr: größter Rest"));
        }

        return string.Join("; ", notes);
    }

    private static IEnumerable<string> ReasonCodes(AllocationReasons reasons) =>
        new[] { (AllocationReasons.Floor, "floor"), (AllocationReasons.Cap, "cap"), (AllocationReasons.Demand, "demand"), (AllocationReasons.Remainder, "remainder") }
            .Where(r => reasons.HasFlag(r.Item1)).Select(r => r.Item2);

    private static string Weight(decimal weight, Lang lang) => lang.Decimal(weight, 6);

    private static IndicatorKey ParseKey(string text)
    {
        try
        {
            return IndicatorKey.Parse(text);
        }
        catch (FormatException)
        {
            throw new CliUsageException(
                $"--key '{text}' is not a key such as population or population:0.9,area:0.1 (indicator names with positive factors, each named once).",
                $"--key '{text}' ist kein Schlüssel wie population oder population:0.9,area:0.1 (Indikatornamen mit positiven Faktoren, jeder einmal).");
        }
    }

    /// <summary>What an allocation split: a district or a file, by which key, for which programme.</summary>
    internal sealed record Described(District? District, string? File, IndicatorKey? Key, string? Programme, Gazetteer Gazetteer)
    {
        /// <summary>The header line: what was split, for whom, by which key and method.</summary>
        public string Header(AllocationResult result, Lang lang)
        {
            string split = Programme is null ? lang.T("Split", "Aufteilung") : lang.T($"{Programme} split", $"{Programme}-Aufteilung");
            string whom = District is { } d
                ? lang.T($"for {PlaceArguments.Name(d)} ({d.Key.Code}) over its {result.Lines.Length} municipalities", $"für {PlaceArguments.Name(d)} ({d.Key.Code}) auf {result.Lines.Length} Gemeinden")
                : lang.T($"over the {result.Lines.Length} recipients of {File}", $"auf die {result.Lines.Length} Empfänger aus {File}");
            string method = result.Unit == Euro.FromCents(1)
                ? lang.T("largest remainder to the cent", "größte Reste, auf den Cent genau")
                : lang.T($"largest remainder in units of {lang.Money(result.Unit)}", $"größte Reste in Einheiten von {lang.Money(result.Unit)}");
            string bounds = Bounds(result.Request, lang);
            return $"{split} {lang.T("of", "von")} {lang.Money(result.Budget)} {whom}; {lang.T("key", "Schlüssel")}: {KeyText(lang)}; {method}{bounds}.";
        }

        /// <summary>The chart's title.</summary>
        public string Title(Lang lang) => District is { } d
            ? lang.T($"{PlaceArguments.Name(d)} ({d.Key.Code}): the budget by {KeyText(lang)}", $"{PlaceArguments.Name(d)} ({d.Key.Code}): das Budget nach {KeyText(lang)}")
            : lang.T($"Allocation of {File}", $"Aufteilung aus {File}");

        /// <summary>The key in words: <c>population at 31.12.2019</c>, <c>population × 0.9 + area × 0.1</c>.</summary>
        public string KeyText(Lang lang)
        {
            string at = District is null ? string.Empty : lang.T($" at {lang.Date(Gazetteer.ReferenceDate)}", $" am {lang.Date(Gazetteer.ReferenceDate)}");
            if (Key is null)
            {
                return District is null ? lang.T("the weight column", "die Spalte weight") : lang.T("population", "Einwohner") + at;
            }

            return string.Join(" + ", Key.Components.Select(c => c.Factor == 1m ? Indicator(c.Indicator, lang) : $"{Indicator(c.Indicator, lang)} × {lang.Decimal(c.Factor)}")) + at;
        }

        /// <summary>The header of the id column.</summary>
        public string IdHeader(Lang lang) => District is null ? "id" : lang.T("key", "Schlüssel");

        /// <summary>The header of the name column.</summary>
        public string NameHeader(Lang lang) => District is null ? lang.T("name", "Name") : lang.T("municipality", "Gemeinde");

        /// <summary>The header of the weight column.</summary>
        public string WeightHeader(Lang lang) => Key is null
            ? District is null ? lang.T("weight", "Gewicht") : lang.T("population", "Einwohner")
            : lang.T("key weight", "Schlüsselgewicht");

        /// <summary>The context of the JSON output.</summary>
        public IEnumerable<KeyValuePair<string, string?>> Context(AllocationResult result)
        {
            if (Programme is not null)
            {
                yield return JsonOutput.Entry("programme", Programme);
            }

            if (District is { } d)
            {
                yield return JsonOutput.Entry("district", d.Key.Code);
                yield return JsonOutput.Entry("districtName", PlaceArguments.Name(d));
                yield return JsonOutput.Entry("referenceDate", NodaTime.Text.LocalDatePattern.Iso.Format(Gazetteer.ReferenceDate));
                yield return JsonOutput.Entry("source", Gazetteer.Source);
            }
            else
            {
                yield return JsonOutput.Entry("input", File);
            }

            yield return JsonOutput.Entry("key", Key?.ToString() ?? (District is null ? AllocationInputs.WeightColumn : "population"));
            yield return JsonOutput.Entry("method", "largest-remainder");
            yield return JsonOutput.Entry("budget", result.Budget.ToString(CultureInfo.InvariantCulture));
            yield return JsonOutput.Entry("unit", result.Unit.ToString(CultureInfo.InvariantCulture));
        }

        private static string Indicator(string name, Lang lang) => name switch
        {
            "population" => lang.T("population", "Einwohner"),
            "area" => lang.T("area", "Fläche"),
            "weight" => lang.T("weight", "Gewicht"),
            _ => name,
        };

        private static string Bounds(AllocationRequest request, Lang lang)
        {
            var parts = new List<string>();
            if (request.Base is { } b && b.IsPositive)
            {
                parts.Add(lang.T($"base {lang.Money(b)} each", $"Sockel {lang.Money(b)} je Empfänger"));
            }

            if (request.Floor is { } f)
            {
                parts.Add(lang.T($"floor {lang.Money(f)}", $"Mindestbetrag {lang.Money(f)}"));
            }

            if (request.Cap is { } c)
            {
                parts.Add(lang.T($"cap {lang.Money(c)}", $"Höchstbetrag {lang.Money(c)}"));
            }

            return parts.Count == 0 ? string.Empty : "; " + string.Join(", ", parts);
        }
    }
}
