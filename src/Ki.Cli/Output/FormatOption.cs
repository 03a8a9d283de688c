using System.CommandLine;

namespace Ki.Cli.Output;

/// <summary>The shared <c>--format table|json|csv</c> option.</summary>
internal static class FormatOption
{
    /// <summary>Creates the option with the default <c>table</c>.</summary>
    public static Option<OutputFormat> Create()
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = "Output format: table, json or csv.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        return option;
    }
}
