using System.Diagnostics;
using Ki.Domain.Internal;

namespace Ki.Domain.Tests.Globalization;

/// <summary>
/// A host published with <c>InvariantGlobalization=true</c> (the ASP.NET Core NativeAOT template's default) has no
/// culture data: the library's German texts must not need any, and must be the same as with culture data.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [Fact]
    public void Texts_InAProcessWithoutCultureData_AreTheSameAsWithCultureData()
    {
        Assert.True(TextsProbe.HasCultureData(), "this test compares with a run that has culture data (ICU)");
        string expected = TextsProbe.Render();
        Assert.Contains("1.234.567,89 €", expected, StringComparison.Ordinal);
        Assert.Contains("Der Antrag", expected, StringComparison.Ordinal);

        string invariant = RenderInChildProcess(("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"));

        Assert.StartsWith("culture data: no\n", invariant, StringComparison.Ordinal);
        Assert.Equal(expected.Replace("culture data: yes\n", string.Empty, StringComparison.Ordinal), invariant.Replace("culture data: no\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void GermanFormat_IsDeDeFromCultureData()
    {
        NumberFormatInfo icu = CultureInfo.GetCultureInfo("de-DE").NumberFormat;
        NumberFormatInfo german = TextFormats.German;

        Assert.True(german.IsReadOnly);
        Assert.Equal(
            (icu.NumberDecimalSeparator, icu.NumberGroupSeparator, string.Join(",", icu.NumberGroupSizes), icu.NumberNegativePattern, icu.NegativeSign, icu.PositiveSign),
            (german.NumberDecimalSeparator, german.NumberGroupSeparator, string.Join(",", german.NumberGroupSizes), german.NumberNegativePattern, german.NegativeSign, german.PositiveSign));
        Assert.Equal(
            (icu.CurrencyDecimalSeparator, icu.CurrencyGroupSeparator, string.Join(",", icu.CurrencyGroupSizes), icu.CurrencySymbol, icu.CurrencyPositivePattern, icu.CurrencyNegativePattern, icu.CurrencyDecimalDigits),
            (german.CurrencyDecimalSeparator, german.CurrencyGroupSeparator, string.Join(",", german.CurrencyGroupSizes), german.CurrencySymbol, german.CurrencyPositivePattern, german.CurrencyNegativePattern, german.CurrencyDecimalDigits));
        Assert.Equal(
            (icu.PercentDecimalSeparator, icu.PercentGroupSeparator, icu.PercentSymbol, icu.PercentPositivePattern, icu.PercentNegativePattern, icu.PerMilleSymbol),
            (german.PercentDecimalSeparator, german.PercentGroupSeparator, german.PercentSymbol, german.PercentPositivePattern, german.PercentNegativePattern, german.PerMilleSymbol));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(5L)]
    [InlineData(-5L)]
    [InlineData(123_456_789L)]
    [InlineData(-100_000_000_00L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void GermanFormat_FormatsAmountsAsDeDe(long cents)
    {
        Euro amount = Euro.FromCents(cents);
        CultureInfo icu = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal(amount.ToString("C", icu), amount.ToString("C", TextFormats.German));
        Assert.Equal(amount.ToString("N", icu), amount.ToString("N", TextFormats.German));
        Assert.Equal(amount.Amount.ToString("0.####", icu), amount.Amount.ToString("0.####", TextFormats.German));
    }

    [Theory]
    [InlineData("de", true)]
    [InlineData("de-DE", true)]
    [InlineData("de-AT", true)]
    [InlineData("en-GB", false)]
    [InlineData("", false)]
    [InlineData("dsb", false)]
    public void IsGerman_ByLanguage(string name, bool german) =>
        Assert.Equal(german, TextFormats.IsGerman(CultureInfo.GetCultureInfo(name)));

    private static string RenderInChildProcess(params (string Name, string Value)[] environment)
    {
        string output = Path.Combine(Path.GetTempPath(), $"ki-texts-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(TextsProbe).Assembly.Location);
        start.ArgumentList.Add("--texts");
        start.ArgumentList.Add(output);
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using Process child = Process.Start(start)!;
            Task<string> stderr = child.StandardError.ReadToEndAsync();
            Task<string> stdout = child.StandardOutput.ReadToEndAsync();
            Assert.True(child.WaitForExit(TimeSpan.FromMinutes(2)), "the child process did not finish within two minutes");
            Assert.True(child.ExitCode == 0, $"the child process failed ({child.ExitCode}): {stdout.Result}{stderr.Result}");
            return File.ReadAllText(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
