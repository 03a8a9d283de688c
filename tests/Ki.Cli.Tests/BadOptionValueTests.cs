namespace Ki.Cli.Tests;

/// <summary>
/// A bad value for one option of a verb's valid command line: exit code 2, nothing on stdout, and one line on stderr
/// that names the option and says what is wrong with the value, in the user's words.
/// </summary>
public sealed class BadOptionValueTests
{
    [Theory]
    [InlineData("interest", "--day-count", "30/360", "--day-count '30/360' is not act/365 or act/act.")]
    [InlineData("interest", "--points", "three", "--points 'three' is not a number of points like 3 or 5")]
    [InlineData("interest", "--rule", "late", "--rule 'late' is not repayment or interim.")]
    [InlineData("interest", "--to", "2023-01-01", "--to 2023-01-01 lies before --from 2023-03-15.")]
    [InlineData("interest", "--amount", "-5", "--amount '-5' must not be negative")]
    [InlineData("interest", "--base-rates", "no-such-base-rates.json", "no-such-base-rates.json': there is no such file.")]
    [InlineData("allocate", "--budget", "abc", "--budget 'abc' is not a euro amount")]
    [InlineData("allocate", "--budget", "-5", "--budget '-5' must not be negative")]
    [InlineData("allocate", "--budget", "99999999999999999999", "--budget '99999999999999999999' is outside the range")]
    [InlineData("allocate", "--budget", "1.001", "--budget '1.001' has three decimals")]
    [InlineData("allocate", "--budget", "131.000", "--budget '131.000' has three decimals, but an amount in euros has at most two (cents); for 131 thousand euros write 131000 or 131,000.00")]
    [InlineData("allocate", "--budget", "0,500", "--budget '0,500' is not a euro amount in the invariant culture: a group separator cannot follow a leading 0")]
    [InlineData("allocate", "--floor", "1.001", "--floor '1.001' has three decimals")]
    [InlineData("allocate", "--cap", "abc", "--cap 'abc' is not a euro amount")]
    [InlineData("allocate", "--base", "-5", "--base '-5' must not be negative")]
    [InlineData("districts", "--format", "xml", "--format 'xml' is not one of table, json, csv.")]
    [InlineData("municipalities", "--lang", "fr", "--lang 'fr' is not de or en.")]
    public void Verb_BadOptionValue_OneLineExit2NamingOptionAndReason(string verb, string option, string value, string expected)
    {
        List<string> args = verb switch
        {
            "interest" => ["interest", "--amount", "10000", "--from", "2023-03-15", "--to", "2024-09-30"],
            "allocate" => ["allocate", "--budget", "100", "--district", "05974"],
            "districts" => ["districts"],
            _ => ["municipalities", "05974"],
        };
        int at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.Add(option);
            args.Add(value);
        }

        Assert.StartsWith($"ki {verb}: {option} ", CliRun.FailsWithOneLine(expected, [.. args]), StringComparison.Ordinal);
    }
}
