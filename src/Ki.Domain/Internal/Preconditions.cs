using System.Numerics;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ki.Domain.Internal;

/// <summary>
/// The one idiom for argument checks: call sites stay one line, messages name the offending argument, and an
/// interpolated message (<c>$"The budget {budget} is negative."</c>) is formatted only when the check fails.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when the condition is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the condition is false; the message is formatted only then.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage<Invariant> message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with the English message and its German twin (see <see cref="GermanReason"/>)
    /// when the condition is false, for a rule a document read from outside can break.
    /// </summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message, string messageGerman)
    {
        if (!condition)
        {
            throw GermanReason.With(new ArgumentException(message, paramName), messageGerman);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with the English message and its German twin when the condition is false;
    /// both are formatted only then, the German one with German numbers (<c>1.234,56 €</c>).
    /// </summary>
    public static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage<Invariant> message,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage<German> messageGerman)
    {
        if (!condition)
        {
            throw GermanReason.With(new ArgumentException(message.ToStringAndClear(), paramName), messageGerman.ToStringAndClear());
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when the condition is false.</summary>
    public static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool condition, T actualValue, string message, [CallerArgumentExpression(nameof(actualValue))] string? name = null)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, actualValue, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when the condition is false; the message is formatted only then.</summary>
    public static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool condition, T actualValue, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage<Invariant> message, [CallerArgumentExpression(nameof(actualValue))] string? name = null)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, actualValue, message.ToStringAndClear());
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with the English message and its German twin when the condition is false.</summary>
    public static void CheckRange<T>([DoesNotReturnIf(false)] bool condition, T actualValue, string message, string messageGerman, [CallerArgumentExpression(nameof(actualValue))] string? name = null)
    {
        if (!condition)
        {
            throw GermanReason.With(new ArgumentOutOfRangeException(name, actualValue, message), messageGerman);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> with the English message and its German twin (see
    /// <see cref="GermanReason"/>) when the condition is false; both are formatted only then.
    /// </summary>
    public static void CheckRange<T>(
        [DoesNotReturnIf(false)] bool condition,
        T actualValue,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage<Invariant> message,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage<German> messageGerman,
        [CallerArgumentExpression(nameof(actualValue))] string? name = null)
    {
        if (!condition)
        {
            throw GermanReason.With(new ArgumentOutOfRangeException(name, actualValue, message.ToStringAndClear()), messageGerman.ToStringAndClear());
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    /// <typeparam name="T">A number type (whole units, cents, decimals).</typeparam>
    public static T CheckNonNegative<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : INumber<T>
    {
        if (T.IsNegative(value))
        {
            throw GermanReason.With(
                new ArgumentOutOfRangeException(name, value, $"{name} must not be negative, but was {value.ToString(null, CultureInfo.InvariantCulture)}."),
                string.Create(TextFormats.German, $"{name} darf nicht negativ sein, ist aber {value}."));
        }

        return value;
    }

    /// <summary>
    /// Copies the elements of a list argument, throwing when the list or an element is null or when two elements have
    /// the same key (ordinal); the message for a repeated key is made only then.
    /// </summary>
    /// <param name="items">The list.</param>
    /// <param name="key">The key of an element, such as its identifier.</param>
    /// <param name="repeated">The message for a key that occurs twice.</param>
    /// <param name="name">The argument's name.</param>
    /// <returns>The elements, in order.</returns>
    public static ImmutableArray<T> CheckUniqueKeys<T>(IEnumerable<T> items, Func<T, string> key, Func<string, string> repeated, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class => UniqueKeys(items, key, repeated, null, name);

    /// <summary>
    /// <see cref="CheckUniqueKeys{T}(IEnumerable{T}, Func{T, string}, Func{string, string}, string?)"/> with the
    /// message of a repeated key in English and German (see <see cref="GermanReason"/>), for lists a document can hold.
    /// </summary>
    public static ImmutableArray<T> CheckUniqueKeys<T>(IEnumerable<T> items, Func<T, string> key, Func<string, string> repeated, Func<string, string> repeatedGerman, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class => UniqueKeys(items, key, repeated, repeatedGerman, name);

    private static ImmutableArray<T> UniqueKeys<T>(IEnumerable<T> items, Func<T, string> key, Func<string, string> repeated, Func<string, string>? repeatedGerman, string? name)
        where T : class
    {
        ImmutableArray<T> list = [.. CheckNotNull(items, name)];
        var seen = new HashSet<string>(list.Length, StringComparer.Ordinal);
        foreach (T item in list)
        {
            string itemKey = key(CheckNotNull(item, name));
            if (!seen.Add(itemKey))
            {
                var e = new ArgumentException(repeated(itemKey), name);
                throw repeatedGerman is null ? e : GermanReason.With(e, repeatedGerman(itemKey));
            }
        }

        return list;
    }

    /// <summary>
    /// An interpolated message that is built only when its check fails (the compiler skips every hole otherwise), with
    /// the numbers of <typeparamref name="TCulture"/>: <see cref="Invariant"/> for the English message of a guard,
    /// <see cref="German"/> for its German twin.
    /// </summary>
    /// <typeparam name="TCulture">Whose notation the holes are formatted in.</typeparam>
    [InterpolatedStringHandler]
    internal ref struct FailureMessage<TCulture>
        where TCulture : ICulture
    {
        private DefaultInterpolatedStringHandler _text;

        /// <summary>Starts a message; <paramref name="shouldAppend"/> is false when the check passed.</summary>
        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, TCulture.Provider) : default;
        }

        /// <summary>Appends literal text.</summary>
        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        /// <summary>Appends a value.</summary>
        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        /// <summary>Appends a value with a format.</summary>
        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        /// <summary>The message.</summary>
        public string ToStringAndClear() => _text.ToStringAndClear();
    }

    /// <summary>The notation a <see cref="FailureMessage{TCulture}"/> formats its holes in.</summary>
    internal interface ICulture
    {
        /// <summary>The format provider.</summary>
        static abstract IFormatProvider Provider { get; }
    }

    /// <summary>The invariant culture: English messages.</summary>
    internal readonly struct Invariant : ICulture
    {
        /// <inheritdoc/>
        public static IFormatProvider Provider => CultureInfo.InvariantCulture;
    }

    /// <summary>German numbers: the German twin of a message.</summary>
    internal readonly struct German : ICulture
    {
        /// <inheritdoc/>
        public static IFormatProvider Provider => TextFormats.German;
    }
}
