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
            Write(parse.InvocationConfiguration.Output, result, settings.Format, culture);
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

        var table = new TabularResult(["application", "decision", "tier", "requested", "computed", "awarded", "code", "reason"], [false, false, true, true, true, true, false, false]);
        foreach (AwardLine line in result.Lines)
        {
            table.Add(line.ApplicationId, CheckCommand.Name(line.Decision.Outcome), line.Tier?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                Amount(line.Requested), Amount(line.Computed), Amount(line.Awarded), line.Code, line.Reason.For(culture));
        }

        if (format == OutputFormat.Csv)
        {
            table.WriteCsv(output);
            return;
        }

        output.WriteLine($"round:  {result.Round.Id} ({result.Round.LineId}, as of {CliText.Iso(result.Round.AsOf)}, {(result.Round.Policy == AwardPolicy.ProRata ? "pro-rata" : "priority-tiers")})");
        output.WriteLine($"budget: {Amount(result.Budget)}");
        output.WriteLine();
        table.WriteTable(output, ["total", string.Empty, string.Empty, Amount(Ki.Domain.Money.Euro.Sum(result.Lines.Select(l => l.Requested))), Amount(result.Demand), Amount(result.Awarded), result.Code, string.Empty]);
        output.WriteLine();
        output.WriteLine($"awarded {Amount(result.Awarded)} + unallocated {Amount(result.Unallocated)} = budget {Amount(result.Budget)} ({(result.IsReconciled ? "reconciled" : "NOT reconciled")})");
        output.WriteLine(result.Message.For(culture));
        foreach (AwardLine line in result.Lines.Where(l => l.PassThrough is not null))
        {
            PassThrough pass = line.PassThrough!;
            output.WriteLine();
            output.WriteLine($"pass-through of {line.ApplicationId}: {pass.Code}: {pass.Message.For(culture)}");
            foreach (SubAward sub in pass.Planned)
            {
                output.WriteLine($"  {sub.Recipient} ({CliText.Name(sub.Kind)}): {Amount(sub.Amount)}, {(sub.Provisions == AncillaryProvisions.AnBestP ? "ANBest-P" : "ANBest-G")}{(pass.IsMade ? string.Empty : " (not made)")}");
            }

            output.WriteLine($"  retained by {line.ApplicationId}: {Amount(pass.Retained)}");
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
