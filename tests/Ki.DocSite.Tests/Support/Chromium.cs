using System.Diagnostics;

namespace Ki.DocSite.Tests.Support;

/// <summary>
/// Debian's headless Chromium, run once per page with a fresh profile: <c>--dump-dom</c> gives the DOM after the
/// page's scripts ran, <c>--screenshot</c> a PNG.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser: <c>KI_CHROMIUM</c> if set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("KI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Fails the test, saying how to install it, when the browser is missing. Never skips.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail(
                $"Headless Chromium is needed for the docs site browser tests but {Executable} does not exist. "
                + "Install Debian's package as root: `apt-get update && apt-get install -y chromium` (.ci/run does this when it is missing), "
                + "or set KI_CHROMIUM to a Chromium binary.");
        }
    }

    /// <summary>The DOM of a page after its scripts ran.</summary>
    public static string DumpDom(string url) => Run(["--dump-dom", url]);

    /// <summary>Saves a screenshot of a page.</summary>
    public static void Screenshot(string url, string pngPath, int width = 1280, int height = 900)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(pngPath)!);
        File.Delete(pngPath);
        Run([$"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", url]);
        Assert.True(File.Exists(pngPath), $"Chromium wrote no screenshot to {pngPath}.");
    }

    /// <summary>The <c>file://</c> URL of a site page, with an optional query.</summary>
    public static string Url(string sitePath, string query = "") => new Uri(BuiltSite.File(sitePath)).AbsoluteUri + query;

    private static string Run(string[] args)
    {
        RequireInstalled();
        string profile = Directory.CreateTempSubdirectory("ki-docsite-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", $"--user-data-dir={profile}",
            }.Concat(args))
            {
                start.ArgumentList.Add(flag);
            }

            using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', args)}");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // a helper process may still hold a file for a moment; the temp folder is cleaned by the system
            }
        }
    }
}
