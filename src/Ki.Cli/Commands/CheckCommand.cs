using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Programmes;
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
        var rules = new Option<string?>("--rules") { Description = "A rule file to use instead of the embedded KOMM-AN and KI rules." };
        var command = new Command("check", "Decide whether an application is eligible, criterion by criterion, with codes and legal references.");
        command.Arguments.Add(file);
        foreach (Option option in new Option[] { on, rules })
        {
            command.Options.Add(option);
        }

        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            Application application = EligibilityJson.ReadApplication(InputFile.ReadAllBytes(parse.GetValue(file)!, "application"));
            RuleBook book = parse.GetValue(rules) is { } rulesPath ? EligibilityJson.ReadRules(InputFile.ReadAllBytes(rulesPath, "--rules")) : RuleBook.Default;
            LocalDate date = parse.GetValue(on) is { } onText ? CliText.ParseDate(onText, "--on") : Today();
            EligibilityDecision decision = new EligibilityEvaluator(ProgrammeCatalogue.Default, book).Evaluate(application, date);
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

    /// <summary>Writes one criterion result as a JSON object.</summary>
    public static void WriteResult(Utf8JsonWriter json, CriterionResult result, CultureInfo culture)
    {
        json.WriteStartObject();
        json.WriteString("code", result.Code);
        json.WriteString("type", result.Criterion.Type);
        json.WriteString("outcome", Name(result.Outcome));
        json.WriteString("actual", result.Actual.For(culture));
        json.WriteString("required", result.Required.For(culture));
        json.WriteString("message", result.Message.For(culture));
        json.WriteString("legalReference", result.LegalReference);
        if (!result.MissingFacts.IsEmpty)
        {
            json.WriteStartArray("missingFacts");
            foreach (string fact in result.MissingFacts)
            {
                json.WriteStringValue(fact);
            }

            json.WriteEndArray();
        }

        if (!result.Children.IsEmpty)
        {
            json.WriteStartArray("parts");
            foreach (CriterionResult child in result.Children)
            {
                WriteResult(json, child, culture);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

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
        CultureInfo culture = lang.Culture;
        TextWriter output = settings.Output;
        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(output, decision, culture);
            return;
        }

        if (settings.Format == OutputFormat.Csv)
        {
            var csv = new TabularResult(["code", "outcome", "actual", "required", "legal reference"], [false, false, false, false, false]);
            foreach (CriterionResult result in decision.Results.SelectMany(r => r.Flatten()))
            {
                csv.Add(result.Code, Name(result.Outcome), result.Actual.For(culture), result.Required.For(culture), result.LegalReference);
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

        output.WriteLine(lang.T($"Decision: {Words(decision.Outcome, lang)}. ", $"Entscheidung: {Words(decision.Outcome, lang)}. ") + $"{decision.Code}: {decision.Message.For(culture)}");
        output.WriteLine(lang.T(
            $"Rules sha256:{decision.RulesHash ?? "-"}, Ki.Domain {decision.LibraryVersion}; --verbose shows the legal reference of each criterion.",
            $"Regeln sha256:{decision.RulesHash ?? "-"}, Ki.Domain {decision.LibraryVersion}; --verbose zeigt die Rechtsgrundlage jedes Kriteriums."));
    }

    private static void AddRows(TabularResult table, CriterionResult result, int depth, Lang lang, bool verbose)
    {
        string actual = result.Actual.For(lang.Culture);
        string required = result.Required.For(lang.Culture);
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

    private static void WriteJson(TextWriter output, EligibilityDecision decision, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("application", decision.ApplicationId);
            json.WriteString("line", decision.LineId);
            json.WriteString("asOf", CliText.Iso(decision.AsOf));
            json.WriteString("outcome", Name(decision.Outcome));
            json.WriteString("code", decision.Code);
            json.WriteString("message", decision.Message.For(culture));
            if (decision.Version is { } version)
            {
                json.WriteString("versionStart", CliText.Iso(version.Validity.Start));
            }

            if (decision.RulesHash is { } hash)
            {
                json.WriteString("rulesHash", hash);
            }

            json.WriteString("libraryVersion", decision.LibraryVersion);
            json.WriteStartArray("missingFacts");
            foreach (string fact in decision.MissingFacts)
            {
                json.WriteStringValue(fact);
            }

            json.WriteEndArray();
            json.WriteStartArray("criteria");
            foreach (CriterionResult result in decision.Results)
            {
                WriteResult(json, result, culture);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
