using Ki.Cli.Output;

namespace Ki.Cli;

/// <summary>
/// Bad usage of a verb that the parser cannot see (an option value that does not fit, a file that cannot be read);
/// exit code 2. The message names the option or file and the reason in the user's words, in English and German.
/// </summary>
internal sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception with one text for both languages (names, numbers, file paths only).</summary>
    public CliUsageException(string message)
        : this(message, message)
    {
    }

    /// <summary>Creates the exception with an English and a German text.</summary>
    public CliUsageException(string english, string german)
        : base(english)
    {
        German = german;
    }

    /// <summary>The German text.</summary>
    public string German { get; }

    /// <summary>The text in the language of the output.</summary>
    public string For(Lang lang) => lang.IsGerman ? German : Message;
}
