namespace Ki.Cli;

/// <summary>Bad usage of a verb that the parser cannot see (an option value that does not fit); exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
