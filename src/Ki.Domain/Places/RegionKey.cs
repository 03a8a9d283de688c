using System.Diagnostics.CodeAnalysis;
using Ki.Domain.Internal;
using System.Text.Json.Serialization;
using Ki.Domain.Serialization;

namespace Ki.Domain.Places;

/// <summary>
/// The three-digit key of a Regierungsbezirk (government region), such as <c>059</c> for Arnsberg.
/// </summary>
/// <remarks>
/// <para>
/// Digits 1–2 are the Land (05 is North Rhine-Westphalia), digit 3 the Regierungsbezirk (in NRW 1 Düsseldorf, 3 Köln, 5 Münster, 7 Detmold, 9 Arnsberg).
/// <see cref="Parse(string)"/> accepts any German key; <see cref="ParseNrw(string)"/> and <see cref="IsNrw"/> check
/// that it lies in NRW.
/// </para>
/// <para>
/// <c>default(RegionKey)</c> is the key <c>000</c>, which no parse method returns; treat it as "no key".
/// Equality and ordering are those of the numeric key. Immutable; safe to share across threads.
/// </para>
/// <para>System.Text.Json writes it as its code string (<c>"059"</c>) without any registration (AOT-safe).</para>
/// </remarks>
[JsonConverter(typeof(ParsableKeyJsonConverter<RegionKey>))]
public readonly struct RegionKey : IEquatable<RegionKey>, IComparable<RegionKey>, IComparable, ISpanParsable<RegionKey>
{
    private const int Digits = 3;
    private const string Term = "Regierungsbezirk key (government region, 3 digits such as 059)";

    private RegionKey(int value) => Value = value;

    /// <summary>The key as a number (59 for <c>059</c>).</summary>
    public int Value { get; }

    /// <summary>The canonical three-digit code with leading zeros, such as <c>059</c>.</summary>
    public string Code => KeyParser.Format(Value, Digits);

    /// <summary>The Land code, the first two digits (5 for North Rhine-Westphalia).</summary>
    public int LandCode => KeyParser.Truncate(Value, 1);

    /// <summary>Whether the key lies in North Rhine-Westphalia.</summary>
    public bool IsNrw => KeyParser.NrwViolation(Value, Digits) is null;

    /// <summary>Parses a three-digit Regierungsbezirk key of any German Land.</summary>
    /// <param name="s">The key, such as <c>059</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not three digits with a Land code from 01 to 16; the
    /// message names the value and the rule.</exception>
    public static RegionKey Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), requireNrw: false);
    }

    /// <summary>Parses a three-digit Regierungsbezirk key that must lie in North Rhine-Westphalia.</summary>
    /// <param name="s">The key, such as <c>059</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid key, or not one in NRW; the message names
    /// the value and the rule.</exception>
    public static RegionKey ParseNrw(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), requireNrw: true);
    }

    /// <summary>Tries to parse a three-digit Regierungsbezirk key of any German Land.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegionKey result) => TryParse(s.AsSpan(), requireNrw: false, out result);

    /// <summary>Tries to parse a three-digit Regierungsbezirk key that must lie in North Rhine-Westphalia.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid NRW key.</returns>
    public static bool TryParseNrw([NotNullWhen(true)] string? s, out RegionKey result) => TryParse(s.AsSpan(), requireNrw: true, out result);

    /// <summary>Creates a key from a value already known to be valid.</summary>
    internal static RegionKey FromValidatedValue(int value) => new(value);

    private static RegionKey Parse(ReadOnlySpan<char> s, bool requireNrw)
    {
        string? reason = KeyParser.TryParse(s, Digits, requireNrw, out int value);
        return reason is null ? new RegionKey(value) : throw new FormatException(KeyParser.Message(s, Term, reason));
    }

    private static bool TryParse(ReadOnlySpan<char> s, bool requireNrw, out RegionKey result)
    {
        bool ok = KeyParser.TryParse(s, Digits, requireNrw, out int value) is null;
        result = ok ? new RegionKey(value) : default;
        return ok;
    }

    static RegionKey IParsable<RegionKey>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<RegionKey>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegionKey result) => TryParse(s, out result);

    static RegionKey ISpanParsable<RegionKey>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, requireNrw: false);

    static bool ISpanParsable<RegionKey>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegionKey result) => TryParse(s, requireNrw: false, out result);

    /// <summary>Returns the canonical code, such as <c>059</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <inheritdoc />
    public bool Equals(RegionKey other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(RegionKey other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="RegionKey"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        RegionKey other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type RegionKey.", nameof(obj)),
    };

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(RegionKey left, RegionKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(RegionKey left, RegionKey right) => !left.Equals(right);

    /// <summary>Whether the first key sorts before the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator <(RegionKey left, RegionKey right) => left.Value < right.Value;

    /// <summary>Whether the first key sorts after the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator >(RegionKey left, RegionKey right) => left.Value > right.Value;

    /// <summary>Whether the first key sorts before or equals the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator <=(RegionKey left, RegionKey right) => left.Value <= right.Value;

    /// <summary>Whether the first key sorts after or equals the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator >=(RegionKey left, RegionKey right) => left.Value >= right.Value;
}
