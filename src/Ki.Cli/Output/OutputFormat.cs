namespace Ki.Cli.Output;

/// <summary>How a verb prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned text table for people.</summary>
    Table,

    /// <summary>JSON in camelCase; keys and amounts as strings.</summary>
    Json,

    /// <summary>Comma-separated values with a header row, RFC 4180 quoting.</summary>
    Csv,
}
