namespace Ki.Cli.Tests.Commands;

/// <summary><c>ki settle</c> on the worked examples in docs/examples; the figures are hand-checked in the comments.</summary>
public sealed class SettleCommandTests
{
    private static string Example(string name) => CliRun.Example($"settlement-{name}.json");

    [Fact]
    public void Settle_ShareLowerCosts_Table_ShowsFinalGrantRepaymentAndInterest()
    {
        // 72,000 x 70,000 / 80,000 = 63,000 final; 9,000 repaid; interest 16 days at 2.12 %, 181 at 4.62 %, 62 at 6.12 %
        // on 9,000: 112,462.2 / 365 = 308.1156 -> 308.12 EUR.
        string stdout = CliRun.Succeeds("settle", Example("share-lower-costs"), "--lang", "en");

        Assert.StartsWith("Settlement of KOMM-AN-2022-III-041 (financing: share of costs): awarded 72,000.00 EUR", stdout, StringComparison.Ordinal);
        CliRun.AssertContains(stdout, "63000.00 EUR", "KI-SETTLE-REDUCED", "2022-12-16  2022-12-31    16  9,000.00    −0.88 %  2.12 %    8.3638", "308.12");
    }

    [Fact]
    public void Settle_DeficitNewFunder_Json_IsTheLibraryDocument()
    {
        // Gap 40,000 -> 34,000: final 34,000, 6,000 to repay, 3,000 repaid on 2024-06-30, 3,000 outstanding.
        // Interest 91 days on 6,000 at 6.62 % + 92 days on 3,000 at 6.37 %: 53,726.4 / 365 = 147.1956 -> 147.20 EUR.
        JsonElement json = CliRun.Json("settle", Example("deficit-new-funder"));

        Assert.Equal("settle", json.GetProperty("verb").GetString());
        JsonElement result = json.GetProperty("result");
        CliRun.AssertStrings(
            result,
            ("financing", "deficit"),
            ("finalGrant", "34000.00"),
            ("overpayment", "6000.00"),
            ("outstanding", "3000.00"),
            ("code", "KI-SETTLE-REPAYMENT"));
        JsonElement interest = result.GetProperty("repaymentInterest");
        Assert.Equal("147.20", interest.GetProperty("interest").GetString());
        Assert.Equal("act/365", interest.GetProperty("dayCount").GetString());
        Assert.Equal(2, interest.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public void Settle_FixedPosts_AsOfGivenOnTheCommandLine_InterestAfterTheRateCut()
    {
        // Final 279,000, 28,500 to repay. Ineffective 2024-12-31, as of 2025-06-30: 181 days at 2.27 + 3 = 5.27 %:
        // 28,500 x 5.27 % x 181 / 365 = 271,852.95 / 365 = 744.8026 -> 744.80 EUR.
        JsonElement json = CliRun.Json("settle", Example("fixed-posts"), "--ineffective-from", "2024-12-31", "--as-of", "2025-06-30");

        JsonElement result = json.GetProperty("result");
        Assert.Equal("279000.00", result.GetProperty("finalGrant").GetString());
        Assert.Equal("744.80", result.GetProperty("repaymentInterest").GetProperty("interest").GetString());
        Assert.Equal("2025-06-30", json.GetProperty("context").GetProperty("asOf").GetString());
        Assert.Equal("2897.91", result.GetProperty("lateUseInterest")[0].GetProperty("interest").GetString());
    }

    [Fact]
    public void Settle_Csv_HasOneRowPerItemStepAndPeriod()
    {
        string[] lines = CliRun.Succeeds("settle", Example("share-lower-costs"), "--format", "csv").TrimEnd().Split('\n');

        Assert.Equal("section,name,amount,code,text", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.StartsWith("item,material,12000.00,KI-SETTLE-ITEM-AS-PLANNED,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("final-grant,KOMM-AN-2022-III-041,63000.00,KI-SETTLE-REDUCED,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("repayment-interest,2022-12-15..2023-08-31,308.12,KI-INT-OK,", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.StartsWith("repayment-interest-period,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Settle_German_SpeaksGerman()
    {
        string stdout = CliRun.Succeeds("settle", Example("deficit-new-funder"), "--lang", "de");

        Assert.StartsWith("Abrechnung von BRA-2024-F-007 (Fehlbedarfsfinanzierung): bewilligt 40.000,00 €", stdout, StringComparison.Ordinal);
        CliRun.AssertContains(stdout, "Stiftung (neu) (Drittmittel, neu hinzugetreten)", "Fehlbedarfsfinanzierung (ANBest-P Nr. 2.1.2)", "147,20");
        Assert.DoesNotContain("EUR", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_AsOfBeforeARepaymentInTheFile_IsAUsageError()
    {
        string stderr = CliRun.Fails("settle", Example("share-lower-costs"), "--as-of", "2023-06-30");

        Assert.Contains("--as-of 2023-06-30 lies before the repayment on 2023-08-31", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_BadFile_NamesTheJsonPath()
    {
        using var file = new TempFile("""{"schemaVersion":1,"id":"x","financing":"share","awarded":"100.00","paidOut":"100.00","items":[{"id":"a","name":"A","planned":"100.00","actual":"-1.00"}]}""");

        Assert.Contains("$.items[0]", CliRun.Fails("settle", file.Path), StringComparison.Ordinal);
    }

    /// <summary>The interest options are the ones <c>ki interest</c> has, with the same checks.</summary>
    [Theory]
    [InlineData("--day-count", "30/360")]
    [InlineData("--base-rates", "no-such-base-rates.json")]
    public void Settle_BadInterestOption_NamesTheOption(string option, string value) =>
        Assert.Contains($"{option} '{value}'", CliRun.Fails("settle", Example("share-lower-costs"), option, value), StringComparison.Ordinal);

    [Fact]
    public void Settle_MissingFile_SaysSo() =>
        Assert.Contains("there is no such file", CliRun.Fails("settle", "no-such-case.json"), StringComparison.Ordinal);
}
