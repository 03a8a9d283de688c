using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Ki.Cli.Output;
using Ki.Domain;
using Ki.Domain.Applications;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;
using NodaTime;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki grant --line ID --costs 12000 [--own 2000] [--third-party 500] [--units 6] [--kind kreis] [--on DATE]
/// [--rounding commercial] [--lang en|de] [--format table|json|csv]</c>: calculates a grant and explains it.
/// </summary>
internal static class GrantCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var line = new Option<string>("--line") { Description = "The funding line, such as komm-an-3 or ki-2023-staff (see 'ki programmes').", Required = true };
        var costs = new Option<string?>("--costs") { Description = "Eligible costs in EUR, such as 12000 or 12000.50; not stated when absent (a line that needs them says so)." };
        var own = new Option<string?>("--own") { Description = "Own contribution in EUR." };
        var thirdParty = new Option<string?>("--third-party") { Description = "Third-party funds in EUR." };
        var units = new Option<string?>("--units") { Description = "Unit count for the line's first unit (6), or id=count pairs (specialist-post=6,half-admin-post=1)." };
        var kind = new Option<string?>("--kind") { Description = "Applicant kind, such as kreis or kreisfreie-stadt; unit limits may depend on it." };
        var on = new Option<string?>("--on") { Description = "The date whose rules apply (2016-06-01); default today in Germany." };
        var rounding = new Option<string>("--rounding") { Description = "Rounding of cent fractions: commercial, half-to-even, toward-zero, floor, ceiling.", DefaultValueFactory = _ => "commercial" };
        Option<string?> catalogue = SourceOptions.Catalogue();
        var command = Verb.Create("grant", "Calculate a grant for a funding line and explain every figure, cap and minimum.", line, costs, own, thirdParty, units, kind, on, rounding, catalogue);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            string lineId = parse.GetValue(line)!;
            ProgrammeCatalogue lines = SourceOptions.LoadCatalogue(parse.GetValue(catalogue));
            if (!lines.TryFindLine(lineId, out FundingLine? fundingLine))
            {
                throw new CliUsageException($"--line '{lineId}' is not a funding line; 'ki programmes' lists them: {string.Join(", ", lines.Lines.Select(l => l.Id))}.");
            }

            OutputSettings settings = common.Read(parse);
            TextWriter output = settings.Output;
            Lang lang = settings.Lang;
            var calculator = new GrantCalculator(SystemClock.Instance, CliText.ParseRounding(parse.GetValue(rounding)!));
            string? onText = parse.GetValue(on);
            LocalDate date = onText is null
                ? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Date
                : CliText.ParseDate(onText, "--on");
            string? ownText = parse.GetValue(own);
            string? thirdText = parse.GetValue(thirdParty);
            string? kindText = parse.GetValue(kind);
            var request = new GrantRequest(parse.GetValue(costs) is { } costsText ? CliText.ParseEuro(costsText, "--costs") : null)
            {
                OwnContribution = ownText is null ? null : CliText.ParseEuro(ownText, "--own"),
                ThirdPartyFunds = thirdText is null ? null : CliText.ParseEuro(thirdText, "--third-party"),
                Units = ParseUnits(parse.GetValue(units), fundingLine.FindVersion(date).Version),
                ApplicantKind = kindText is null ? null : CliText.ParseKind(kindText),
                On = date,
            };
            if (request.FundsExceedCosts)
            {
                // the same rule and code as 'ki check' (KI-APP-FUNDS-EXCEED-COSTS)
                throw new CliUsageException(
                    $"{ApplicationCodes.FundsExceedCosts}: --own ({Texts(request.OwnContribution, Lang.English)}) and --third-party ({Texts(request.ThirdPartyFunds, Lang.English)}) together exceed --costs ({Texts(request.EligibleCosts, Lang.English)}).",
                    $"{ApplicationCodes.FundsExceedCosts}: --own ({Texts(request.OwnContribution, Lang.German)}) und --third-party ({Texts(request.ThirdPartyFunds, Lang.German)}) übersteigen zusammen --costs ({Texts(request.EligibleCosts, Lang.German)}).");
            }

            GrantResult result = calculator.Calculate(fundingLine, request);
            if (settings.Format == OutputFormat.Json)
            {
                WriteJson(settings, result, request);
            }
            else
            {
                Write(output, result, settings.Format, lang);
            }

            // A fact that is not stated leaves the grant undetermined: not 0.00 EUR, and not a success.
            return result.Outcome == GrantOutcome.Undetermined ? KiApp.Undetermined : KiApp.Success;
        });
        return command;
    }

    private static string Texts(Euro? amount, Lang lang) => amount is { } stated ? lang.Money(stated) : lang.T("not stated", "nicht angegeben");

    private static ImmutableDictionary<string, decimal> ParseUnits(string? text, FundingLineVersion? version)
    {
        var units = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return units.ToImmutable();
        }

        if (!text.Contains('=', StringComparison.Ordinal))
        {
            UnitAmount? first = version?.UnitAmounts.FirstOrDefault(u => u.Role == UnitAmountRole.GrantPerUnit) ?? version?.UnitAmounts.FirstOrDefault();
            if (first is null)
            {
                throw new CliUsageException("--units: this funding line has no unit amounts on that date.");
            }

            units[first.Id] = CliText.ParseCount(text, "--units");
            return units.ToImmutable();
        }

        foreach (string pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw new CliUsageException($"--units '{pair}' is not id=count.");
            }

            if (units.ContainsKey(parts[0]))
            {
                throw new CliUsageException($"--units names '{parts[0]}' twice.");
            }

            if (version is not null && !version.UnitAmounts.Any(u => u.Id == parts[0]))
            {
                throw new CliUsageException(
                    $"--units names '{parts[0]}', which this funding line does not have on that date; it has: {string.Join(", ", version.UnitAmounts.Select(u => u.Id))}.",
                    $"--units nennt '{parts[0]}', das diese Förderlinie an dem Tag nicht hat; sie hat: {string.Join(", ", version.UnitAmounts.Select(u => u.Id))}.");
            }

            units[parts[0]] = CliText.ParseCount(parts[1], "--units");
        }

        return units.ToImmutable();
    }

    private static void Write(TextWriter output, GrantResult result, OutputFormat format, Lang lang)
    {
        if (format == OutputFormat.Csv)
        {
            var csv = new TabularResult(["step", "amount", "source", "explanation"], [false, true, false, false]);
            foreach (GrantStep step in result.Steps)
            {
                csv.Add(step.Name, step.Amount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, step.Source.IsDefault ? string.Empty : step.Source.Marker, lang.T(step.Text));
            }

            csv.WriteCsv(output);
            return;
        }

        var table = new TabularResult([lang.T("amount", "Betrag"), lang.T("source", "Quelle"), lang.T("explanation", "Erläuterung")], [true, false, false]);
        foreach (GrantStep step in result.Steps)
        {
            table.Add(step.Amount is { } amount ? lang.Money(amount) : string.Empty, step.Source.IsDefault ? string.Empty : step.Source.Marker, lang.T(step.Text));
        }

        output.WriteLine(result.Formula == "-"
            ? lang.T($"Grant calculation for funding line {result.LineId} on {lang.Date(result.On)}.", $"Zuwendungsberechnung für Förderlinie {result.LineId} am {lang.Date(result.On)}.")
            : lang.T(
                $"Grant calculation for funding line {result.LineId} on {lang.Date(result.On)}; formula: {result.Formula}.",
                $"Zuwendungsberechnung für Förderlinie {result.LineId} am {lang.Date(result.On)}; Formel: {result.Formula}."));
        output.WriteLine();
        bool undetermined = result.Outcome == GrantOutcome.Undetermined;
        string verdict = undetermined ? lang.T("not determined", "nicht bestimmt") : result.IsGranted ? lang.T("grant", "Zuwendung") : lang.T("no grant", "keine Zuwendung");
        table.WriteTable(output, [undetermined ? string.Empty : lang.Money(result.Grant), string.Empty, verdict + " (" + result.Code + ")"]);
        output.WriteLine();
        output.WriteLine(lang.T(result.Reason));
        output.WriteLine(lang.T("[V] primary text, [S] secondary source, [U] uncertain, [D] derived.", "[V] Primärtext, [S] Sekundärquelle, [U] unsicher, [D] abgeleitet."));
    }

    /// <summary>The verb's JSON: the library's grant result document (<see cref="GrantJson"/>) with what was asked.</summary>
    private static void WriteJson(OutputSettings settings, GrantResult result, GrantRequest request)
    {
        static string? Amount(Euro? amount) => amount?.ToString(CultureInfo.InvariantCulture);
        JsonOutput.Write(settings, "grant",
            [
                JsonOutput.Entry("line", result.LineId),
                JsonOutput.Entry("on", CliText.Iso(result.On)),
                JsonOutput.Entry("costs", Amount(request.EligibleCosts)),
                JsonOutput.Entry("own", Amount(request.OwnContribution)),
                JsonOutput.Entry("thirdParty", Amount(request.ThirdPartyFunds)),
                JsonOutput.Entry("kind", request.ApplicantKind is { } kind ? EnumCodes.ToCode(kind) : null),
                JsonOutput.Entry("units", request.Units.Count == 0 ? null : string.Join(",", request.Units.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => u.Key + "=" + u.Value.ToString(CultureInfo.InvariantCulture)))),
                JsonOutput.Entry("rounding", EnumCodes.ToCode(result.Rounding)),
            ],
            GrantJson.Write(result));
    }
}
