namespace Ki.Cli.Commands;

/// <summary>
/// Reads a file named on the command line, telling apart a missing file, a directory and a file the user may not
/// read, and refusing a file larger than a limit while reading (so <c>/dev/zero</c> ends with a message, not out of
/// memory). Messages name the option and the file, never its content.
/// </summary>
internal static class InputFile
{
    /// <summary>The largest file <c>ki</c> reads: 64 MiB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads the whole file as bytes.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="what">The option or argument that named it, such as <c>--input</c>.</param>
    public static byte[] ReadAllBytes(string path, string what)
    {
        Check(path, what);
        try
        {
            using FileStream stream = File.OpenRead(path);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new CliUsageException(
                        $"{what} '{path}': the file is larger than {MaxBytes / (1024 * 1024)} MB, more than ki reads.",
                        $"{what} '{path}': die Datei ist größer als {MaxBytes / (1024 * 1024)} MB, mehr als ki liest.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (UnauthorizedAccessException)
        {
            throw Denied(path, what);
        }
        catch (IOException)
        {
            throw new CliUsageException($"{what} '{path}': the file cannot be read.", $"{what} '{path}': die Datei kann nicht gelesen werden.");
        }
    }

    /// <summary>Reads the whole file as UTF-8 text (a byte order mark is skipped).</summary>
    public static string ReadAllText(string path, string what)
    {
        byte[] bytes = ReadAllBytes(path, what);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return System.Text.Encoding.UTF8.GetString(span);
    }

    /// <summary>Throws a message that says what is wrong with the path before anything is read.</summary>
    public static void Check(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException(
                $"{what} '{path}' is a directory; give a file.",
                $"{what} '{path}' ist ein Verzeichnis; bitte eine Datei angeben.");
        }

        if (!File.Exists(path))
        {
            string? parent = Path.GetDirectoryName(Path.GetFullPath(path));
            throw parent is not null && !Directory.Exists(parent)
                ? new CliUsageException(
                    $"{what} '{path}': there is no such file; the directory '{parent}' does not exist either.",
                    $"{what} '{path}': die Datei gibt es nicht; auch das Verzeichnis '{parent}' fehlt.")
                : new CliUsageException($"{what} '{path}': there is no such file.", $"{what} '{path}': die Datei gibt es nicht.");
        }
    }

    /// <summary>Writes a file named on the command line, with a message that names the option and the reason.</summary>
    public static void WriteAllText(string path, string what, string text)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' is a directory; give a file name.", $"{what} '{path}' ist ein Verzeichnis; bitte einen Dateinamen angeben.");
        }

        try
        {
            File.WriteAllText(path, text);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliUsageException($"{what} '{path}': no permission to write the file.", $"{what} '{path}': keine Berechtigung, die Datei zu schreiben.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliUsageException($"{what} '{path}': the directory does not exist.", $"{what} '{path}': das Verzeichnis gibt es nicht.");
        }
        catch (IOException)
        {
            throw new CliUsageException($"{what} '{path}': the file cannot be written.", $"{what} '{path}': die Datei kann nicht geschrieben werden.");
        }
    }

    private static CliUsageException Denied(string path, string what) => new(
        $"{what} '{path}': no permission to read the file.",
        $"{what} '{path}': keine Berechtigung, die Datei zu lesen.");
}
