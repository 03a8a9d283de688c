namespace Ki.Cli.Tests.Commands;

public sealed class ApportionCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("ki-apportion-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Apportion_SainteLagueAsJson_PrintsTheIssueShape()
    {
        string file = _folder.WriteLines("parties.csv", ["name,weight", "A,100000", "B,80000", "C,30000", "D,20000"]);

        (int code, string output, string error) = CliRun.Ki("apportion", "--method", "sainte-lague", "--seats", "8", "--input", file, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "{\"method\":\"sainte-lague\",\"seats\":8,\"lines\":[{\"name\":\"A\",\"weight\":\"100000\",\"seats\":3,\"tie\":false},"
            + "{\"name\":\"B\",\"weight\":\"80000\",\"seats\":3,\"tie\":false},{\"name\":\"C\",\"weight\":\"30000\",\"seats\":1,\"tie\":false},"
            + "{\"name\":\"D\",\"weight\":\"20000\",\"seats\":1,\"tie\":false}]}",
            output.TrimEnd());
    }

    [Fact]
    public void Apportion_TieAsTable_SaysSoAndHalfPostsWork()
    {
        string file = _folder.WriteLines("parties.csv", ["name,weight", "Zeta,50", "Alpha,50"]);

        (int code, string output, _) = CliRun.Ki("apportion", "--method", "dhondt", "--seats", "1.5", "--unit", "0.5", "--input", file);

        Assert.Equal(0, code);
        Assert.Contains("Alpha", output, StringComparison.Ordinal);
        Assert.Contains("tie", output, StringComparison.Ordinal);
        Assert.Contains("1.5", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--method", "largest", "largest")]
    [InlineData("--seats", "ten", "--seats 'ten'")]
    public void Apportion_BadArguments_ExitWithCode2(string option, string value, string expected)
    {
        string file = _folder.WriteLines("parties.csv", ["name,weight", "A,1"]);
        string[] args = ["apportion", "--method", "dhondt", "--seats", "3", "--input", file];
        args[Array.IndexOf(args, option) + 1] = value;

        (int code, _, string error) = CliRun.Ki(args);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_DuplicateName_ExitsWithCode2NamingTheLine()
    {
        string file = _folder.WriteLines("parties.csv", ["name,weight", "A,1", "A,2"]);
        (int code, _, string error) = CliRun.Ki("apportion", "--method", "dhondt", "--seats", "3", "--input", file);
        Assert.Equal(2, code);
        Assert.Contains("line 3: field 'name': 'A' occurs twice", error, StringComparison.Ordinal);
    }
}
