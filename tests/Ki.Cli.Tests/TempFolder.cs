using System.Text;

namespace Ki.Cli.Tests;

/// <summary>A test class's own folder in the temporary folder, for the files it hands to <c>ki</c>; deleted with its content when disposed.</summary>
internal sealed class TempFolder(string prefix) : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The full path of a file in the folder, which need not exist.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file as UTF-8 without a byte order mark and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string path = PathOf(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes a file of lines and returns its full path.</summary>
    public string WriteLines(string name, IEnumerable<string> lines)
    {
        string path = PathOf(name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
