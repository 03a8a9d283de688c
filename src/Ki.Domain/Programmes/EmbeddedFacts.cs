namespace Ki.Domain.Programmes;

/// <summary>
/// The short hands the embedded data (<see cref="DefaultCatalogue"/>, <see cref="DefaultKiProgrammes"/>) is written
/// with, defined once: a citation by how sure it is, a figure with its source, a text in German and English.
/// </summary>
internal static class EmbeddedFacts
{
    /// <summary>A citation the publication itself bears out (<see cref="Confidence.Verified"/>, [V]).</summary>
    public static SourceReference V(string citation, string? note = null) => new(citation, Confidence.Verified, note);

    /// <summary>A citation of a secondary source (<see cref="Confidence.Secondary"/>, [S]).</summary>
    public static SourceReference S(string citation, string? note = null) => new(citation, Confidence.Secondary, note);

    /// <summary>A citation of something inferred or not verified (<see cref="Confidence.Uncertain"/>, [U]).</summary>
    public static SourceReference U(string citation, string? note = null) => new(citation, Confidence.Uncertain, note);

    /// <summary>A figure with its source.</summary>
    public static Figure<T> F<T>(T value, SourceReference source) => new(value, source);

    /// <summary>A text in German and English.</summary>
    public static LocalizedText T(string german, string english) => new(german, english);
}
