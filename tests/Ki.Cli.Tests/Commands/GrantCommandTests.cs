namespace Ki.Cli.Tests.Commands;

public sealed class GrantCommandTests
{
    [Fact]
    public void Grant_KommAnIIIAsJson_PrintsGrantAndExplanation()
    {
        JsonElement root = CliRun.Json("grant", "--line", "komm-an-3", "--costs", "12000", "--own", "2000", "--third-party", "500", "--on", "2020-05-01");

        Assert.Equal("grant", root.GetProperty("verb").GetString());
        Assert.Equal("12000.00", root.GetProperty("context").GetProperty("costs").GetString());
        Assert.Equal("500.00", root.GetProperty("context").GetProperty("thirdParty").GetString());
        JsonElement result = root.GetProperty("result");
        CliRun.AssertStrings(
            result,
            ("lineId", "komm-an-3"),
            ("grant", "10800.00"),
            ("code", "KI-GRANT-OK"),
            ("outcome", "granted"),
            ("rounding", "commercial"));
        string[] explanation = [.. result.GetProperty("steps").EnumerateArray().Select(e => e.GetProperty("text").GetProperty("en").GetString()!)];
        Assert.Contains("Share financing: 90 % × 12000.00 EUR = 10800.00 EUR (commercial rounding).", explanation);

        // The result is the library's own document: a script can hand it back to the library's reader.
        Ki.Domain.Programmes.GrantResult read = Ki.Domain.Serialization.GrantJson.ReadResult(System.Text.Encoding.UTF8.GetBytes(result.GetRawText()));
        Assert.Equal(Ki.Domain.Money.Euro.FromEuros(10_800), read.Grant);
    }

    [Fact]
    public void Grant_KreisStaffWithUnitPairs_Prints364500InTheTable()
    {
        string output = CliRun.Succeeds("grant", "--line", "ki-2023-staff", "--costs", "400000", "--units", "specialist-post=6,half-admin-post=1", "--kind", "kreis", "--on", "2024-01-01");

        CliRun.AssertContains(output, "364,500.00 EUR", "KI-GRANT-OK");
    }

    [Fact]
    public void Grant_BareUnitCount_CountsTheLinesFirstUnit()
    {
        JsonElement json = CliRun.Json("grant", "--line", "ki-2023-staff", "--costs", "400000", "--units", "6", "--kind", "kreisfreie-stadt", "--on", "2024-01-01");

        Assert.Equal("285000.00", json.GetProperty("result").GetProperty("grant").GetString()); // limited to 5 × 57,000
    }

    [Fact]
    public void Grant_BelowMinimumInGerman_SaysNoGrant()
    {
        string output = CliRun.Succeeds("grant", "--line", "komm-an-3", "--costs", "4444.44", "--on", "2019-01-01", "--lang", "de");

        CliRun.AssertContains(output, "KI-GRANT-BELOW-MINIMUM", "unter der Bagatellgrenze von 5.000,00 €");
    }

    [Fact]
    public void Grant_Csv_HasAHeaderAndOneRowPerStep()
    {
        string output = CliRun.Succeeds("grant", "--line", "komm-an-3", "--costs", "12000", "--on", "2020-01-01", "--format", "csv");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("step,amount,source,explanation", lines[0].TrimEnd('\r'));
        Assert.Equal(5, lines.Length);
    }

    [Theory]
    [InlineData("--line", "nope", "--costs", "1")]
    [InlineData("--line", "komm-an-3", "--costs", "twelve")]
    [InlineData("--line", "komm-an-3", "--costs", "-5", "--on", "2020-01-01")]
    [InlineData("--line", "komm-an-3", "--costs", "5", "--units", "posts=1", "--on", "2020-01-01")]
    [InlineData("--line", "komm-an-3", "--costs", "5", "--on", "2020-02-30")]
    [InlineData("--line", "komm-an-3", "--costs", "5", "--kind", "club")]
    [InlineData("--line", "komm-an-3", "--costs", "5", "--lang", "fr")]
    [InlineData("--line", "komm-an-3", "--costs", "0.001")]
    [InlineData("--costs", "5")]
    public void Grant_BadInput_WritesOneLineToStderrAndExits2(params string[] args)
    {
        Assert.StartsWith("ki grant: ", CliRun.Fails(["grant", .. args]), StringComparison.Ordinal);
    }

    [Fact]
    public void Grant_OwnAndThirdPartyAboveTheCosts_IsRefusedLikeCheckDoes()
    {
        string error = CliRun.Fails("grant", "--line", "komm-an-3", "--costs", "1000", "--own", "800", "--third-party", "300", "--on", "2020-05-01");

        Assert.Equal("ki grant: KI-APP-FUNDS-EXCEED-COSTS: --own (800.00 EUR) and --third-party (300.00 EUR) together exceed --costs (1,000.00 EUR).", error.TrimEnd());
    }

    [Fact]
    public void Grant_WithoutCosts_IsUndeterminedWithExit3AndNoAmount()
    {
        // A grant officer who forgot --costs must not read 0.00 EUR as an answer.
        string output = CliRun.Prints(3, "grant", "--line", "komm-an-3", "--on", "2020-05-01");
        Assert.DoesNotContain("0.00 EUR  ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("formula: -", output, StringComparison.Ordinal);
        CliRun.AssertContains(output, "not determined (KI-GRANT-FACT-MISSING)", "eligibleCosts");

        string german = CliRun.Prints(3, "grant", "--line", "komm-an-3", "--on", "2020-05-01", "--lang", "de");
        Assert.DoesNotContain("0,00 €  ", german, StringComparison.Ordinal);
        Assert.Contains("nicht bestimmt (KI-GRANT-FACT-MISSING)", german, StringComparison.Ordinal);

        JsonElement undetermined = CliRun.Json(3, "grant", "--line", "komm-an-3", "--on", "2020-05-01");
        Assert.Equal("undetermined", undetermined.GetProperty("result").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, undetermined.GetProperty("context").GetProperty("costs").ValueKind);
    }

    [Theory]
    [InlineData("de", "131.000,00", "131000.00")]
    [InlineData("de", "131000,00", "131000.00")]
    [InlineData("de", "131.000", "131000.00")] // German thousands, as a Kreis writes its budget
    [InlineData("de", "12,5", "12.50")]
    [InlineData("de", "12000.50", "12000.50")] // the script form cannot be a German thousands group
    [InlineData("en", "131,000.00", "131000.00")]
    [InlineData("en", "131000", "131000.00")]
    public void Grant_AmountsAreReadInTheNotationOfLang(string lang, string costs, string expected)
    {
        string output = CliRun.Succeeds("grant", "--line", "komm-an-3", "--costs", costs, "--on", "2020-05-01", "--lang", lang, "--format", "csv");

        Assert.StartsWith("eligible-costs," + expected + ",", output.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "1,001", "'1,001' hat 3 Nachkommastellen")]
    [InlineData("de", "131,000.00", "ist kein Betrag in deutscher Schreibweise; für 131.000,00 € schreiben Sie 131.000,00")]
    [InlineData("en", "131.000,00", "In English notation write 131,000.00, or give --lang de for German notation such as 131.000,00")]
    [InlineData("en", "131.000", "for 131 thousand euros write 131000 or 131,000.00")]
    [InlineData("en", "12,50", "In English notation write 12.50")]
    public void Grant_AmountInTheOtherNotation_IsRefusedWithTheRightSpelling(string lang, string costs, string expected)
    {
        string error = CliRun.Fails("grant", "--line", "komm-an-3", "--costs", costs, "--on", "2020-05-01", "--lang", lang);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
