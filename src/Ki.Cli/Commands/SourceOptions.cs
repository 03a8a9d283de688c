using System.CommandLine;
using Ki.Domain.Eligibility;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;

namespace Ki.Cli.Commands;

/// <summary>
/// The options that choose a data file instead of the embedded data: <c>--catalogue FILE</c>, <c>--rules FILE</c> and,
/// for the place verbs, <c>--gazetteer FILE</c>.
/// </summary>
internal static class SourceOptions
{
    /// <summary>Creates <c>--rules FILE</c>.</summary>
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "A rule file laid over the embedded rules: each of its rule sets replaces the embedded one for the same line (and version, and recipients); all others stay.",
    };

    /// <summary>Creates <c>--catalogue FILE</c>.</summary>
    public static Option<string?> Catalogue() => new("--catalogue")
    {
        Description = "A catalogue file (JSON, the catalogue format of docs/json-formats.md) to use instead of the embedded catalogue.",
    };

    /// <summary>The catalogue: the file's, or the embedded one.</summary>
    public static ProgrammeCatalogue LoadCatalogue(string? path) => path is null ? ProgrammeCatalogue.Default : CatalogueJson.Read(InputFile.ReadAllBytes(path, "--catalogue"));

    /// <summary>The rules: the embedded ones with the file's rule sets laid over them.</summary>
    public static RuleBook LoadRules(string? path) => path is null ? RuleBook.Default : RuleBook.Default.WithRuleSets(EligibilityJson.ReadRules(InputFile.ReadAllBytes(path, "--rules")).RuleSets);

    /// <summary>Creates <c>--gazetteer FILE</c>: a newer register instead of the embedded one.</summary>
    public static Option<string?> Gazetteer() => new("--gazetteer")
    {
        Description = "Use this gazetteer file instead of the embedded one: *.json in the gazetteer JSON format, any other name in the ki-gazetteer text format.",
    };

    /// <summary>
    /// The gazetteer of the file, or the embedded one when there is none. A malformed file throws
    /// <see cref="Ki.Domain.KiDataException"/> naming the file and the line or JSON path, which KiApp reports on stderr
    /// with exit code 2.
    /// </summary>
    public static Gazetteer LoadGazetteer(string? path)
    {
        if (path is null)
        {
            return Ki.Domain.Places.Gazetteer.Default;
        }

        InputFile.Check(path, "--gazetteer");
        try
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GazetteerJson.ReadFile(path) : Ki.Domain.Places.Gazetteer.FromTextFile(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliUsageException($"--gazetteer '{path}': no permission to read the file.", $"--gazetteer '{path}': keine Berechtigung, die Datei zu lesen.");
        }
        catch (IOException)
        {
            throw new CliUsageException($"--gazetteer '{path}': the file cannot be read.", $"--gazetteer '{path}': die Datei kann nicht gelesen werden.");
        }
    }
}
