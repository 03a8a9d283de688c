namespace Ki.Cli.Tests;

/// <summary>A file in the temporary folder with the given text, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string text, string extension = ".json")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ki-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, text);
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
