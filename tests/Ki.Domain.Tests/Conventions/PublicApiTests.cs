using Ki.Domain.Tests.Support;

namespace Ki.Domain.Tests.Conventions;

/// <summary>
/// The public API approval test: the library's public surface, written as text, must equal the approved files in
/// <c>tests/Ki.Domain.Tests/Conventions/PublicApi/</c>, one per namespace. A change to the API fails this test
/// until the approved file is updated on purpose: run the tests with <c>KI_APPROVE_API=1</c> and commit the diff.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string ApprovedFolder = RepositoryPaths.Combine("tests", "Ki.Domain.Tests", "Conventions", "PublicApi");

    [Fact]
    public void PublicApi_MatchesApprovedFiles()
    {
        IReadOnlyDictionary<string, string> actual = ApiText.ByNamespace();
        bool approve = Environment.GetEnvironmentVariable("KI_APPROVE_API") == "1";
        var problems = new List<string>();
        foreach ((string ns, string text) in actual)
        {
            string approvedPath = Path.Combine(ApprovedFolder, ns + ".txt");
            string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
            if (approved == text)
            {
                continue;
            }

            if (approve)
            {
                File.WriteAllText(approvedPath, text);
                continue;
            }

            File.WriteAllText(Path.Combine(ApprovedFolder, ns + ".received.txt"), text);
            problems.Add($"{ns}: {(approved is null ? "no approved file" : FirstDifference(approved, text))}");
        }

        foreach (string stale in Directory.GetFiles(ApprovedFolder, "*.txt").Where(f => !f.EndsWith(".received.txt", StringComparison.Ordinal)))
        {
            string ns = Path.GetFileNameWithoutExtension(stale);
            if (!actual.ContainsKey(ns))
            {
                if (approve)
                {
                    File.Delete(stale);
                }
                else
                {
                    problems.Add($"{ns}: approved file, but the namespace has no public types any more");
                }
            }
        }

        Assert.True(problems.Count == 0,
            "The public API changed. Compare the .received.txt files with the approved ones, and if the change is deliberate, "
            + "rerun with KI_APPROVE_API=1 and commit.\n" + string.Join("\n", problems));
    }

    private static string FirstDifference(string approved, string actual)
    {
        string[] a = approved.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? a[i] : "(end)";
            string right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: approved '{left.Trim()}', now '{right.Trim()}'";
            }
        }

        return "line endings differ";
    }
}
