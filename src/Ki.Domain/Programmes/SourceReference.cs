using System.Globalization;
using System.Runtime.CompilerServices;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Where a catalogue figure comes from (Fundstelle): a citation, how sure it is, and an optional note.
/// </summary>
/// <remarks>
/// <para>
/// The citation is free text: a legal citation (<c>MBl. NRW. 2023 S. 225</c>), a web address, or both. A figure
/// marked [U] in the domain reference carries <see cref="Confidence.Uncertain"/>, so <see cref="IsUncertain"/> is
/// true for it.
/// </para>
/// <para>
/// Equality compares citation, confidence and note ordinally. <c>default(SourceReference)</c> has an empty
/// citation and no confidence; <see cref="IsDefault"/> tells it apart, and the catalogue validators reject it.
/// Immutable; safe to share across threads.
/// </para>
/// </remarks>
public readonly struct SourceReference : IEquatable<SourceReference>
{
    private readonly string? _citation;

    /// <summary>Creates a source reference.</summary>
    /// <param name="citation">The citation or address; must not be blank.</param>
    /// <param name="confidence">How sure the figure is.</param>
    /// <param name="note">An optional note in English, such as how the figure was read or derived.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not a defined value.</exception>
    public SourceReference(string citation, Confidence confidence, string? note = null)
    {
        ModelChecks.CheckNotBlank(citation, "A source citation must not be blank.", "Eine Quellenangabe darf nicht leer sein.");
        Preconditions.CheckRange(confidence is >= Confidence.Verified and <= Confidence.Derived, confidence,
            $"Confidence {(int)confidence} is not defined.", $"Die Verlässlichkeit {(int)confidence} ist nicht definiert.");
        _citation = citation;
        Confidence = confidence;
        Note = note;
    }

    /// <summary>
    /// Checks that a statement carries its source: returns <paramref name="source"/>, or throws
    /// <see cref="ArgumentException"/> with the message in English and German when it is the default (no source).
    /// </summary>
    /// <param name="source">The source.</param>
    /// <param name="message">Why a statement without source is refused, such as <c>A legal basis needs a source citation.</c></param>
    /// <param name="messageGerman">The same in German.</param>
    /// <param name="name">The argument's name.</param>
    /// <returns>The source.</returns>
    internal static SourceReference CheckCited(SourceReference source, string message, string messageGerman, [CallerArgumentExpression(nameof(source))] string? name = null)
    {
        Preconditions.CheckArgument(!source.IsDefault, name!, message, messageGerman);
        return source;
    }

    /// <summary>The citation or web address; empty for <c>default</c>.</summary>
    public string Citation => _citation ?? string.Empty;

    /// <summary>How sure the figure is; 0 (undefined) for <c>default</c>.</summary>
    public Confidence Confidence { get; }

    /// <summary>An optional note in English.</summary>
    public string? Note { get; }

    /// <summary>Whether this is <c>default(SourceReference)</c>, that is no source at all.</summary>
    public bool IsDefault => _citation is null;

    /// <summary>Whether the figure is marked uncertain ([U]).</summary>
    public bool IsUncertain => Confidence == Confidence.Uncertain;

    /// <summary>The reference's marker: <c>[V]</c>, <c>[S]</c>, <c>[U]</c>, <c>[D]</c>, or <c>[?]</c> for <c>default</c>.</summary>
    public string Marker => Confidence switch
    {
        Confidence.Verified => "[V]",
        Confidence.Secondary => "[S]",
        Confidence.Uncertain => "[U]",
        Confidence.Derived => "[D]",
        _ => "[?]",
    };

    /// <summary>Returns the marker and the citation, such as <c>[V] MBl. NRW. 2023 S. 225</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Marker} {Citation}");

    /// <inheritdoc />
    public bool Equals(SourceReference other) =>
        string.Equals(_citation, other._citation, StringComparison.Ordinal)
        && Confidence == other.Confidence
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_citation, Confidence, Note);

    /// <summary>Whether two references are equal.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether citation, confidence and note are equal.</returns>
    public static bool operator ==(SourceReference left, SourceReference right) => left.Equals(right);

    /// <summary>Whether two references differ.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether citation, confidence or note differ.</returns>
    public static bool operator !=(SourceReference left, SourceReference right) => !left.Equals(right);
}
