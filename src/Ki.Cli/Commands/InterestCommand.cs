using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;
using NodaTime;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki interest --amount 10000 --from 2023-03-15 --to 2024-09-30 [--points 3] [--day-count act/365|act/act]
/// [--rule repayment|interim] [--base-rates FILE] [--rounding commercial] [--lang en|de] [--format table|json|csv]</c>:
/// interest under § 49a VwVfG NRW, each period with its base rate, days and interest, and the total.
/// </summary>
internal static class InterestCommand
{
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var amount = new Option<string>("--amount") { Description = "The amount that earns interest, in EUR, such as 10000 or 10000.50.", Required = true };
        var from = new Option<string>("--from") { Description = "The day interest starts from, not itself an interest day (such as the day the grant became ineffective).", Required = true };
        var to = new Option<string>("--to") { Description = "The last interest day (such as the day of payment).", Required = true };
        var points = new Option<string?>("--points") { Description = "Points above the base rate on every day, instead of the rule's dated points (3 in NRW now)." };
        var rule = new Option<string>("--rule") { Description = "repayment (§ 49a(3) VwVfG NRW, default) or interim (§ 49a(4), Zwischenzinsen).", DefaultValueFactory = _ => "repayment" };
        var rounding = new Option<string>("--rounding") { Description = "Rounding of the total to the cent: commercial, half-to-even, toward-zero, floor, ceiling.", DefaultValueFactory = _ => "commercial" };
        var command = Verb.Create("interest", "Interest under § 49a VwVfG NRW: base rate (§ 247 BGB) plus points, day by day, split at every rate change, rounded once.", amount, from, to, points, rule, rounding);
        InterestOptions interest = InterestOptions.AddTo(command);
        CommonOptions common = CommonOptions.AddTo(command);

        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            InterestCalculator calculator = interest.Calculator(parse, CliText.ParseRounding(parse.GetValue(rounding)!));
            InterestRule interestRule = ParseRule(parse.GetValue(rule)!);
            if (parse.GetValue(points) is { } pointsText)
            {
                interestRule = interestRule.WithPoints(ParsePoints(pointsText),
                    new SourceReference("ki interest --points", Confidence.Derived, "Points given on the command line."));
            }

            LocalDate start = CliText.ParseDate(parse.GetValue(from)!, "--from");
            LocalDate end = CliText.ParseDate(parse.GetValue(to)!, "--to");
            if (end < start)
            {
                throw new CliUsageException($"--to {CliText.Iso(end)} lies before --from {CliText.Iso(start)}.");
            }

            Euro principal = CliText.ParseEuro(parse.GetValue(amount)!, "--amount");
            if (principal.IsNegative)
            {
                throw new CliUsageException($"--amount {principal.ToString(CultureInfo.InvariantCulture)} must not be negative.");
            }

            InterestResult result = calculator.Calculate(interestRule, principal, start, end);
            Write(settings, result);
            return KiApp.Success;
        });
        return command;
    }

    private static InterestRule ParseRule(string text) => text switch
    {
        "repayment" => InterestRule.RepaymentNrw,
        "interim" => InterestRule.InterimNrw,
        _ => throw new CliUsageException($"--rule '{text}' is not repayment or interim."),
    };

    private static decimal ParsePoints(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) && value < 100m
            ? value
            : throw new CliUsageException($"--points '{text}' is not a number of points like 3 or 5 (0 to below 100).");

    private static string Percent(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    private static void Write(OutputSettings settings, InterestResult result)
    {
        TextWriter output = settings.Output;
        Lang lang = settings.Lang;
        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(settings, result, lang);
            return;
        }

        var table = new TabularResult(["from", "to", "days", "amount", "base rate %", "points", "rate %", "year days", "interest"],
            [false, false, true, true, true, true, true, true, true]);
        foreach (InterestPeriod period in result.Periods)
        {
            table.Add(CliText.Iso(period.FirstDay), CliText.Iso(period.LastDay), TabularResult.Invariant(period.Days),
                period.Amount.ToString(CultureInfo.InvariantCulture), Percent(period.BaseRate.Percent), CliText.Number(period.Margin.Points),
                Percent(period.RatePercent), TabularResult.Invariant(period.YearDays), period.Interest.ToEuroString(4));
        }

        if (settings.Format == OutputFormat.Csv)
        {
            table.WriteCsv(output);
            return;
        }

        output.WriteLine($"rule:      {lang.T(result.Rule.Name)}");
        output.WriteLine($"interest:  from {CliText.Iso(result.Start)} (exclusive) to {CliText.Iso(result.End)} (inclusive), {result.Days} days, day count {result.DayCountName}");
        output.WriteLine();
        string total = result.Interest is { } interest ? interest.ToString(CultureInfo.InvariantCulture) : "unknown";
        table.WriteTable(output, wide: settings.Wide, footer: ["total", string.Empty, TabularResult.Invariant(result.Days), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, total]);
        output.WriteLine();
        output.WriteLine($"exact {result.ExactInterest.ToEuroString(6)}, rounded once: {total} ({result.Code})");
        output.WriteLine(lang.T(result.Reason));
    }

    private static void WriteJson(OutputSettings settings, InterestResult result, Lang lang)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("rule", result.Rule.LegalReference);
            json.WriteString("amount", result.Amount.ToString(CultureInfo.InvariantCulture));
            json.WriteString("from", CliText.Iso(result.Start));
            json.WriteString("to", CliText.Iso(result.End));
            json.WriteNumber("days", result.Days);
            json.WriteString("dayCount", result.DayCountName);
            json.WriteString("rounding", EnumCodes.ToCode(result.Rounding));
            json.WriteString("code", result.Code);
            if (result.Interest is { } interest)
            {
                json.WriteString("interest", interest.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("interest");
            }

            json.WriteString("exactInterestCents", result.ExactInterest.ToString());
            json.WriteString("reason", lang.T(result.Reason));
            json.WriteStartArray("periods");
            foreach (InterestPeriod period in result.Periods)
            {
                json.WriteStartObject();
                json.WriteString("from", CliText.Iso(period.FirstDay));
                json.WriteString("to", CliText.Iso(period.LastDay));
                json.WriteNumber("days", period.Days);
                json.WriteString("amount", period.Amount.ToString(CultureInfo.InvariantCulture));
                json.WriteString("baseRatePercent", Percent(period.BaseRate.Percent));
                json.WriteString("points", CliText.Number(period.Margin.Points));
                json.WriteString("ratePercent", Percent(period.RatePercent));
                json.WriteNumber("yearDays", period.YearDays);
                json.WriteString("interest", period.Interest.ToEuroString(4));
                json.WriteString("exactInterestCents", period.Interest.ToString());
                json.WriteString("explanation", lang.T(period.Text));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        JsonOutput.Write(settings, "interest",
            [
                JsonOutput.Entry("amount", result.Amount.ToString(CultureInfo.InvariantCulture)),
                JsonOutput.Entry("from", CliText.Iso(result.Start)),
                JsonOutput.Entry("to", CliText.Iso(result.End)),
                JsonOutput.Entry("dayCount", result.DayCountName),
            ],
            stream.ToArray());
    }
}
