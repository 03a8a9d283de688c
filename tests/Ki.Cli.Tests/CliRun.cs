using System.Globalization;

namespace Ki.Cli.Tests;

/// <summary>
/// Runs <c>ki</c> in-process and captures its output; the UI culture is English unless a test says otherwise.
/// <see cref="Succeeds"/>, <see cref="Json(string[])"/> and <see cref="Fails"/> also check what every run of their kind
/// must show (the exit code, and nothing on the other stream), so a test states only what is particular to it.
/// </summary>
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

    /// <summary>Runs <c>ki</c>, asserts exit code 0 and an empty stderr, and returns stdout.</summary>
    public static string Succeeds(params string[] args) => Prints(0, args);

    /// <summary>Runs <c>ki</c>, asserts the exit code (0, or a verb's own 1 or 3) and an empty stderr, and returns stdout.</summary>
    public static string Prints(int expectedExit, params string[] args)
    {
        (int exit, string output, string error) = Ki(args);
        Assert.True(exit == expectedExit, $"exit {exit}, expected {expectedExit}; stderr: {error}");
        Assert.Equal(string.Empty, error);
        return output;
    }

    /// <summary>Runs <c>ki … --format json</c>, asserts exit code 0 and an empty stderr, and returns the parsed output.</summary>
    public static JsonElement Json(params string[] args) => Json(0, args);

    /// <summary>Runs <c>ki … --format json</c>, asserts the exit code and an empty stderr, and returns the parsed output.</summary>
    public static JsonElement Json(int expectedExit, params string[] args)
    {
        using JsonDocument json = JsonDocument.Parse(Prints(expectedExit, [.. args, "--format", "json"]));
        return json.RootElement.Clone();
    }

    /// <summary>Runs <c>ki</c>, asserts exit code 2 (bad input or usage) and an empty stdout, and returns stderr.</summary>
    public static string Fails(params string[] args)
    {
        (int exit, string output, string error) = Ki(args);
        Assert.True(exit == 2, $"exit {exit}, expected 2; stderr: {error}");
        Assert.Equal(string.Empty, output);
        return error;
    }

    /// <summary>
    /// Runs <c>ki</c>, asserts exit code 2, an empty stdout and one line on stderr that says <paramref name="expected"/>
    /// without .NET's words for an argument (<c>Parameter</c>) or an exception, or the CLI's own type names, and returns that line.
    /// </summary>
    public static string FailsWithOneLine(string expected, params string[] args)
    {
        string error = Fails(args);
        string line = Assert.Single(error.TrimEnd().Split(Environment.NewLine));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Ki.Cli", line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>Asserts that <paramref name="output"/> contains each of <paramref name="parts"/> (ordinal).</summary>
    public static void AssertContains(string output, params string[] parts)
    {
        foreach (string part in parts)
        {
            Assert.Contains(part, output, StringComparison.Ordinal);
        }
    }

    /// <summary>Asserts that <paramref name="element"/> has each named string property with its expected value; a failure names the property.</summary>
    public static void AssertStrings(JsonElement element, params (string Property, string Expected)[] fields)
    {
        foreach ((string property, string expected) in fields)
        {
            string? actual = element.TryGetProperty(property, out JsonElement value) ? value.GetString() : null;
            Assert.Equal((property, expected), (property, actual));
        }
    }

    /// <summary>The path of a worked example in docs/examples.</summary>
    public static string Example(string name) => RepositoryPaths.Combine("docs", "examples", name);
}
