using System.Text.RegularExpressions;

namespace Ki.Cli.Tests;

/// <summary>
/// The table output of every verb in both languages, compared with the files in Golden/. A deliberate change of the
/// output is accepted with <c>KI_WRITE_GOLDEN=1 dotnet test tests/Ki.Cli.Tests</c> and reviewed in the diff.
/// </summary>
public sealed partial class GoldenTests
{
    public static TheoryData<string, string[]> Cases()
    {
        string example = RepositoryPaths.Combine("docs", "examples");
        string parties = Path.Combine(AppContext.BaseDirectory, "TestData", "parties.csv");
        var cases = new TheoryData<string, string[]>();
        foreach (string lang in new[] { "en", "de" })
        {
            cases.Add($"allocate-soest.{lang}", ["allocate", "--budget", "131000", "--district", "05974", "--lang", lang]);
            cases.Add($"allocate-soest-verbose.{lang}", ["allocate", "--budget", "131000", "--district", "Soest", "--verbose", "--lang", lang]);
            cases.Add($"check-not-eligible.{lang}", ["check", Path.Combine(example, "application-not-eligible.json"), "--on", "2020-02-01", "--lang", lang]);
            cases.Add($"check-eligible.{lang}", ["check", Path.Combine(example, "application-eligible.json"), "--on", "2020-02-01", "--lang", lang]);
            cases.Add($"programmes.{lang}", ["programmes", "--on", "2020-02-01", "--lang", lang]);
            cases.Add($"grant.{lang}", ["grant", "--line", "komm-an-3", "--costs", "12000", "--own", "2000", "--third-party", "500", "--on", "2020-05-01", "--lang", lang]);
            cases.Add($"award.{lang}", ["award", Path.Combine(example, "round-komm-an-2b-2019.json"), "--lang", lang]);
            cases.Add($"districts.{lang}", ["districts", "--region", "059", "--lang", lang]);
            cases.Add($"municipalities.{lang}", ["municipalities", "Soest", "--lang", lang]);
            cases.Add($"settle-share.{lang}", ["settle", Path.Combine(example, "settlement-share-lower-costs.json"), "--lang", lang]);
            cases.Add($"settle-fixed-posts.{lang}", ["settle", Path.Combine(example, "settlement-fixed-posts.json"), "--lang", lang]);
            cases.Add($"apportion.{lang}", ["apportion", "--method", "sainte-lague", "--seats", "8", "--input", parties, "--lang", lang]);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verb_Table_IsTheGoldenOutput(string name, string[] args)
    {
        (_, string output, string error) = CliRun.Ki(args);
        Assert.Empty(error);
        string actual = Stable(output);
        string path = RepositoryPaths.Combine("tests", "Ki.Cli.Tests", "Golden", name + ".txt");
        if (Environment.GetEnvironmentVariable("KI_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verb_Table_FitsOneHundredColumns(string name, string[] args)
    {
        (_, string output, _) = CliRun.Ki(args);

        Assert.All(output.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, $"{name}: {line.Length} columns: {line}"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verb_GermanTable_HasNoEnglishWordsOrEnumIdentifiers(string name, string[] args)
    {
        if (!name.EndsWith(".de", StringComparison.Ordinal))
        {
            return;
        }

        (_, string output, _) = CliRun.Ki(args);

        foreach (string leak in new[] { "Commercial", "KreisfreieStadt", " pass ", " fail ", "quota", "flags", "unallocated", "EUR" })
        {
            Assert.DoesNotContain(leak, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Allocate_GermanUiCulture_IsGermanByDefault()
    {
        (_, string german, _) = CliRun.InGerman("allocate", "--budget", "131000", "--district", "05974", "--wide");
        (_, string english, _) = CliRun.Ki("allocate", "--budget", "131000", "--district", "05974", "--wide");

        Assert.StartsWith("Aufteilung von 131.000,00 € für Kreis Soest (05974) auf 14 Gemeinden; Schlüssel: Einwohner am 31.12.2019", german, StringComparison.Ordinal);
        Assert.StartsWith("Split of 131,000.00 EUR for Kreis Soest (05974) over its 14 municipalities; key: population at 2019-12-31", english, StringComparison.Ordinal);
        Assert.Contains("ein Cent mehr: größter Rest", german, StringComparison.Ordinal);
        Assert.Contains("one more cent: largest remainder", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ShowsWhatTheMainJobPrints()
    {
        string readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        string golden = File.ReadAllText(RepositoryPaths.Combine("tests", "Ki.Cli.Tests", "Golden", "allocate-soest.en.txt")).ReplaceLineEndings("\n");
        string[] lines = golden.Split('\n');

        Assert.Contains(lines[0], readme, StringComparison.Ordinal);
        Assert.Contains(lines[^2], readme, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(lines, l => l.StartsWith("05974040", StringComparison.Ordinal)), readme, StringComparison.Ordinal);
    }

    /// <summary>The library version and the rules hash change with every release or rule edit; the golden files keep their place.</summary>
    internal static string Stable(string output) => RulesHash().Replace(LibraryVersion().Replace(output, "Ki.Domain${gap}VERSION"), "sha256:RULES-HASH");

    [GeneratedRegex(@"Ki\.Domain(?<gap>\s+)[0-9][^\s;,]*")]
    private static partial Regex LibraryVersion();

    [GeneratedRegex(@"sha256:[0-9a-f]{8,64}")]
    private static partial Regex RulesHash();
}
