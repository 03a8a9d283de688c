namespace Ki.Cli.Output;

/// <summary>What the shared options of a verb chose: language, format, compact JSON, detail and width.</summary>
/// <param name="Lang">The language of texts and table numbers.</param>
/// <param name="Format">Table, JSON or CSV.</param>
/// <param name="Compact">JSON on one line instead of indented.</param>
/// <param name="Verbose">Tables also show the exact figures (exact shares, λ).</param>
/// <param name="Wide">Tables are not fitted to 100 columns.</param>
/// <param name="Output">Where the result goes (standard output).</param>
internal sealed record OutputSettings(Lang Lang, OutputFormat Format, bool Compact, bool Verbose, bool Wide, TextWriter Output)
{
    /// <summary>Picks the English or the German text.</summary>
    public string T(string english, string german) => Lang.T(english, german);

    /// <summary>Whether the output is a table for people.</summary>
    public bool IsTable => Format == OutputFormat.Table;
}
