using System.CommandLine;
using Ki.Domain.Money;
using Ki.Domain.Serialization;
using Ki.Domain.Settlement;

namespace Ki.Cli.Commands;

/// <summary>
/// The options of the verbs that charge interest under § 49a VwVfG NRW (<c>interest</c>, <c>settle</c>):
/// <c>--day-count act/365|act/act</c> and <c>--base-rates FILE</c>. One instance per verb; <see cref="Calculator"/>
/// turns them into the calculator.
/// </summary>
internal sealed class InterestOptions
{
    private readonly Option<string> _dayCount = new("--day-count")
    {
        Description = "Day count of the interest: act/365 (default) or act/act.",
        DefaultValueFactory = _ => "act/365",
    };

    private readonly Option<string?> _baseRates = new("--base-rates")
    {
        Description = "A base rate file (JSON, see docs/schemas/base-rates.schema.json) instead of the embedded table.",
    };

    private InterestOptions()
    {
    }

    /// <summary>Adds the interest options to <paramref name="command"/>.</summary>
    public static InterestOptions AddTo(Command command)
    {
        var options = new InterestOptions();
        command.Options.Add(options._dayCount);
        command.Options.Add(options._baseRates);
        return options;
    }

    /// <summary>
    /// The calculator of one call: the base rates of the file, or the embedded table, and the day count; a value
    /// that does not fit is a usage error naming the option.
    /// </summary>
    public InterestCalculator Calculator(ParseResult parse, RoundingMode rounding)
    {
        BaseRateTable table = parse.GetValue(_baseRates) is { } path
            ? SettlementJson.ReadBaseRates(InputFile.ReadAllBytes(path, "--base-rates"))
            : BaseRateTable.Default;
        return new InterestCalculator(table, ParseDayCount(parse.GetValue(_dayCount)!), rounding);
    }

    private static DayCount ParseDayCount(string text) => text switch
    {
        "act/365" => DayCount.Actual365,
        "act/act" => DayCount.ActualActual,
        _ => throw new CliUsageException($"--day-count '{text}' is not act/365 or act/act."),
    };
}
