using System.Globalization;

namespace Ki.Domain.Programmes;

/// <summary>
/// A catalogue value together with its source: a rate, a cap, a unit amount, an authority, each with its citation.
/// </summary>
/// <typeparam name="T">The type of the value, such as <see cref="Money.Euro"/> or <see cref="decimal"/>.</typeparam>
/// <remarks>
/// Equality compares value and source. <c>default(Figure&lt;T&gt;)</c> has the default value and a default
/// <see cref="SourceReference"/>; the catalogue validators reject a figure without a source.
/// Immutable if <typeparamref name="T"/> is; safe to share across threads then.
/// </remarks>
public readonly struct Figure<T> : IEquatable<Figure<T>>
{
    /// <summary>Creates a figure.</summary>
    /// <param name="value">The value.</param>
    /// <param name="source">Where the value comes from.</param>
    public Figure(T value, SourceReference source)
    {
        Value = value;
        Source = source;
    }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>Where the value comes from.</summary>
    public SourceReference Source { get; }

    /// <summary>Whether the value is marked uncertain ([U]).</summary>
    public bool IsUncertain => Source.IsUncertain;

    /// <summary>Returns the value and the source marker, such as <c>57000.00 [V]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} {Source.Marker}");

    /// <inheritdoc />
    public bool Equals(Figure<T> other) => EqualityComparer<T>.Default.Equals(Value, other.Value) && Source.Equals(other.Source);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Figure<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Source);

    /// <summary>Whether two figures are equal.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether value and source are equal.</returns>
    public static bool operator ==(Figure<T> left, Figure<T> right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether value or source differ.</returns>
    public static bool operator !=(Figure<T> left, Figure<T> right) => !left.Equals(right);
}
