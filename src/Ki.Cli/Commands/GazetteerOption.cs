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
    public static Gazetteer Load(string? path) =>
        path is null ? Gazetteer.Default
        : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GazetteerJson.ReadFile(path)
        : Gazetteer.FromTextFile(path);
}
