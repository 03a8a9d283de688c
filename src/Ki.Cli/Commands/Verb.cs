using System.CommandLine;

namespace Ki.Cli.Commands;

/// <summary>Builds a verb of <c>ki</c> from its name, its description and its own arguments and options.</summary>
internal static class Verb
{
    /// <summary>A command with <paramref name="symbols"/> (arguments and options) added in the order given; the options every verb shares are added by <see cref="Output.CommonOptions.AddTo"/>.</summary>
    public static Command Create(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (Symbol symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                default:
                    throw new ArgumentException($"A verb takes arguments and options, not a {symbol.GetType().Name}.", nameof(symbols));
            }
        }

        return command;
    }
}
