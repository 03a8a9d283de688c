using System.CommandLine;

namespace Ki.Cli.Output;

/// <summary>
/// The options every verb has: <c>--lang de|en</c>, <c>--format table|json|csv</c>, <c>--compact</c>,
/// <c>--verbose</c> and <c>--wide</c>. One instance per verb; <see cref="Read"/> turns them into
/// <see cref="OutputSettings"/>.
/// </summary>
internal sealed class CommonOptions
{
    private readonly Option<string?> _lang = new("--lang")
    {
        Description = "Language of the output: de or en (default: German when the system language is German, English otherwise).",
    };

    private readonly Option<string> _format;

    private readonly Option<bool> _compact = new("--compact") { Description = "With --format json: the whole document on one line." };

    private readonly Option<bool> _verbose = new("--verbose") { Description = "Tables also show the exact figures behind each amount." };

    private readonly Option<bool> _wide = new("--wide") { Description = "Tables show every column in full instead of fitting 100 characters." };

    private readonly string[] _formats;

    private CommonOptions(bool csv)
    {
        _formats = csv ? ["table", "json", "csv"] : ["table", "json"];
        _format = new("--format")
        {
            Description = $"Output format: {string.Join(", ", _formats)} (numbers in JSON and CSV are invariant, such as 131000.00).",
            DefaultValueFactory = _ => "table",
        };
        _format.CompletionSources.Add(_formats);
    }

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    /// <param name="command">The verb.</param>
    /// <param name="csv">Whether the verb can write CSV.</param>
    public static CommonOptions AddTo(Command command, bool csv = true)
    {
        var options = new CommonOptions(csv);
        command.Options.Add(options._lang);
        command.Options.Add(options._format);
        command.Options.Add(options._compact);
        command.Options.Add(options._verbose);
        command.Options.Add(options._wide);
        return options;
    }

    /// <summary>The settings of one call; a value that does not fit is a usage error naming the option.</summary>
    public OutputSettings Read(ParseResult parse)
    {
        Lang lang = ReadLang(parse.GetValue(_lang)) ?? Session.Lang;
        string formatText = (parse.GetValue(_format) ?? "table").Trim().ToLowerInvariant();
        OutputFormat format = formatText switch
        {
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "csv" when _formats.Contains("csv") => OutputFormat.Csv,
            _ => throw new CliUsageException(
                $"--format '{parse.GetValue(_format)}' is not one of {string.Join(", ", _formats)}.",
                $"--format '{parse.GetValue(_format)}' ist keins von {string.Join(", ", _formats)}."),
        };
        Session.Wide = parse.GetValue(_wide);
        Session.Lang = lang;
        TextWriter output = parse.InvocationConfiguration.Output;
        if (format == OutputFormat.Table && !parse.GetValue(_wide))
        {
            output = new WrappingWriter(output);
        }

        return new OutputSettings(lang, format, parse.GetValue(_compact), parse.GetValue(_verbose), parse.GetValue(_wide), output);
    }

    private static Lang? ReadLang(string? text) =>
        text is null ? null
        : Lang.FromCode(text) ?? throw new CliUsageException($"--lang '{text}' is not de or en.", $"--lang '{text}' ist weder de noch en.");
}
