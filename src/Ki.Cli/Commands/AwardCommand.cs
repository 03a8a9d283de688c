using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki award ROUND.json [--lang de|en] [--format table|json|csv] [--rules RULES.json]</c>: decides an award round and
/// reconciles the budget to the cent.
/// </summary>
internal static class AwardCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("round") { Description = "The round file (JSON, schemaVersion 1; see docs/schemas/award-round.schema.json)." };
        var rules = new Option<string?>("--rules") { Description = "A rule file to use instead of the embedded KOMM-AN and KI rules." };
        var command = new Command("award", "Decide an award round: eligibility, grants, pro-rata or priority cut, minimum grant, pass-through, reconciliation.");
        command.Arguments.Add(file);
        command.Options.Add(rules);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            CultureInfo culture = settings.Lang.Culture;
            AwardRound round = AwardJson.ReadRound(InputFile.ReadAllBytes(parse.GetValue(file)!, "round"));
            RuleBook book = parse.GetValue(rules) is { } rulesPath ? EligibilityJson.ReadRules(InputFile.ReadAllBytes(rulesPath, "--rules")) : RuleBook.Default;
            AwardResult result = new AwardAllocator(new EligibilityEvaluator(ProgrammeCatalogue.Default, book)).Allocate(round);
            Write(settings.Output, result, settings.Format, culture);
            return result.Lines.Any(l => l.Decision.Outcome == EligibilityOutcome.Eligible && l.Computed.IsPositive && !l.Awarded.IsPositive) ? KiApp.No : KiApp.Success;
        });
        return command;
    }

    private static string Amount(Ki.Domain.Money.Euro amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static void Write(TextWriter output, AwardResult result, OutputFormat format, CultureInfo culture)
    {
        if (format == OutputFormat.Json)
        {
            WriteJson(output, result, culture);
            return;
        }

        if (format == OutputFormat.Csv)
        {
            var csv = new TabularResult(["application", "decision", "tier", "requested", "computed", "awarded", "code", "reason"], [false, false, true, true, true, true, false, false]);
            foreach (AwardLine line in result.Lines)
            {
                csv.Add(line.ApplicationId, CheckCommand.Name(line.Decision.Outcome), line.Tier?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    Amount(line.Requested), Amount(line.Computed), Amount(line.Awarded), line.Code, line.Reason.For(culture));
            }

            csv.WriteCsv(output);
            return;
        }

        Lang lang = Lang.FromCulture(culture);
        var table = new TabularResult(
            [lang.T("application", "Antrag"), lang.T("decision", "Entscheidung"), lang.T("requested", "beantragt"), lang.T("grant", "Zuwendung"), lang.T("awarded", "bewilligt"), lang.T("reason", "Begründung")],
            [false, false, true, true, true, false]);
        foreach (AwardLine line in result.Lines)
        {
            table.Add(line.ApplicationId, CheckCommand.Words(line.Decision.Outcome, lang), lang.Money(line.Requested), lang.Money(line.Computed), lang.Money(line.Awarded), $"{line.Code}: {line.Reason.For(culture)}");
        }

        string policy = result.Round.Policy == AwardPolicy.ProRata ? lang.T("pro-rata cut", "anteilige Kürzung") : lang.T("priority tiers", "Prioritätsstufen");
        output.WriteLine(lang.T(
            $"Award round {result.Round.Id} for funding line {result.Round.LineId} as of {lang.Date(result.Round.AsOf)}: budget {lang.Money(result.Budget)}, {policy}.",
            $"Bewilligungsrunde {result.Round.Id} für Förderlinie {result.Round.LineId} am {lang.Date(result.Round.AsOf)}: Budget {lang.Money(result.Budget)}, {policy}."));
        output.WriteLine();
        table.WriteTable(output, [lang.T("total", "Summe"), string.Empty, lang.Money(Ki.Domain.Money.Euro.Sum(result.Lines.Select(l => l.Requested))), lang.Money(result.Demand), lang.Money(result.Awarded), string.Empty]);
        output.WriteLine();
        output.WriteLine(lang.T(
            $"Reconciliation: awarded {lang.Money(result.Awarded)} + not allocated {lang.Money(result.Unallocated)} = budget {lang.Money(result.Budget)} ({(result.IsReconciled ? "balanced to the cent" : "DOES NOT BALANCE")}).",
            $"Abgleich: bewilligt {lang.Money(result.Awarded)} + nicht verteilt {lang.Money(result.Unallocated)} = Budget {lang.Money(result.Budget)} ({(result.IsReconciled ? "auf den Cent ausgeglichen" : "NICHT AUSGEGLICHEN")})."));
        output.WriteLine($"{result.Code}: {result.Message.For(culture)}");
        foreach (AwardLine line in result.Lines.Where(l => l.PassThrough is not null))
        {
            PassThrough pass = line.PassThrough!;
            output.WriteLine();
            output.WriteLine(lang.T($"Pass-through of {line.ApplicationId}: ", $"Weiterleitung von {line.ApplicationId}: ") + $"{pass.Code}: {pass.Message.For(culture)}");
            foreach (SubAward sub in pass.Planned)
            {
                output.WriteLine($"  {sub.Recipient} ({CliText.Name(sub.Kind)}): {lang.Money(sub.Amount)}, {(sub.Provisions == AncillaryProvisions.AnBestP ? "ANBest-P" : "ANBest-G")}{(pass.IsMade ? string.Empty : lang.T(" (not made)", " (nicht vorgenommen)"))}");
            }

            output.WriteLine(lang.T($"  retained by {line.ApplicationId}: {lang.Money(pass.Retained)}", $"  verbleibt bei {line.ApplicationId}: {lang.Money(pass.Retained)}"));
        }
    }

    private static void WriteJson(TextWriter output, AwardResult result, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("round", result.Round.Id);
            json.WriteString("line", result.Round.LineId);
            json.WriteString("asOf", CliText.Iso(result.Round.AsOf));
            json.WriteString("policy", result.Round.Policy == AwardPolicy.ProRata ? "pro-rata" : "priority-tiers");
            json.WriteString("code", result.Code);
            json.WriteString("message", result.Message.For(culture));
            json.WriteString("budget", Amount(result.Budget));
            json.WriteString("demand", Amount(result.Demand));
            json.WriteString("awarded", Amount(result.Awarded));
            json.WriteString("unallocated", Amount(result.Unallocated));
            json.WriteBoolean("reconciled", result.IsReconciled);
            json.WriteStartArray("applications");
            foreach (AwardLine line in result.Lines)
            {
                json.WriteStartObject();
                json.WriteString("application", line.ApplicationId);
                json.WriteString("decision", CheckCommand.Name(line.Decision.Outcome));
                json.WriteString("decisionCode", line.Decision.Code);
                if (line.Decision.RulesHash is { } hash)
                {
                    json.WriteString("rulesHash", hash);
                }

                if (line.Tier is { } tier)
                {
                    json.WriteNumber("tier", tier);
                }

                json.WriteString("requested", Amount(line.Requested));
                json.WriteString("computed", Amount(line.Computed));
                json.WriteString("awarded", Amount(line.Awarded));
                json.WriteString("code", line.Code);
                json.WriteString("reason", line.Reason.For(culture));
                json.WriteStartArray("failedCriteria");
                foreach (CriterionResult failure in line.Decision.Failures)
                {
                    json.WriteStringValue(failure.Code);
                }

                json.WriteEndArray();
                if (line.PassThrough is { } pass)
                {
                    json.WriteStartObject("passThrough");
                    json.WriteString("code", pass.Code);
                    json.WriteString("passedOn", Amount(pass.PassedOn));
                    json.WriteString("retained", Amount(pass.Retained));
                    json.WriteStartArray("subAwards");
                    foreach (SubAward sub in pass.SubAwards)
                    {
                        json.WriteStartObject();
                        json.WriteString("recipient", sub.Recipient);
                        json.WriteString("kind", CliText.Name(sub.Kind));
                        json.WriteString("amount", Amount(sub.Amount));
                        json.WriteString("provisions", sub.Provisions == AncillaryProvisions.AnBestP ? "ANBest-P" : "ANBest-G");
                        json.WriteString("legalReference", sub.LegalReference);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
