using System.CommandLine;
using System.Globalization;
using Ki.Cli.Output;
using Ki.Domain;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
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
        Option<string?> rules = SourceOptions.Rules();
        Option<string?> catalogue = SourceOptions.Catalogue();
        var command = Verb.Create("award", "Decide an award round: eligibility, grants, pro-rata or priority cut, minimum grant, pass-through, reconciliation.", file, rules, catalogue);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            Lang lang = settings.Lang;
            AwardRound round = AwardJson.ReadRound(InputFile.ReadAllBytes(parse.GetValue(file)!, "round"));
            RuleBook book = SourceOptions.LoadRules(parse.GetValue(rules));
            var evaluator = new EligibilityEvaluator(SourceOptions.LoadCatalogue(parse.GetValue(catalogue)), book);
            TwoStageResult? twoStage = round.PassThroughPlans.IsEmpty ? null : new TwoStageAllocator(evaluator, Ki.Domain.Places.Gazetteer.Default).Allocate(round);
            AwardResult result = twoStage?.Land ?? new AwardAllocator(evaluator).Allocate(round);
            if (settings.Format == OutputFormat.Json)
            {
                // The library's award result document; a two-stage round adds what each first recipient passed on.
                JsonOutput.Write(settings, "award",
                    [
                        JsonOutput.Entry("round", round.Id),
                        JsonOutput.Entry("line", round.LineId),
                        JsonOutput.Entry("asOf", CliText.Iso(round.AsOf)),
                        JsonOutput.Entry("budget", Amount(round.Budget)),
                        JsonOutput.Entry("policy", EnumCodes.ToCode(round.Policy)),
                    ],
                    twoStage is null ? AwardJson.WriteResult(result) : AwardJson.WriteResult(twoStage));
            }
            else
            {
                Write(settings.Output, result, settings.Format, lang, twoStage);
            }

            return result.Lines.Any(l => l.Decision.Outcome == EligibilityOutcome.Eligible && l.Computed.IsPositive && !l.Awarded.IsPositive) ? KiApp.No : KiApp.Success;
        });
        return command;
    }

    private static string Amount(Ki.Domain.Money.Euro amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static string ProvisionsName(AncillaryProvisions? provisions) => provisions switch
    {
        AncillaryProvisions.AnBestP => "ANBest-P",
        AncillaryProvisions.AnBestG => "ANBest-G [U]",
        _ => string.Empty,
    };

    private static void Write(TextWriter output, AwardResult result, OutputFormat format, Lang lang, TwoStageResult? twoStage)
    {
        if (format == OutputFormat.Csv && twoStage is not null)
        {
            var both = new TabularResult(["level", "first recipient", "application", "recipient", "kind", "decision", "requested", "awarded", "code", "provisions"],
                [false, false, false, false, false, false, true, true, false, false]);
            foreach (AwardLine line in result.Lines)
            {
                both.Add("land", string.Empty, line.ApplicationId, line.Application.Applicant.Name, CliText.Name(line.Application.Applicant.Kind),
                    CheckCommand.Name(line.Decision.Outcome), Amount(line.Requested), Amount(line.Awarded), line.Code, string.Empty);
            }

            foreach (PassThroughResult pass in twoStage.PassThroughs)
            {
                both.Add("retained", pass.First.ApplicationId, pass.First.ApplicationId, pass.FirstRecipient.Name, CliText.Name(pass.FirstRecipient.Kind), string.Empty,
                    Amount(pass.Plan.Retained), Amount(pass.Retained), pass.Code, string.Empty);
                foreach (FinalAward final in pass.Lines)
                {
                    both.Add("final", pass.First.ApplicationId, final.Request.Id, final.Request.Applicant.Name, CliText.Name(final.Request.Applicant.Kind),
                        CheckCommand.Name(final.Line.Decision.Outcome), Amount(final.Requested), Amount(final.Awarded), final.Code, ProvisionsName(final.Provisions));
                }
            }

            both.WriteCsv(output);
            return;
        }

        if (format == OutputFormat.Csv)
        {
            var csv = new TabularResult(["application", "decision", "tier", "requested", "computed", "awarded", "code", "reason"], [false, false, true, true, true, true, false, false]);
            foreach (AwardLine line in result.Lines)
            {
                csv.Add(line.ApplicationId, CheckCommand.Name(line.Decision.Outcome), line.Tier?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    Amount(line.Requested), Amount(line.Computed), Amount(line.Awarded), line.Code, lang.T(line.Reason));
            }

            csv.WriteCsv(output);
            return;
        }

        var table = new TabularResult(
            [lang.T("application", "Antrag"), lang.T("decision", "Entscheidung"), lang.T("requested", "beantragt"), lang.T("grant", "Zuwendung"), lang.T("awarded", "bewilligt"), lang.T("reason", "Begründung")],
            [false, false, true, true, true, false]);
        foreach (AwardLine line in result.Lines)
        {
            table.Add(line.ApplicationId, CheckCommand.Words(line.Decision.Outcome, lang), lang.Money(line.Requested), lang.Money(line.Computed), lang.Money(line.Awarded), $"{line.Code}: {lang.T(line.Reason)}");
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
        output.WriteLine($"{result.Code}: {lang.T(result.Message)}");
        foreach (AwardLine line in result.Lines.Where(l => l.PassThrough is not null))
        {
            PassThrough pass = line.PassThrough!;
            output.WriteLine();
            output.WriteLine(lang.T($"Pass-through of {line.ApplicationId}: ", $"Weiterleitung von {line.ApplicationId}: ") + $"{pass.Code}: {lang.T(pass.Message)}");
            foreach (SubAward sub in pass.Planned)
            {
                output.WriteLine($"  {sub.Recipient} ({CliText.Name(sub.Kind)}): {lang.Money(sub.Amount)}, {(sub.Provisions == AncillaryProvisions.AnBestP ? "ANBest-P" : "ANBest-G")}{(pass.IsMade ? string.Empty : lang.T(" (not made)", " (nicht vorgenommen)"))}");
            }

            output.WriteLine(lang.T($"  retained by {line.ApplicationId}: {lang.Money(pass.Retained)}", $"  verbleibt bei {line.ApplicationId}: {lang.Money(pass.Retained)}"));
        }

        foreach (PassThroughResult pass in twoStage?.PassThroughs ?? [])
        {
            output.WriteLine();
            output.WriteLine(lang.T(
                $"Pass-through of {pass.First.ApplicationId} ({pass.FirstRecipient.Name}, {PassThroughWords(pass.Plan.Method, lang)}): {pass.Code}",
                $"Weiterleitung von {pass.First.ApplicationId} ({pass.FirstRecipient.Name}, {PassThroughWords(pass.Plan.Method, lang)}): {pass.Code}"));
            var finals = new TabularResult(
                [lang.T("request", "Antrag"), lang.T("recipient", "Empfänger"), lang.T("decision", "Entscheidung"), lang.T("requested", "beantragt"), lang.T("awarded", "bewilligt"), lang.T("reason", "Begründung")],
                [false, false, false, true, true, false]);
            foreach (FinalAward final in pass.Lines)
            {
                finals.Add(final.Request.Id, final.Request.Applicant.Name, CheckCommand.Words(final.Line.Decision.Outcome, lang),
                    lang.Money(final.Requested), lang.Money(final.Awarded), $"{final.Code}{(final.Provisions is { } p ? ", " + ProvisionsName(p) : string.Empty)}: {lang.T(final.Line.Reason)}");
            }

            finals.WriteTable(output, [lang.T("total", "Summe"), string.Empty, string.Empty, lang.Money(Ki.Domain.Money.Euro.Sum(pass.Lines.Select(l => l.Requested))), lang.Money(pass.PassedOn), string.Empty]);
            output.WriteLine(lang.T(
                $"Reconciliation: award {lang.Money(pass.Award)} = passed on {lang.Money(pass.PassedOn)} + retained {lang.Money(pass.Retained)} + not allocated {lang.Money(pass.Unallocated)} ({(pass.IsReconciled ? "balanced to the cent" : "DOES NOT BALANCE")}).",
                $"Abgleich: Zuwendung {lang.Money(pass.Award)} = weitergeleitet {lang.Money(pass.PassedOn)} + einbehalten {lang.Money(pass.Retained)} + nicht verteilt {lang.Money(pass.Unallocated)} ({(pass.IsReconciled ? "auf den Cent ausgeglichen" : "NICHT AUSGEGLICHEN")})."));
            output.WriteLine(lang.T(pass.Message));
        }

        if (twoStage is not null)
        {
            output.WriteLine();
            output.WriteLine(twoStage.IsReconciled
                ? lang.T("Both levels balance to the cent.", "Beide Ebenen sind auf den Cent ausgeglichen.")
                : lang.T("The two levels DO NOT BALANCE.", "Die beiden Ebenen sind NICHT AUSGEGLICHEN."));
        }
    }

    private static string PassThroughWords(PassThroughMethod method, Lang lang) => method switch
    {
        PassThroughMethod.Population => lang.T("split by population", "nach Einwohnerzahl verteilt"),
        PassThroughMethod.PriorityTiers => lang.T("priority tiers", "nach Prioritätsstufen"),
        _ => lang.T("pro-rata cut", "anteilig gekürzt"),
    };
}
