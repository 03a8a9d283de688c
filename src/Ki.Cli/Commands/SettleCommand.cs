using System.CommandLine;
using System.Globalization;
using Ki.Cli.Output;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;
using Ki.Domain.Settlement;
using NodaTime;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki settle CASE.json [--as-of DATE] [--ineffective-from DATE] [--day-count act/365|act/act] [--base-rates FILE]
/// [--rounding commercial] [--lang de|en] [--format table|json|csv]</c>: settles a proof of use: the recognised costs
/// item by item, the final grant by financing type, the overpayment, and the interest on it as of a date.
/// </summary>
internal static class SettleCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("case") { Description = "The settlement case (JSON, schemaVersion 1; see docs/schemas/settlement-case.schema.json)." };
        var asOf = new Option<string?>("--as-of") { Description = "The last interest day, instead of the file's repayment.asOf (such as today or the day of payment)." };
        var ineffective = new Option<string?>("--ineffective-from") { Description = "The day the grant became ineffective in part, instead of the file's repayment.ineffectiveFrom." };
        var rounding = new Option<string>("--rounding") { Description = "Rounding of a fraction of a cent: commercial, half-to-even, toward-zero, floor, ceiling.", DefaultValueFactory = _ => "commercial" };
        var command = Verb.Create("settle", "Settle a proof of use: recognised costs, final grant by financing type (ANBest-P Nr. 2), overpayment, and interest under § 49a VwVfG NRW.", file, asOf, ineffective, rounding);
        InterestOptions interest = InterestOptions.AddTo(command);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            SettlementCase settlement = SettlementJson.ReadCase(InputFile.ReadAllBytes(parse.GetValue(file)!, "case"));
            settlement = WithDates(settlement, parse.GetValue(ineffective), parse.GetValue(asOf));
            RoundingMode mode = CliText.ParseRounding(parse.GetValue(rounding)!);
            var calculator = new SettlementCalculator(new FinalGrantCalculator(mode), interest.Calculator(parse, mode));
            SettlementResult result = calculator.Settle(settlement);
            Write(settings, result);
            return KiApp.Success;
        });
        return command;
    }

    /// <summary>Replaces the claim's dates with those given on the command line, keeping the file's repayments.</summary>
    private static SettlementCase WithDates(SettlementCase settlement, string? ineffectiveText, string? asOfText)
    {
        if (ineffectiveText is null && asOfText is null)
        {
            return settlement;
        }

        RepaymentClaim? claim = settlement.Repayment;
        LocalDate? ineffective = ineffectiveText is null ? claim?.IneffectiveFrom : CliText.ParseDate(ineffectiveText, "--ineffective-from");
        LocalDate? asOf = asOfText is null ? claim?.AsOf : CliText.ParseDate(asOfText, "--as-of");
        if (ineffective is not { } from)
        {
            throw new CliUsageException(
                "--as-of needs the day the grant became ineffective: give --ineffective-from or repayment.ineffectiveFrom in the file.",
                "--as-of braucht den Tag, an dem die Zuwendung unwirksam wurde: --ineffective-from angeben oder repayment.ineffectiveFrom in der Datei.");
        }

        if (asOf is not { } to)
        {
            throw new CliUsageException(
                "--ineffective-from needs the last interest day: give --as-of or repayment.asOf in the file.",
                "--ineffective-from braucht den letzten Zinstag: --as-of angeben oder repayment.asOf in der Datei.");
        }

        if (to < from)
        {
            throw new CliUsageException(
                $"The last interest day {CliText.Iso(to)} lies before the day the grant became ineffective ({CliText.Iso(from)}).",
                $"Der letzte Zinstag {CliText.Iso(to)} liegt vor dem Tag, an dem die Zuwendung unwirksam wurde ({CliText.Iso(from)}).");
        }

        Payment[] payments = claim is null ? [] : [.. claim.Payments];
        if (payments.FirstOrDefault(p => p.On > to) is { } late)
        {
            throw new CliUsageException(
                $"--as-of {CliText.Iso(to)} lies before the repayment on {CliText.Iso(late.On)} in the file.",
                $"--as-of {CliText.Iso(to)} liegt vor der Rückzahlung vom {CliText.Iso(late.On)} in der Datei.");
        }

        return new SettlementCase(settlement.Proof) { Repayment = new RepaymentClaim(from, to, payments), Payouts = settlement.Payouts };
    }

    private static void Write(OutputSettings settings, SettlementResult result)
    {
        switch (settings.Format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(settings, "settle",
                    [
                        JsonOutput.Entry("case", result.Case.Proof.Id),
                        JsonOutput.Entry("ineffectiveFrom", result.Case.Repayment is { } r ? CliText.Iso(r.IneffectiveFrom) : null),
                        JsonOutput.Entry("asOf", result.Case.Repayment is { } a ? CliText.Iso(a.AsOf) : null),
                    ],
                    SettlementJson.Write(result));
                return;
            case OutputFormat.Csv:
                WriteCsv(settings, result);
                return;
            default:
                WriteTable(settings, result);
                return;
        }
    }

    private static string Amount(Euro amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static void WriteCsv(OutputSettings settings, SettlementResult result)
    {
        Lang lang = settings.Lang;
        FinalGrantResult grant = result.FinalGrant;
        var csv = new TabularResult(["section", "name", "amount", "code", "text"], [false, false, true, false, false]);
        foreach (CostItemResult item in grant.Items)
        {
            csv.Add("item", item.Item.Id, Amount(item.Recognised), item.Code, lang.T(item.Text));
        }

        foreach (GrantStep step in grant.Steps)
        {
            csv.Add("step", step.Name, step.Amount is { } a ? Amount(a) : string.Empty, string.Empty, lang.T(step.Text));
        }

        csv.Add("final-grant", grant.Proof.Id, Amount(grant.FinalGrant), grant.Code, lang.T(grant.Reason));
        csv.Add("claim", grant.Proof.Id, Amount(result.Outstanding), result.Code, lang.T(result.Reason));
        if (result.RepaymentInterest is { } interest)
        {
            AddInterest(csv, "repayment-interest", interest, lang);
        }

        foreach (InterestResult late in result.LateUseInterest)
        {
            AddInterest(csv, "late-use-interest", late, lang);
        }

        csv.WriteCsv(settings.Output);
    }

    private static void AddInterest(TabularResult csv, string section, InterestResult interest, Lang lang)
    {
        foreach (InterestPeriod period in interest.Periods)
        {
            csv.Add(section + "-period", $"{CliText.Iso(period.FirstDay)}..{CliText.Iso(period.LastDay)}", period.Interest.ToEuroString(4), string.Empty, lang.T(period.Text));
        }

        csv.Add(section, $"{CliText.Iso(interest.Start)}..{CliText.Iso(interest.End)}", interest.Interest is { } i ? Amount(i) : string.Empty, interest.Code, lang.T(interest.Reason));
    }

    private static void WriteTable(OutputSettings settings, SettlementResult result)
    {
        Lang lang = settings.Lang;
        TextWriter output = settings.Output;
        FinalGrantResult grant = result.FinalGrant;
        ProofOfUse proof = grant.Proof;
        output.WriteLine(lang.T(
            $"Settlement of {proof.Id} (financing: {ProgrammesCommand.Financing(proof.Financing, lang)}): awarded {lang.Money(proof.Awarded)}, paid out {lang.Money(proof.PaidOut)}.",
            $"Abrechnung von {proof.Id} ({ProgrammesCommand.Financing(proof.Financing, lang)}): bewilligt {lang.Money(proof.Awarded)}, ausgezahlt {lang.Money(proof.PaidOut)}."));
        output.WriteLine();

        var items = new TabularResult(
            [lang.T("item", "Ansatz"), lang.T("planned", "geplant"), lang.T("spent", "ausgegeben"), lang.T("recognised", "anerkannt"), lang.T("code", "Code")],
            [false, true, true, true, false]);
        foreach (CostItemResult item in grant.Items)
        {
            items.Add(item.Item.Name, lang.Number(item.Item.Planned), lang.Number(item.Item.Actual), lang.Number(item.Recognised), item.Code);
        }

        items.WriteTable(output, [lang.T("eligible costs", "zuwendungsfähige Ausgaben"), lang.Number(proof.PlannedCosts), lang.Number(proof.ActualCosts), lang.Number(grant.RecognisedCosts), string.Empty]);
        output.WriteLine();

        var steps = new TabularResult([lang.T("step", "Schritt"), lang.T("amount", "Betrag"), lang.T("source", "Quelle"), lang.T("explanation", "Erläuterung")], [false, true, false, false]);
        foreach (GrantStep step in grant.Steps.Where(s => s.Name != "item"))
        {
            steps.Add(step.Name, step.Amount is { } a ? lang.Number(a) : string.Empty, step.Source.IsDefault ? string.Empty : step.Source.Marker, lang.T(step.Text));
        }

        steps.WriteTable(output);
        output.WriteLine();
        if (!lang.IsGerman)
        {
            output.WriteLine($"formula: {grant.Formula}");
        }

        output.WriteLine($"{grant.Code}: {lang.T(grant.Reason)}");
        output.WriteLine($"{result.Code}: {lang.T(result.Reason)}");
        if (result.RepaymentInterest is { } interest)
        {
            output.WriteLine();
            WriteInterest(output, lang, interest, lang.T("Interest on the overpayment", "Zinsen auf den Erstattungsbetrag"));
        }

        foreach (InterestResult late in result.LateUseInterest)
        {
            output.WriteLine();
            WriteInterest(output, lang, late, lang.T("Zwischenzinsen (money used later than two months after payout; charging them is discretionary)", "Zwischenzinsen (Mittel später als zwei Monate nach der Auszahlung verwendet; ihre Erhebung steht im Ermessen)"));
        }
    }

    private static void WriteInterest(TextWriter output, Lang lang, InterestResult interest, string title)
    {
        output.WriteLine($"{title}, {interest.Rule.LegalReference}: {lang.T("day count", "Tageszählung")} {interest.DayCountName}, {RoundingWords(interest.Rounding, lang)}");
        var table = new TabularResult(
            [lang.T("from", "von"), lang.T("to", "bis"), lang.T("days", "Tage"), lang.T("amount", "Betrag"), lang.T("base rate", "Basiszins"), lang.T("rate", "Zinssatz"), lang.T("interest", "Zinsen")],
            [false, false, true, true, true, true, true]);
        foreach (InterestPeriod period in interest.Periods)
        {
            table.Add(lang.Date(period.FirstDay), lang.Date(period.LastDay), lang.Count(period.Days), lang.Number(period.Amount),
                PercentText(period.BaseRate.Percent, lang), PercentText(period.RatePercent, lang), Exact(period.Interest, lang));
        }

        string total = interest.Interest is { } i ? lang.Number(i) : lang.T("unknown", "unbekannt");
        table.WriteTable(output, [lang.T("total", "Summe"), string.Empty, lang.Count(interest.Days), string.Empty, string.Empty, string.Empty, total]);
        output.WriteLine($"{interest.Code}: {lang.T(interest.Reason)}");
    }

    private static string Exact(CentFraction amount, Lang lang)
    {
        string text = amount.ToEuroString(4);
        return lang.IsGerman ? text.Replace('.', ',') : text;
    }

    private static string PercentText(decimal percent, Lang lang)
    {
        string text = lang.Format(percent, "0.00##");
        return (text.StartsWith('-') ? "−" + text[1..] : text) + " %";
    }

    private static string RoundingWords(RoundingMode rounding, Lang lang) => rounding switch
    {
        RoundingMode.Commercial => lang.T("rounded commercially once", "einmal kaufmännisch gerundet"),
        RoundingMode.HalfToEven => lang.T("rounded half to even once", "einmal zur geraden Zahl gerundet"),
        RoundingMode.TowardZero => lang.T("truncated once", "einmal abgeschnitten"),
        RoundingMode.Floor => lang.T("rounded down once", "einmal abgerundet"),
        _ => lang.T("rounded up once", "einmal aufgerundet"),
    };
}
