using System.Diagnostics.CodeAnalysis;
using Ki.Domain.Internal;
using System.Text.Json.Serialization;
using Ki.Domain.Serialization;

namespace Ki.Domain.Places;

/// <summary>
/// Kreisschlüssel: the five-digit official key of a district (Kreis, kreisfreie Stadt or Städteregion),
/// such as <c>05974</c> for Kreis Soest.
/// </summary>
/// <remarks>
/// <para>
/// Digits 1–2 are the Land (05 is North Rhine-Westphalia), digit 3 the Regierungsbezirk, digits 4–5 the district.
/// <see cref="Parse(string)"/> accepts any German key; <see cref="ParseNrw(string)"/> and <see cref="IsNrw"/> check
/// that it lies in NRW.
/// </para>
/// <para>
/// <c>default(DistrictKey)</c> is the key <c>00000</c>, which no parse method returns; treat it as "no key".
/// Equality and ordering are those of the numeric key. Immutable; safe to share across threads.
/// </para>
/// <para>System.Text.Json writes it as its code string (<c>"05974"</c>) without any registration (AOT-safe).</para>
/// </remarks>
[JsonConverter(typeof(ParsableKeyJsonConverter<DistrictKey>))]
public readonly struct DistrictKey : IEquatable<DistrictKey>, IComparable<DistrictKey>, IComparable, ISpanParsable<DistrictKey>
{
    private const int Digits = 5;
    private const string Term = "Kreisschlüssel (district key, 5 digits such as 05974)";

    private DistrictKey(int value) => Value = value;

    /// <summary>The key as a number (5974 for <c>05974</c>).</summary>
    public int Value { get; }

    /// <summary>The canonical five-digit code with leading zeros, such as <c>05974</c>.</summary>
    public string Code => KeyParser.Format(Value, Digits);

    /// <summary>The Regierungsbezirk (government region) the district belongs to: the first three digits.</summary>
    public RegionKey Region => RegionKey.FromValidatedValue(KeyParser.Truncate(Value, 2));

    /// <summary>Whether the key lies in North Rhine-Westphalia.</summary>
    public bool IsNrw => KeyParser.NrwViolation(Value, Digits) is null;

    /// <summary>Parses a five-digit Kreisschlüssel of any German Land.</summary>
    /// <param name="s">The key, such as <c>05974</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not five digits with a Land code from 01 to 16; the
    /// message names the value and the rule.</exception>
    public static DistrictKey Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), requireNrw: false);
    }

    /// <summary>Parses a five-digit Kreisschlüssel that must lie in North Rhine-Westphalia.</summary>
    /// <param name="s">The key, such as <c>05974</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid key, or not one in NRW; the message names
    /// the value and the rule.</exception>
    public static DistrictKey ParseNrw(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), requireNrw: true);
    }

    /// <summary>Tries to parse a five-digit Kreisschlüssel of any German Land.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DistrictKey result) => TryParse(s.AsSpan(), requireNrw: false, out result);

    /// <summary>Tries to parse a five-digit Kreisschlüssel that must lie in North Rhine-Westphalia.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid NRW key.</returns>
    public static bool TryParseNrw([NotNullWhen(true)] string? s, out DistrictKey result) => TryParse(s.AsSpan(), requireNrw: true, out result);

    /// <summary>Creates a key from a value already known to be valid.</summary>
    internal static DistrictKey FromValidatedValue(int value) => new(value);

    private static DistrictKey Parse(ReadOnlySpan<char> s, bool requireNrw)
    {
        string? reason = KeyParser.TryParse(s, Digits, requireNrw, out int value);
        return reason is null ? new DistrictKey(value) : throw new FormatException(KeyParser.Message(s, Term, reason));
    }

    private static bool TryParse(ReadOnlySpan<char> s, bool requireNrw, out DistrictKey result)
    {
        bool ok = KeyParser.TryParse(s, Digits, requireNrw, out int value) is null;
        result = ok ? new DistrictKey(value) : default;
        return ok;
    }

    static DistrictKey IParsable<DistrictKey>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<DistrictKey>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DistrictKey result) => TryParse(s, out result);

    static DistrictKey ISpanParsable<DistrictKey>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, requireNrw: false);

    static bool ISpanParsable<DistrictKey>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DistrictKey result) => TryParse(s, requireNrw: false, out result);

    /// <summary>Returns the canonical code, such as <c>05974</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <inheritdoc />
    public bool Equals(DistrictKey other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DistrictKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(DistrictKey other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="DistrictKey"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DistrictKey other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type DistrictKey.", nameof(obj)),
    };

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(DistrictKey left, DistrictKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(DistrictKey left, DistrictKey right) => !left.Equals(right);

    /// <summary>Whether the first key sorts before the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator <(DistrictKey left, DistrictKey right) => left.Value < right.Value;

    /// <summary>Whether the first key sorts after the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator >(DistrictKey left, DistrictKey right) => left.Value > right.Value;

    /// <summary>Whether the first key sorts before or equals the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator <=(DistrictKey left, DistrictKey right) => left.Value <= right.Value;

    /// <summary>Whether the first key sorts after or equals the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator >=(DistrictKey left, DistrictKey right) => left.Value >= right.Value;
}
