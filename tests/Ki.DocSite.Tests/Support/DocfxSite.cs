using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Ki.DocSite.Tests.Support;

/// <summary>
/// The real docs site, built once per test run by docfx (the local dotnet tool in <c>dotnet-tools.json</c>) from
/// <c>docs/docfx.json</c>, exactly as the README's docs command builds it, into <c>docs/_site</c>.
/// </summary>
internal static partial class DocfxSite
{
    private static readonly Lazy<BuildLog> Build = new(Run);

    /// <summary>What docfx printed, and its warnings.</summary>
    public static BuildLog Log => Build.Value;

    /// <summary>The site folder.</summary>
    public static string Folder
    {
        get
        {
            _ = Build.Value;
            return Path.Combine(Repository.Root, "docs", "_site");
        }
    }

    /// <summary>The full path of a site file.</summary>
    public static string File(string sitePath) => Path.Combine(Folder, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a site file.</summary>
    public static string Read(string sitePath) => System.IO.File.ReadAllText(File(sitePath));

    /// <summary>The site path of an API page for a documentation id (<c>T:Ki.Domain.Money.Euro</c>), from docfx's xref map.</summary>
    public static IReadOnlyDictionary<string, string> HrefByCommentId => XrefMap.Value;

    private static readonly Lazy<Dictionary<string, string>> XrefMap = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string? href = null;
        foreach (string line in System.IO.File.ReadLines(File("xrefmap.yml")))
        {
            Match h = HrefLine().Match(line);
            if (h.Success)
            {
                href = h.Groups[1].Value;
                continue;
            }

            Match c = CommentIdLine().Match(line);
            if (c.Success && href is not null)
            {
                map[c.Groups[1].Value.Trim('\'', '"')] = href;
            }

            if (line.StartsWith("- uid:", StringComparison.Ordinal))
            {
                href = null;
            }
        }

        return map;
    });

    private static BuildLog Run()
    {
        string root = Repository.Root;
        Exec(root, "dotnet", "tool", "restore");
        string output = Exec(root, "dotnet", "tool", "run", "docfx", "docs/docfx.json");
        return new BuildLog(output, [.. output.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).Select(l => l.Trim())]);
    }

    private static string Exec(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {string.Join(' ', args)}' did not finish within 10 minutes.");
        }

        process.WaitForExit();
        string text = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', args)}' exited with {process.ExitCode}:\n{text}");
        }

        return text;
    }

    [GeneratedRegex("^\\s+href: (.+)$")]
    private static partial Regex HrefLine();

    [GeneratedRegex("^\\s+commentId: (.+)$")]
    private static partial Regex CommentIdLine();

    /// <summary>docfx's output and the warnings in it.</summary>
    /// <param name="Output">Everything docfx printed.</param>
    /// <param name="Warnings">The warning lines.</param>
    internal sealed record BuildLog(string Output, IReadOnlyList<string> Warnings);
}
