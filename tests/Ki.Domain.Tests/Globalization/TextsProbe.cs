using NodaTime.Testing;

namespace Ki.Domain.Tests.Globalization;

/// <summary>
/// Renders the German and English texts a host shows from the repository's examples: eligibility checks, award
/// rounds, grants, settlements and the application validator's messages. Run in this process and in a child process
/// without culture data, the two renderings must be the same.
/// </summary>
internal static class TextsProbe
{
    /// <summary>Whether this process has culture data (false in globalization-invariant mode, where only the invariant culture exists).</summary>
    public static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator == ",";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("culture data: ").Append(HasCultureData() ? "yes" : "no").Append('\n');
        var asOf = new LocalDate(2020, 2, 1);
        foreach (string name in new[] { "application-eligible.json", "application-not-eligible.json" })
        {
            Application application = EligibilityJson.ReadApplication(Example(name));
            Section(text, "check " + name, EligibilityJson.WriteDecision(EligibilityEvaluator.Default.Evaluate(application, asOf)));
            var broken = new Application(application.Id, application.Applicant, application.LineId, application.FiscalYear, Euro.FromCents(-123_456_78))
            {
                EligibleCosts = Euro.FromCents(1_000_00),
                OwnContribution = Euro.FromCents(2_000_00),
                ThirdPartyFunds = Euro.FromCents(-5),
            };
            foreach (ApplicationFinding finding in ApplicationValidator.Check(broken))
            {
                text.Append(finding.Code).Append(' ').Append(finding.Message.German).Append(" | ").Append(finding.Message.English).Append('\n');
            }
        }

        foreach (string path in Directory.GetFiles(RepositoryPaths.Combine("docs", "examples"), "round-*.json").Order(StringComparer.Ordinal))
        {
            AwardRound round = AwardJson.ReadRound(File.ReadAllBytes(path));
            Section(text, "award " + Path.GetFileName(path), AwardJson.WriteResult(AwardAllocator.Default.Allocate(round)));
        }

        var calculator = new GrantCalculator(new FakeClock(Instant.FromUtc(2020, 2, 1, 9, 0)), RoundingMode.Commercial);
        foreach (FundingLine line in ProgrammeCatalogue.Default.Lines)
        {
            var request = new GrantRequest(Euro.FromCents(1_234_567_89)) { OwnContribution = Euro.FromCents(98_765_43), On = line.Versions[0].Validity.Start };
            Section(text, "grant " + line.Id, GrantJson.Write(calculator.Calculate(line, request)));
        }

        foreach (string path in Directory.GetFiles(RepositoryPaths.Combine("docs", "examples"), "settlement-*.json").Order(StringComparer.Ordinal))
        {
            SettlementCase settlement = SettlementJson.ReadCase(File.ReadAllBytes(path));
            Section(text, "settle " + Path.GetFileName(path), SettlementJson.Write(SettlementCalculator.Default.Settle(settlement)));
        }

        return text.ToString();
    }

    private static byte[] Example(string name) => File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name));

    private static void Section(StringBuilder text, string title, byte[] utf8) =>
        text.Append("== ").Append(title).Append('\n').Append(Encoding.UTF8.GetString(utf8)).Append('\n');
}
