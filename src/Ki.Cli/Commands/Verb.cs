using System.CommandLine;
using Ki.Cli.Output;
using Ki.Domain.Places;

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

    /// <summary>
    /// A verb over the gazetteer (<c>districts</c>, <c>municipalities</c>): <paramref name="selector"/>, then
    /// <c>--gazetteer FILE</c> and the shared options. Its action reads the shared options first (a usage error before
    /// any file is read), then the gazetteer (the file's, or the embedded one), and passes both to <paramref name="write"/>
    /// with the file's name for messages (<see langword="null"/> for the embedded gazetteer).
    /// </summary>
    public static Command OverGazetteer(string name, string description, Symbol selector, Action<ParseResult, OutputSettings, Gazetteer, string?> write)
    {
        Option<string?> gazetteerFile = SourceOptions.Gazetteer();
        Command command = Create(name, description, selector, gazetteerFile);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            OutputSettings settings = common.Read(parse);
            string? file = parse.GetValue(gazetteerFile);
            write(parse, settings, SourceOptions.LoadGazetteer(file), file is null ? null : Path.GetFileName(file));
            return KiApp.Success;
        });
        return command;
    }
}
