namespace Ki.Domain.Tests.Support;

/// <summary>
/// A folder of a test's own in the temporary folder, for the files it hands to a reader or to <c>ki</c>; deleted with
/// its content when disposed, so a test needs no try/finally of its own.
/// </summary>
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
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes a file of lines and returns its full path.</summary>
    public string WriteLines(string name, IEnumerable<string> lines)
    {
        string path = PathOf(name);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>Writes a file of bytes as they are and returns its full path.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        string path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
