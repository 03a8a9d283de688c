using System.CommandLine;
using Ki.Domain.Places;
using Ki.Domain.Serialization;

namespace Ki.Cli.Commands;

/// <summary>The shared <c>--gazetteer FILE</c> option of the place verbs: a newer register instead of the embedded one.</summary>
internal static class GazetteerOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string?> Create() => new("--gazetteer")
    {
        Description = "Use this gazetteer file instead of the embedded one: *.json in the gazetteer JSON format, any other name in the ki-gazetteer text format.",
    };

    /// <summary>
    /// The gazetteer of the file, or the embedded one when there is none. A malformed file throws
    /// <see cref="Ki.Domain.KiDataException"/> naming the file and the line or JSON path, which KiApp reports on stderr
    /// with exit code 2.
    /// </summary>
    public static Gazetteer Load(string? path)
    {
        if (path is null)
        {
            return Gazetteer.Default;
        }

        InputFile.Check(path, "--gazetteer");
        try
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GazetteerJson.ReadFile(path) : Gazetteer.FromTextFile(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliUsageException($"--gazetteer '{path}': no permission to read the file.", $"--gazetteer '{path}': keine Berechtigung, die Datei zu lesen.");
        }
        catch (IOException)
        {
            throw new CliUsageException($"--gazetteer '{path}': the file cannot be read.", $"--gazetteer '{path}': die Datei kann nicht gelesen werden.");
        }
    }
}
