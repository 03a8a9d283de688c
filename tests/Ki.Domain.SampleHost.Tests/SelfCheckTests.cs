namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// The host's <c>--self-check</c> (what CI runs in the NativeAOT binary) passes under the JIT too, without culture
/// data, and prints every check it made.
/// </summary>
public sealed class SelfCheckTests
{
    [Fact]
    public void Run_EveryCheckHolds_ExitsZeroAndSaysSo()
    {
        using var output = new StringWriter();

        int exit = SelfCheck.Run(output);

        string text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.DoesNotContain("FAIL", text, StringComparison.Ordinal);
        Assert.Contains("self-check passed", text, StringComparison.Ordinal);
        Assert.Contains("ok   money parses and prints in German: 131.000,00 €", text, StringComparison.Ordinal);
        Assert.Contains("ok   duplicate JSON keys are refused at $.a", text, StringComparison.Ordinal);
        Assert.Contains("ok   German text of a check: Höhe der beantragten Zuwendung: nicht erfüllt (4.000,00 €; verlangt: mindestens 5.000,00 €).", text, StringComparison.Ordinal);
        Assert.Equal(19, text.Split('\n').Count(l => l.StartsWith("ok   ", StringComparison.Ordinal)));
    }
}
