using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// One figure of a catalogue entry as text, for listings and audits: its name, its value and its source.
/// </summary>
/// <remarks>
/// Values are written in the invariant format (amounts as <c>57000.00</c>, rates as <c>0.9</c>).
/// Equality compares name, value and source. <c>default(CatalogueFigure)</c> has empty texts.
/// Immutable; safe to share across threads.
/// </remarks>
public readonly struct CatalogueFigure : IEquatable<CatalogueFigure>
{
    private readonly string? _name;
    private readonly string? _value;

    /// <summary>Creates a figure listing.</summary>
    /// <param name="name">The figure's name, such as <c>cap</c> or <c>unit specialist-post</c>.</param>
    /// <param name="value">The value in invariant text.</param>
    /// <param name="source">Where the value comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    public CatalogueFigure(string name, string value, SourceReference source)
    {
        _name = Preconditions.CheckNotNull(name);
        _value = Preconditions.CheckNotNull(value);
        Source = source;
    }

    /// <summary>The figure's name.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>The value in invariant text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Where the value comes from.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns <c>name = value [marker] citation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} = {Value} {Source}";

    /// <inheritdoc />
    public bool Equals(CatalogueFigure other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal) && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CatalogueFigure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value, Source);

    /// <summary>Whether two listings are equal.</summary>
    /// <param name="left">The first listing.</param>
    /// <param name="right">The second listing.</param>
    /// <returns>Whether name, value and source are equal.</returns>
    public static bool operator ==(CatalogueFigure left, CatalogueFigure right) => left.Equals(right);

    /// <summary>Whether two listings differ.</summary>
    /// <param name="left">The first listing.</param>
    /// <param name="right">The second listing.</param>
    /// <returns>Whether name, value or source differ.</returns>
    public static bool operator !=(CatalogueFigure left, CatalogueFigure right) => !left.Equals(right);
}
