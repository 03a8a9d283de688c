using System.CommandLine;

namespace Ki.DocSite;

/// <summary>
/// <c>dotnet run --project tools/Ki.DocSite</c>: writes the docs site to <c>docs/_site</c> and exits with 1 when a
/// cref, an article link or a page link is broken.
/// </summary>
internal static class Program
{
    /// <summary>Runs the generator from the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 for a clean site, 1 for a site with broken links, 2 for bad input.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the generator, writing to the given streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string root = RepositoryRoot(Directory.GetCurrentDirectory());
        var assembly = new Option<FileInfo>("--assembly")
        {
            Description = "The built library to document (default: the Ki.Domain.dll that the tool's build copies beside it).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(AppContext.BaseDirectory, "Ki.Domain.dll")),
        };
        var xml = new Option<FileInfo?>("--xml") { Description = "Its XML doc file (default: the .xml beside the assembly)." };
        var docs = new Option<DirectoryInfo>("--docs")
        {
            Description = "The folder of Markdown articles (default: docs/ of the repository).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(root, "docs")),
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Where the site is written; emptied first (default: docs/_site).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(root, "docs", "_site")),
        };
        var references = new Option<string[]>("--reference", "-r")
        {
            Description = "A further assembly or folder of assemblies the library uses (repeatable).",
            DefaultValueFactory = _ => [],
        };
        var command = new RootCommand("Ki.DocSite: builds the static docs site from the XML doc comments and docs/*.md.")
        {
            assembly, xml, docs, output, references,
        };
        command.SetAction(parse =>
        {
            var options = new SiteOptions(
                parse.GetValue(assembly)!.FullName,
                parse.GetValue(xml)?.FullName,
                parse.GetValue(docs)!.FullName,
                parse.GetValue(output)!.FullName,
                parse.GetValue(references) ?? []);
            SiteReport report = SiteGenerator.Generate(options);
            TextWriter o = parse.InvocationConfiguration.Output;
            o.WriteLine($"docs site: {report.Pages} pages ({report.Namespaces} namespaces, {report.Types} types, {report.Members} members, {report.Articles} articles), {report.SearchEntries} search entries");
            o.WriteLine($"docs site: {report.DocProblems.Count} broken crefs or article links, {report.BrokenLinks.Count} broken page links");
            foreach (string problem in report.DocProblems.Concat(report.BrokenLinks))
            {
                parse.InvocationConfiguration.Error.WriteLine($"  {problem}");
            }

            o.WriteLine($"docs site: open {Path.Combine(report.OutputFolder, "index.html")}");
            return report.IsClean ? 0 : 1;
        });

        ParseResult result = command.Parse(args);
        if (result.Errors.Count > 0)
        {
            stderr.WriteLine($"Ki.DocSite: {result.Errors[0].Message} (see --help)");
            return 2;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            stderr.WriteLine($"Ki.DocSite: {e.Message}");
            return 2;
        }
    }

    private static string RepositoryRoot(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ki.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
