using System.Diagnostics.CodeAnalysis;
using Ki.Domain.Internal;
using System.Text.Json.Serialization;
using Ki.Domain.Serialization;

namespace Ki.Domain.Places;

/// <summary>
/// Amtlicher Gemeindeschlüssel (AGS): the eight-digit official key of a municipality, such as <c>05974040</c> for
/// the town of Soest.
/// </summary>
/// <remarks>
/// <para>
/// Digits 1–2 are the Land (05 is North Rhine-Westphalia), digit 3 the Regierungsbezirk, digits 4–5 the district, digits 6–8 the municipality; a kreisfreie Stadt ends in <c>000</c>.
/// <see cref="Parse(string)"/> accepts any German key; <see cref="ParseNrw(string)"/> and <see cref="IsNrw"/> check
/// that it lies in NRW.
/// </para>
/// <para>
/// <c>default(MunicipalityKey)</c> is the key <c>00000000</c>, which no parse method returns; treat it as "no key".
/// Equality and ordering are those of the numeric key. Immutable; safe to share across threads.
/// </para>
/// <para>System.Text.Json writes it as its code string (<c>"05974040"</c>) without any registration (AOT-safe).</para>
/// </remarks>
[JsonConverter(typeof(ParsableKeyJsonConverter<MunicipalityKey>))]
public readonly struct MunicipalityKey : IEquatable<MunicipalityKey>, IComparable<MunicipalityKey>, IComparable, ISpanParsable<MunicipalityKey>
{
    private const int Digits = 8;
    private const string Term = "Amtlicher Gemeindeschlüssel (AGS, municipality key, 8 digits such as 05974040)";

    private MunicipalityKey(int value) => Value = value;

    /// <summary>The key as a number (5974040 for <c>05974040</c>).</summary>
    public int Value { get; }

    /// <summary>The canonical eight-digit code with leading zeros, such as <c>05974040</c>.</summary>
    public string Code => KeyParser.Format(Value, Digits);

    /// <summary>The district (Kreisschlüssel) the municipality belongs to: the first five digits.</summary>
    public DistrictKey District => DistrictKey.FromValidatedValue(KeyParser.Truncate(Value, 3));

    /// <summary>The Regierungsbezirk (government region) the municipality belongs to: the first three digits.</summary>
    public RegionKey Region => RegionKey.FromValidatedValue(KeyParser.Truncate(Value, 5));

    /// <summary>Whether the key lies in North Rhine-Westphalia.</summary>
    public bool IsNrw => KeyParser.NrwViolation(Value, Digits) is null;

    /// <summary>Parses a eight-digit AGS of any German Land.</summary>
    /// <param name="s">The key, such as <c>05974040</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not eight digits with a Land code from 01 to 16; the
    /// message names the value and the rule.</exception>
    public static MunicipalityKey Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), requireNrw: false);
    }

    /// <summary>Parses a eight-digit AGS that must lie in North Rhine-Westphalia.</summary>
    /// <param name="s">The key, such as <c>05974040</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid key, or not one in NRW; the message names
    /// the value and the rule.</exception>
    public static MunicipalityKey ParseNrw(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), requireNrw: true);
    }

    /// <summary>Tries to parse a eight-digit AGS of any German Land.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out MunicipalityKey result) => TryParse(s.AsSpan(), requireNrw: false, out result);

    /// <summary>Tries to parse a eight-digit AGS that must lie in North Rhine-Westphalia.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> was a valid NRW key.</returns>
    public static bool TryParseNrw([NotNullWhen(true)] string? s, out MunicipalityKey result) => TryParse(s.AsSpan(), requireNrw: true, out result);

    /// <summary>Creates a key from a value already known to be valid.</summary>
    internal static MunicipalityKey FromValidatedValue(int value) => new(value);

    private static MunicipalityKey Parse(ReadOnlySpan<char> s, bool requireNrw)
    {
        string? reason = KeyParser.TryParse(s, Digits, requireNrw, out int value);
        return reason is null ? new MunicipalityKey(value) : throw new FormatException(KeyParser.Message(s, Term, reason));
    }

    private static bool TryParse(ReadOnlySpan<char> s, bool requireNrw, out MunicipalityKey result)
    {
        bool ok = KeyParser.TryParse(s, Digits, requireNrw, out int value) is null;
        result = ok ? new MunicipalityKey(value) : default;
        return ok;
    }

    static MunicipalityKey IParsable<MunicipalityKey>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<MunicipalityKey>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MunicipalityKey result) => TryParse(s, out result);

    static MunicipalityKey ISpanParsable<MunicipalityKey>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, requireNrw: false);

    static bool ISpanParsable<MunicipalityKey>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MunicipalityKey result) => TryParse(s, requireNrw: false, out result);

    /// <summary>Returns the canonical code, such as <c>05974040</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <inheritdoc />
    public bool Equals(MunicipalityKey other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MunicipalityKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(MunicipalityKey other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="MunicipalityKey"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MunicipalityKey other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type MunicipalityKey.", nameof(obj)),
    };

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(MunicipalityKey left, MunicipalityKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(MunicipalityKey left, MunicipalityKey right) => !left.Equals(right);

    /// <summary>Whether the first key sorts before the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator <(MunicipalityKey left, MunicipalityKey right) => left.Value < right.Value;

    /// <summary>Whether the first key sorts after the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator >(MunicipalityKey left, MunicipalityKey right) => left.Value > right.Value;

    /// <summary>Whether the first key sorts before or equals the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator <=(MunicipalityKey left, MunicipalityKey right) => left.Value <= right.Value;

    /// <summary>Whether the first key sorts after or equals the second.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison of the codes.</returns>
    public static bool operator >=(MunicipalityKey left, MunicipalityKey right) => left.Value >= right.Value;
}
