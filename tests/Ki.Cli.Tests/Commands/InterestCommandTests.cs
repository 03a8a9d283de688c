namespace Ki.Cli.Tests.Commands;

public sealed class InterestCommandTests
{
    [Fact]
    public void Interest_IssueExample_PrintsEachPeriodAndTheTotal()
    {
        // Hand-checked in InterestCalculatorTests.Calculate_IssueExample_FourPeriods: 341,130 / 365 = 934.6027 -> 934.60 EUR.
        string stdout = CliRun.Succeeds("interest", "--amount", "10000", "--from", "2023-03-15", "--to", "2024-09-30");

        CliRun.AssertContains(stdout, "2023-03-16  2023-06-30   107", "2024-07-01  2024-09-30    92", "934.60", "act/365");
    }

    [Fact]
    public void Interest_NegativeBaseRateBefore2023_Json()
    {
        // 10,000 EUR, 2020-03-15 to 2021-09-30: 564 days at -0.88 % + 3 = 2.12 %: 119,568 / 365 = 327.5836 -> 327.58 EUR.
        JsonElement result = CliRun.Json("interest", "--amount", "10000", "--from", "2020-03-15", "--to", "2021-09-30").GetProperty("result");

        JsonElement period = Assert.Single(result.GetProperty("periods").EnumerateArray());
        Assert.Equal("-0.88", period.GetProperty("baseRatePercent").GetString());
        Assert.Equal("2.12", period.GetProperty("ratePercent").GetString());
        Assert.Equal(564, period.GetProperty("days").GetInt32());
        Assert.Equal("327.58", result.GetProperty("interest").GetString());
        Assert.Equal("commercial", result.GetProperty("rounding").GetString());
    }

    [Fact]
    public void Interest_Across2023Changes_Csv()
    {
        // 16 days at 2.12 %, 181 at 4.62 %, 62 at 6.12 %: 124,958 / 365 = 342.35 EUR.
        string stdout = CliRun.Succeeds("interest", "--amount", "10000", "--from", "2022-12-15", "--to", "2023-08-31", "--format", "csv");

        string[] lines = stdout.TrimEnd().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("2022-12-16,2022-12-31,16,10000.00,-0.88,3,2.12,365,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2023-01-01,2023-06-30,181,10000.00,1.62,3,4.62,365,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("2023-07-01,2023-08-31,62,10000.00,3.12,3,6.12,365,", lines[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("act/365", "108.82")] // 662 x 60 / 365 = 108.8219
    [InlineData("act/act", "108.52")] // 662 x 60 / 366 = 108.5246
    public void Interest_LeapYear_BothDayCounts(string dayCount, string expected)
    {
        JsonElement result = CliRun.Json("interest", "--amount", "10000", "--from", "2024-01-31", "--to", "2024-03-31", "--day-count", dayCount).GetProperty("result");

        Assert.Equal(expected, result.GetProperty("interest").GetString());
        Assert.Equal(dayCount, result.GetProperty("dayCount").GetString());
    }

    [Fact]
    public void Interest_Points5_German()
    {
        // 5 points instead of 3: 10,000 x 8.62 % x 60 / 365 = 51,720 / 365 = 141.6986 -> 141.70 EUR.
        string stdout = CliRun.Succeeds("interest", "--amount", "10000", "--from", "2024-01-31", "--to", "2024-03-31", "--points", "5", "--lang", "de");

        CliRun.AssertContains(stdout, "141.70", "Erstattungszinsen", "kaufmännisch");
    }

    [Fact]
    public void Interest_BeyondTheTable_SaysUnknownNotZero()
    {
        JsonElement result = CliRun.Json("interest", "--amount", "10000", "--from", "2026-05-31", "--to", "2026-12-31").GetProperty("result");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("interest").ValueKind);
        Assert.Equal("KI-INT-BASE-RATE-UNKNOWN", result.GetProperty("code").GetString());
    }
}
