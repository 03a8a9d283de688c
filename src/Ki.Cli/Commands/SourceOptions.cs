using System.CommandLine;
using Ki.Domain.Eligibility;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;

namespace Ki.Cli.Commands;

/// <summary>The options that choose the catalogue and the rules: <c>--catalogue FILE</c> and <c>--rules FILE</c>.</summary>
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
}
