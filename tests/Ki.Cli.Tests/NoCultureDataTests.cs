using System.Diagnostics;

namespace Ki.Cli.Tests;

/// <summary>
/// <c>ki</c> is built with <c>InvariantGlobalization</c>: it must print German exactly as the golden files say with no
/// culture data at all (a slim container, the NativeAOT binary), and read <c>LANG=de_DE.UTF-8</c> as German.
/// These run the real <c>ki.dll</c> in a child process, because a test process cannot drop its culture data.
/// </summary>
public sealed class NoCultureDataTests
{
    public static TheoryData<string, string[]> GermanCases()
    {
        var cases = new TheoryData<string, string[]>();
        foreach (object[] row in GoldenTests.Cases())
        {
            if (row[0] is string name && name.EndsWith(".de", StringComparison.Ordinal))
            {
                cases.Add(name, (string[])row[1]);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(GermanCases))]
    public void Verb_GermanWithoutCultureData_IsTheGoldenOutput(string name, string[] args)
    {
        (int exit, string output, string error) = RunKi(args, lang: null);

        Assert.True(error.Length == 0, $"{name}: exit {exit}, stderr: {error}");
        string golden = File.ReadAllText(RepositoryPaths.Combine("tests", "Ki.Cli.Tests", "Golden", name + ".txt"));
        Assert.Equal(golden, GoldenTests.Stable(output));
    }

    [Fact]
    public void Allocate_GermanErrorInEuros_WithoutCultureData_IsGermanNotation()
    {
        (int exit, string output, string error) = RunKi(["allocate", "--budget", "10", "--district", "05974", "--floor", "5", "--lang", "de"], lang: null);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("ki allocate: die Mindestbeträge ergeben zusammen 70,00 €, mehr als das Budget von 10,00 €.", error.Trim());
    }

    [Theory]
    [InlineData("de", "de_DE.UTF-8", "de_AT")]
    [InlineData("en", "en_GB.UTF-8", "C.UTF-8", "dede")]
    public void Allocate_SystemLocale_ChoosesTheLanguage(string lang, params string[] locales)
    {
        string golden = File.ReadAllText(RepositoryPaths.Combine("tests", "Ki.Cli.Tests", "Golden", $"allocate-soest.{lang}.txt"));
        foreach (string locale in locales)
        {
            (int exit, string output, string error) = RunKi(["allocate", "--budget", "131000", "--district", "05974"], locale);

            Assert.True(exit == 0, $"LANG={locale}: {error}");
            Assert.Equal((locale, golden), (locale, GoldenTests.Stable(output)));
        }
    }

    private static (int Exit, string Out, string Err) RunKi(string[] args, string? lang)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ki.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = lang ?? "C.UTF-8";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "ki did not finish within 60 s");
        return (process.ExitCode, output.Result, error.Result);
    }
}
