using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Ki.Cli.Output;
using Ki.Domain;

namespace Ki.Cli;

/// <summary>
/// The <c>ki</c> command: builds the verbs, runs one, and turns every error a user can cause into a message on
/// standard error that names the option or file and the reason, with exit code 2. Programmer errors (a bug in
/// <c>ki</c> or the library) are not caught: they show, so they get reported and fixed.
/// </summary>
internal static partial class KiApp
{
    /// <summary>Exit code for success (and, for <c>ki check</c>, an eligible application).</summary>
    public const int Success = 0;

    /// <summary>Exit code for "no": <c>ki check</c> found the application not eligible, or an award round left
    /// eligible requests unfunded.</summary>
    public const int No = 1;

    /// <summary>Exit code for bad usage or bad input.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for "cannot tell yet": <c>ki check</c> lacks facts to decide, or <c>ki grant</c> lacks a figure it needs.</summary>
    public const int Undetermined = 3;

    /// <summary>The exit codes as the help and the README explain them.</summary>
    public const string ExitCodes =
        "Exit codes: 0 success (ki check: eligible); 1 ki check: not eligible, ki award: eligible requests left unfunded; "
        + "2 bad usage or bad input (the message names the option or file); 3 ki check or ki grant: undetermined (facts missing).";

    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The arguments after <c>ki</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="uiCulture">The user's UI culture: German output by default when it is German.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CultureInfo uiCulture) =>
        Run(args, stdout, stderr, Lang.FromCulture(uiCulture));

    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The arguments after <c>ki</c>.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <param name="systemLang">The system's language (<see cref="Lang.FromSystem"/>), used when no <c>--lang</c> is given.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Lang systemLang)
    {
        Lang lang = LangOnCommandLine(args) ?? systemLang;
        Session.Lang = lang;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        RootCommand root = BuildRoot();
        if (args.Length == 0)
        {
            WriteHelp(root, null, stdout);
            return Success;
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return BadUsage(root, parse, lang, stderr);
        }

        string verb = Prefix(parse.CommandResult.Command);
        var output = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(output);
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"{verb}: {OneLine(e.For(lang))}");
            return UsageError;
        }
        catch (KiDataException e)
        {
            stderr.WriteLine($"{verb}: {OneLine(lang.IsGerman && e.ReasonGerman is { } german ? $"{e.LocationGerman}: {german}" : e.Message)}");
            return UsageError;
        }
    }

    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "ki: the rules of NRW's Kommunale Integrationszentren (Ki.Domain) on the embedded data.\n"
            + "Every verb takes --lang de|en, --format table|json|csv, --compact, --verbose and --wide; 'ki VERB --help' shows its options.\n"
            + ExitCodes);
        foreach (Command verb in Verbs.All())
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }

    /// <summary>The closest of <paramref name="candidates"/> to a mistyped <paramref name="token"/>, or null when none is close.</summary>
    public static string? Suggest(string token, IEnumerable<string> candidates)
    {
        string typed = token.ToLowerInvariant();
        int limit = Math.Max(2, typed.TrimStart('-').Length / 3);
        return candidates
            .Select(c => (Name: c, Distance: c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.TrimStart('-').Length >= 3 ? 0 : Distance(typed, c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int BadUsage(RootCommand root, ParseResult parse, Lang lang, TextWriter stderr)
    {
        Command command = parse.CommandResult.Command;
        Command? helpFor = command is RootCommand ? null : command;
        string message;
        if (parse.UnmatchedTokens.Count > 0)
        {
            string token = parse.UnmatchedTokens[0];
            string? suggestion;
            if (token.StartsWith('-'))
            {
                suggestion = Suggest(token, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
                message = lang.T($"unknown option '{token}'.", $"unbekannte Option '{token}'.");
            }
            else if (command is RootCommand)
            {
                suggestion = Suggest(token, root.Subcommands.Select(c => c.Name));
                message = lang.T($"unknown verb '{token}'.", $"unbekanntes Verb '{token}'.");
                helpFor = suggestion is null ? null : root.Subcommands.First(c => c.Name == suggestion);
            }
            else
            {
                suggestion = null;
                message = lang.T($"unexpected argument '{token}'.", $"unerwartetes Argument '{token}'.");
            }

            if (suggestion is not null)
            {
                message += lang.T($" Did you mean '{suggestion}'?", $" Meinten Sie '{suggestion}'?");
            }
        }
        else
        {
            message = Translate(parse.Errors[0].Message, command, lang);
        }

        stderr.WriteLine($"{Prefix(command)}: {OneLine(message)}");
        stderr.WriteLine();
        WriteHelp(root, helpFor, stderr);
        return UsageError;
    }

    private static string Translate(string message, Command command, Lang lang)
    {
        Match required = RequiredOption().Match(message);
        if (required.Success)
        {
            string option = required.Groups[1].Value;
            return lang.T($"{option} is missing; it is required.", $"{option} fehlt; die Option ist Pflicht.");
        }

        Match noValue = MissingValue().Match(message);
        if (noValue.Success)
        {
            string option = noValue.Groups[1].Value;
            return lang.T($"{option} needs a value.", $"{option} braucht einen Wert.");
        }

        if (MissingArgument().IsMatch(message))
        {
            string name = command.Arguments.FirstOrDefault()?.Name ?? "argument";
            return lang.T($"the argument <{name}> is missing.", $"das Argument <{name}> fehlt.");
        }

        return message;
    }

    private static void WriteHelp(RootCommand root, Command? verb, TextWriter writer)
    {
        string[] args = verb is null ? ["--help"] : [verb.Name, "--help"];
        root.Parse(args).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }

    private static string Prefix(Command command) => command is RootCommand ? "ki" : "ki " + command.Name;

    private static Lang? LangOnCommandLine(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                return Lang.FromCode(args[i + 1]);
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                return Lang.FromCode(args[i][7..]);
            }
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string OneLine(string message) => TabularResult.Visible(message.ReplaceLineEndings(" "));

    [GeneratedRegex("^Option '([^']+)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Required argument missing for option: '([^']+)'")]
    private static partial Regex MissingValue();

    [GeneratedRegex("^Required argument missing for command: '([^']+)'")]
    private static partial Regex MissingArgument();
}
