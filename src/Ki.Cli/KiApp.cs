using System.CommandLine;
using System.Globalization;
using Ki.Domain;

namespace Ki.Cli;

/// <summary>
/// The <c>ki</c> command: builds the verbs, runs one, and turns every error a user can cause into one line on
/// standard error with exit code 2.
/// </summary>
internal static class KiApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad usage or bad input.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        RootCommand root = BuildRoot();
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"ki: {parse.Errors[0].Message} (see 'ki --help')");
            return UsageError;
        }

        var output = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(output);
        }
        catch (Exception e) when (IsUserError(e))
        {
            stderr.WriteLine($"ki: {OneLine(e.Message)}");
            return UsageError;
        }
    }

    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("ki: the rules of NRW's Kommunale Integrationszentren (Ki.Domain) on the embedded data.");
        foreach (Command verb in Verbs.All())
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }

    private static bool IsUserError(Exception e) =>
        e is CliUsageException or FormatException or ArgumentException or OverflowException or KiDataException or IOException or UnauthorizedAccessException;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
