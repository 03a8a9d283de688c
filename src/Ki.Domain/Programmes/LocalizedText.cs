using System.Globalization;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// A text in German (for applicants and staff) and English (for developers and logs).
/// </summary>
/// <remarks>
/// The language is always chosen explicitly by the caller with <see cref="For(CultureInfo)"/>, never taken from the
/// machine's culture. Equality compares both texts ordinally. <c>default(LocalizedText)</c> has two empty texts.
/// Immutable; safe to share across threads.
/// </remarks>
public readonly struct LocalizedText : IEquatable<LocalizedText>
{
    private readonly string? _german;
    private readonly string? _english;

    /// <summary>Creates a text in both languages.</summary>
    /// <param name="german">The German text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="german"/> or <paramref name="english"/> is null.</exception>
    public LocalizedText(string german, string english)
    {
        _german = Preconditions.CheckNotNull(german);
        _english = Preconditions.CheckNotNull(english);
    }

    /// <summary>The German text.</summary>
    public string German => _german ?? string.Empty;

    /// <summary>The English text.</summary>
    public string English => _english ?? string.Empty;

    /// <summary>Returns the text for a culture: German for any <c>de</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture chosen by the caller.</param>
    /// <returns>The text in that language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string For(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        return TextFormats.IsGerman(culture) ? German : English;
    }

    /// <summary>Returns the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;

    /// <inheritdoc />
    public bool Equals(LocalizedText other) =>
        string.Equals(German, other.German, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocalizedText other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(German, English);

    /// <summary>Whether two texts are equal.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>Whether both languages are equal.</returns>
    public static bool operator ==(LocalizedText left, LocalizedText right) => left.Equals(right);

    /// <summary>Whether two texts differ.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>Whether either language differs.</returns>
    public static bool operator !=(LocalizedText left, LocalizedText right) => !left.Equals(right);
}
