using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace Ki.Cli.Tests;

/// <summary>
/// The bounded, seeded fuzz suite through the <c>ki</c> verbs (issue 11): mutated files given to <c>check</c>,
/// <c>award</c>, <c>allocate --input</c>, <c>apportion --input</c> and <c>--gazetteer</c>. The law: exit 0, or exit 2
/// (or the verb's own 1 and 3), or exit 2 with one line on stderr and no stack trace. Prints the counts per class.
/// </summary>
public sealed class FuzzCliTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20_261_130;
    private readonly TempFolder _dir = new("ki-fuzz-cli-");

    public void Dispose() => _dir.Dispose();

    private static string Example(string name) => RepositoryPaths.Combine("docs", "examples", name);

    [Fact]
    public void Fuzz_EveryVerbWithAFile_ExitsCleanly()
    {
        var random = new Random(Seed);
        var counts = new SortedDictionary<string, (int Refused, int Accepted)>(StringComparer.Ordinal);
        var violations = new List<string>();
        string csv = "id,name,weight\na,Ahlen,3\nb,Bönen,1.5\nc,Castrop,0\n";
        string gazetteer = string.Join('\n',
            "ki-gazetteer\t1", "source\tmade up for tests", "reference-date\t2019-12-31",
            "district\t05314\tkreisfreie-stadt\t1000\t10.50\tBonn, Stadt",
            "municipality\t05314000\tkreisfreie-stadt\t1000\t10.50\t53111\tBonn, Stadt") + "\n";
        (string Name, byte[] Valid, Func<string, string[]> Args)[] verbs =
        [
            ("check", File.ReadAllBytes(Example("application-eligible.json")), f => ["check", f, "--on", "2020-02-01"]),
            ("award", File.ReadAllBytes(Example("round-komm-an-3-2020.json")), f => ["award", f]),
            ("allocate --input", Encoding.UTF8.GetBytes(csv), f => ["allocate", "--budget", "1000", "--input", f, "--format", "csv"]),
            ("apportion --input", Encoding.UTF8.GetBytes(csv), f => ["apportion", "--method", "dhondt", "--seats", "8", "--input", f]),
            ("districts --gazetteer", Encoding.UTF8.GetBytes(gazetteer), f => ["districts", "--gazetteer", f]),
        ];
        string[] huge = ["9223372036854775807", "9223372036854775808", "-1", "1e400", "79228162514264337593543950335", "null", "{}", "[]"];
        foreach ((string name, byte[] valid, Func<string, string[]> args) in verbs)
        {
            string ext = name.StartsWith("allocate", StringComparison.Ordinal) || name.StartsWith("apportion", StringComparison.Ordinal) ? ".csv"
                : name.StartsWith("districts", StringComparison.Ordinal) ? ".txt" : ".json";
            var cases = new List<(string Kind, byte[] Bytes)>();
            for (int i = 0; i < 20; i++)
            {
                byte[] flipped = (byte[])valid.Clone();
                flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                cases.Add(("byte flip", flipped));
                cases.Add(("truncation", valid[..random.Next(valid.Length)]));
            }

            string text = Encoding.UTF8.GetString(valid);
            for (int i = 0; i < 12; i++)
            {
                int at = random.Next(text.Length);
                cases.Add(("huge number", Encoding.UTF8.GetBytes(text.Insert(at, huge[random.Next(huge.Length)]))));
                cases.Add(("null in every position", Encoding.UTF8.GetBytes(text.Insert(at, "null,"))));
            }

            cases.Add(("deep nesting", Encoding.UTF8.GetBytes(new string('[', 5_000))));
            cases.Add(("BOM", [0xEF, 0xBB, 0xBF, .. valid]));
            cases.Add(("Latin-1", Encoding.Latin1.GetBytes(text.Replace("a", "\u00e4", StringComparison.Ordinal))));
            cases.Add(("special file", new byte[100_000]));
            cases.Add(("special file", []));

            foreach ((string kind, byte[] bytes) in cases)
            {
                string file = _dir.PathOf("input" + ext);
                File.WriteAllBytes(file, bytes);
                Run(kind, name, args(file));
            }

            if (File.Exists("/dev/zero"))
            {
                Run("special file", name, args("/dev/zero"));
            }
        }

        var report = new StringBuilder();
        foreach ((string kind, (int refused, int accepted)) in counts)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{kind,-24} {refused + accepted,5} cases {refused,5} refused {accepted,5} accepted");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"violations {violations.Count}");
        violations.Take(20).ToList().ForEach(v => report.AppendLine(v));
        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fuzz-counts-cli.txt"), report.ToString());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Take(20)));

        void Run(string kind, string verb, string[] args)
        {
            int exit;
            string error;
            try
            {
                (exit, _, error) = CliRun.Ki(args);
            }
            catch (Exception e)
            {
                violations.Add($"{kind} / {verb}: {e.GetType().Name}: {e.Message}");
                return;
            }

            string[] lines = error.TrimEnd('\n').Split('\n');
            bool clean = exit is 0 or 1 or 3
                || (exit == 2 && lines.Length == 1 && lines[0].Length > 0
                    && !error.Contains("   at ", StringComparison.Ordinal) && !error.Contains("Unhandled", StringComparison.Ordinal));
            if (!clean)
            {
                violations.Add($"{kind} / {verb}: exit {exit}: {error[..Math.Min(error.Length, 300)]}");
            }

            (int r, int a) = counts.GetValueOrDefault(kind);
            counts[kind] = exit == 2 ? (r + 1, a) : (r, a + 1);
        }
    }
}
