using System.CommandLine;
using Ki.Cli.Output;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Serialization;
using NodaTime;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki check APPLICATION.json [--on DATE] [--lang de|en] [--format table|json|csv] [--rules RULES.json]</c>:
/// decides whether an application is eligible and explains every criterion.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("application") { Description = "The application file (JSON, schemaVersion 1; see docs/schemas/application.schema.json)." };
        var on = new Option<string?>("--on") { Description = "The date of the decision (2019-02-01); default today in Germany." };
        Option<string?> rules = SourceOptions.Rules();
        Option<string?> catalogue = SourceOptions.Catalogue();
        var command = Verb.Create("check", "Decide whether an application is eligible, criterion by criterion, with codes and legal references.", file, on, rules, catalogue);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            Application application = EligibilityJson.ReadApplication(InputFile.ReadAllBytes(parse.GetValue(file)!, "application"));
            RuleBook book = SourceOptions.LoadRules(parse.GetValue(rules));
            LocalDate date = parse.GetValue(on) is { } onText ? CliText.ParseDate(onText, "--on") : Today();
            EligibilityDecision decision = new EligibilityEvaluator(SourceOptions.LoadCatalogue(parse.GetValue(catalogue)), book).Evaluate(application, date);
            Write(decision, settings);
            return ExitCode(decision.Outcome);
        });
        return command;
    }

    /// <summary>The exit code of a decision: 0 eligible, 1 not eligible, 3 undetermined.</summary>
    public static int ExitCode(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Eligible => KiApp.Success,
        EligibilityOutcome.NotEligible => KiApp.No,
        _ => KiApp.Undetermined,
    };

    /// <summary>Today in Germany.</summary>
    public static LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Date;

    /// <summary>The name of an outcome in output.</summary>
    public static string Name(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Pass => "pass",
        CriterionOutcome.Fail => "fail",
        _ => "unknown",
    };

    /// <summary>The name of a decision's outcome in output.</summary>
    public static string Name(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Eligible => "eligible",
        EligibilityOutcome.NotEligible => "not-eligible",
        _ => "undetermined",
    };

    /// <summary>The outcome of a criterion in words: met, not met, open.</summary>
    public static string Words(CriterionOutcome outcome, Lang lang) => outcome switch
    {
        CriterionOutcome.Pass => lang.T("met", "erfüllt"),
        CriterionOutcome.Fail => lang.T("not met", "nicht erfüllt"),
        _ => lang.T("open", "offen"),
    };

    /// <summary>The outcome of a decision in words.</summary>
    public static string Words(EligibilityOutcome outcome, Lang lang) => outcome switch
    {
        EligibilityOutcome.Eligible => lang.T("eligible", "förderfähig"),
        EligibilityOutcome.NotEligible => lang.T("not eligible", "nicht förderfähig"),
        _ => lang.T("undetermined (facts missing)", "nicht entscheidbar (Angaben fehlen)"),
    };

    private static void Write(EligibilityDecision decision, OutputSettings settings)
    {
        Lang lang = settings.Lang;
        TextWriter output = settings.Output;
        if (settings.Format == OutputFormat.Json)
        {
            // The library's decision document (EligibilityJson), with what was checked.
            JsonOutput.Write(settings, "check",
                [
                    JsonOutput.Entry("application", decision.ApplicationId),
                    JsonOutput.Entry("line", decision.LineId),
                    JsonOutput.Entry("on", CliText.Iso(decision.AsOf)),
                ],
                EligibilityJson.WriteDecision(decision));
            return;
        }

        if (settings.Format == OutputFormat.Csv)
        {
            var csv = new TabularResult(["code", "outcome", "actual", "required", "legal reference"], [false, false, false, false, false]);
            foreach (CriterionResult result in decision.Results.SelectMany(r => r.Flatten()))
            {
                csv.Add(result.Code, Name(result.Outcome), lang.T(result.Actual), lang.T(result.Required), result.LegalReference);
            }

            csv.WriteCsv(output);
            return;
        }

        output.WriteLine(lang.T(
            $"Eligibility check of application {decision.ApplicationId} (funding line {decision.LineId}, fiscal year {decision.Application.FiscalYear}) on {lang.Date(decision.AsOf)}{(decision.Version is { } v ? $", rules of the version in force from {lang.Date(v.Validity.Start)}" : string.Empty)}.",
            $"Prüfung der Förderfähigkeit von Antrag {decision.ApplicationId} (Förderlinie {decision.LineId}, Haushaltsjahr {decision.Application.FiscalYear}) am {lang.Date(decision.AsOf)}{(decision.Version is { } w ? $", Regeln der Fassung ab {lang.Date(w.Validity.Start)}" : string.Empty)}."));
        output.WriteLine();
        if (decision.Results.Length > 0)
        {
            var table = new TabularResult([lang.T("outcome", "Ergebnis"), lang.T("code", "Code"), lang.T("reason", "Begründung")], [false, false, false]);
            foreach (CriterionResult result in decision.Results)
            {
                AddRows(table, result, 0, lang, settings.Verbose);
            }

            table.WriteTable(output, null, settings.Wide);
            output.WriteLine();
        }

        output.WriteLine(lang.T($"Decision: {Words(decision.Outcome, lang)}. ", $"Entscheidung: {Words(decision.Outcome, lang)}. ") + $"{decision.Code}: {lang.T(decision.Message)}");
        output.WriteLine(lang.T(
            $"Rules sha256:{decision.RulesHash ?? "-"}, Ki.Domain {decision.LibraryVersion}; --verbose shows the legal reference of each criterion.",
            $"Regeln sha256:{decision.RulesHash ?? "-"}, Ki.Domain {decision.LibraryVersion}; --verbose zeigt die Rechtsgrundlage jedes Kriteriums."));
    }

    private static void AddRows(TabularResult table, CriterionResult result, int depth, Lang lang, bool verbose)
    {
        string actual = lang.T(result.Actual);
        string required = lang.T(result.Required);
        string reason = result.Outcome == CriterionOutcome.Pass
            ? actual
            : string.IsNullOrEmpty(required) ? actual : lang.T($"{actual}; required: {required}", $"{actual}; verlangt: {required}");
        if (!result.MissingFacts.IsEmpty)
        {
            reason = lang.T($"missing: {string.Join(", ", result.MissingFacts)}", $"fehlt: {string.Join(", ", result.MissingFacts)}");
        }

        if (verbose && !string.IsNullOrEmpty(result.LegalReference))
        {
            reason += " — " + result.LegalReference;
        }

        table.Add(new string(' ', 2 * depth) + Words(result.Outcome, lang), result.Code, reason);
        foreach (CriterionResult child in result.Children)
        {
            AddRows(table, child, depth + 1, lang, verbose);
        }
    }
}
