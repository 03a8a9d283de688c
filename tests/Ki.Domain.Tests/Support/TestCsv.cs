using Ki.Domain.Internal;

namespace Ki.Domain.Tests.Support;

/// <summary>Reads the reference CSV files in TestData/: '#' comment lines (the source), a header, RFC 4180 quoting.</summary>
internal static class TestCsv
{
    /// <summary>The rows of a TestData file as dictionaries keyed by the header's column names.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
        string[] lines = [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))];
        string[] header = Split(lines[0]);
        return [.. lines.Skip(1).Select(l =>
        {
            string[] cells = Split(l);
            return (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, cells[i])).ToDictionary(t => t.h, t => t.Item2, StringComparer.Ordinal);
        })];
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        ReasonText? problem = CsvFields.TrySplit(line, cells);
        return problem is null ? [.. cells] : throw new InvalidDataException(problem.Value.English);
    }
}
