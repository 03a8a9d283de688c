using System.Globalization;

namespace Ki.Cli.Tests;

/// <summary>Runs <c>ki</c> in-process and captures its output; the UI culture is English unless a test says otherwise.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Err) Ki(params string[] args) => In(CultureInfo.InvariantCulture, args);

    public static (int Exit, string Out, string Err) InGerman(params string[] args) => In(CultureInfo.GetCultureInfo("de-DE"), args);

    public static (int Exit, string Out, string Err) In(CultureInfo uiCulture, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = KiApp.Run(args, stdout, stderr, uiCulture);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
