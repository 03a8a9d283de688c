using System.Collections.Immutable;
using Ki.Domain.Places;

namespace Ki.Cli.Commands;

/// <summary>Districts and municipalities named on the command line by key or by name (<c>05974</c>, <c>Soest</c>, <c>Kreis Soest</c>).</summary>
internal static class PlaceArguments
{
    /// <summary>The one district <paramref name="text"/> denotes; none or several is a usage error that lists the candidates.</summary>
    public static District District(Gazetteer gazetteer, string text, string what, string? gazetteerFile = null)
    {
        if (text.Any(char.IsAsciiDigit))
        {
            try
            {
                DistrictKey.ParseNrw(text.Trim());
            }
            catch (FormatException e)
            {
                throw new CliUsageException($"{what}: {e.Message}");
            }
        }

        ImmutableArray<District> found = gazetteer.FindDistricts(text);
        return found.Length switch
        {
            1 => found[0],
            0 when gazetteerFile is not null => throw new CliUsageException(
                $"{what} '{text}': the gazetteer {gazetteerFile} has no district with this key or name; 'ki districts --gazetteer {gazetteerFile}' lists them.",
                $"{what} '{text}': das Gemeindeverzeichnis {gazetteerFile} hat keinen Kreis mit diesem Schlüssel oder Namen; 'ki districts --gazetteer {gazetteerFile}' listet sie."),
            0 => throw new CliUsageException(
                $"{what} '{text}': NRW has no district with this key or name; 'ki districts' lists them.",
                $"{what} '{text}': NRW hat keinen Kreis und keine kreisfreie Stadt mit diesem Schlüssel oder Namen; 'ki districts' listet sie."),
            _ => throw new CliUsageException(
                $"{what} '{text}' names {found.Length} districts: {Candidates(found.Select(d => (d.Key.Code, Name(d))))}. Give the key.",
                $"{what} '{text}' passt auf {found.Length} Kreise und Städte: {Candidates(found.Select(d => (d.Key.Code, Name(d))))}. Bitte den Schlüssel angeben."),
        };
    }

    /// <summary>The one municipality <paramref name="text"/> denotes; none or several is a usage error that lists the candidates.</summary>
    public static Municipality Municipality(Gazetteer gazetteer, string text, string what)
    {
        ImmutableArray<Municipality> found = gazetteer.FindMunicipalities(text);
        return found.Length switch
        {
            1 => found[0],
            0 => throw new CliUsageException(
                $"{what} '{text}': NRW has no municipality with this key or name; 'ki municipalities DISTRICT' lists them.",
                $"{what} '{text}': NRW hat keine Gemeinde mit diesem Schlüssel oder Namen; 'ki municipalities KREIS' listet sie."),
            _ => throw new CliUsageException(
                $"{what} '{text}' names {found.Length} municipalities: {Candidates(found.Select(m => (m.Key.Code, m.Name)))}. Give the key.",
                $"{what} '{text}' passt auf {found.Length} Gemeinden: {Candidates(found.Select(m => (m.Key.Code, m.Name)))}. Bitte den Schlüssel angeben."),
        };
    }

    /// <summary>A Regierungsbezirk key such as 059; a malformed one is a usage error that says why.</summary>
    public static RegionKey Region(string text, string what)
    {
        try
        {
            return RegionKey.ParseNrw(text.Trim());
        }
        catch (FormatException e)
        {
            throw new CliUsageException($"{what}: {e.Message}");
        }
    }

    /// <summary>A district as people name it: <c>Kreis Soest</c>, <c>kreisfreie Stadt Köln</c> is shortened to <c>Köln</c>.</summary>
    public static string Name(District district) =>
        district.Kind == DistrictKind.Kreis && !district.Name.StartsWith("Kreis", StringComparison.Ordinal) ? "Kreis " + district.Name : district.Name;

    private static string Candidates(IEnumerable<(string Key, string Name)> places) =>
        string.Join("; ", places.Select(p => $"{p.Key} {p.Name}"));
}
