using System.CommandLine;

namespace Ki.Cli;

/// <summary>The list of the verbs of <c>ki</c>; each verb lives in its own file under Commands/.</summary>
internal static class Verbs
{
    /// <summary>Creates every verb.</summary>
    public static IEnumerable<Command> All()
    {
        yield return Commands.DistrictsCommand.Create();
        yield return Commands.MunicipalitiesCommand.Create();
        yield return Commands.ProgrammesCommand.Create();
        yield return Commands.GrantCommand.Create();
        yield return Commands.AllocateCommand.Create();
        yield return Commands.ApportionCommand.Create();
        yield return Commands.CheckCommand.Create();
        yield return Commands.AwardCommand.Create();
        yield return Commands.InterestCommand.Create();
        yield return Commands.SettleCommand.Create();
    }
}
