using System.CommandLine;
using Ki.Domain;

namespace Ki.Cli.Commands;

/// <summary>
/// Runs a verb's action and turns a user's mistake into one line on standard error with exit code 2, inside the
/// action itself: System.CommandLine's default exception handler would otherwise print a stack trace and exit 1
/// before <see cref="KiApp"/> could see the exception.
/// </summary>
internal static class UserErrors
{
    /// <summary>Runs <paramref name="action"/>; a user error becomes <c>ki: message</c> on stderr and exit code 2.</summary>
    public static int Guard(ParseResult parse, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is CliUsageException or FormatException or ArgumentException or OverflowException or KiDataException or IOException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"ki: {e.Message.ReplaceLineEndings(" ")}");
            return KiApp.UsageError;
        }
    }
}
