using System.CommandLine;

namespace Ki.Cli;

/// <summary>The list of the verbs of <c>ki</c>; each verb lives in its own file under Commands/.</summary>
internal static class Verbs
{
    /// <summary>Creates every verb.</summary>
    public static IEnumerable<Command> All()
    {
        yield return Commands.AllocateCommand.Create();
        yield return Commands.ApportionCommand.Create();
    }
}
