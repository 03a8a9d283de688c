using Ki.Domain.Tests.Cli.Commands;

namespace Ki.Domain.Tests.Cli;

public sealed class KiAppTests
{
    [Theory]
    [InlineData("districts", "--format", "xml")]
    [InlineData("no-such-verb")]
    [InlineData("municipalities")]
    public void BadUsage_OneLineOnStderr_ExitCode2(params string[] args)
    {
        (int exit, string stdout, string stderr) = CliRun.Ki(args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("ki: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }
}
