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
    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
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
    public static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool condition, T actualValue, [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message, [CallerArgumentExpression(nameof(actualValue))] string? name = null)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, actualValue, message.ToStringAndClear());
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    public static long CheckNonNegative(long value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative, but was {value}.");
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    public static decimal CheckNonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative, but was {value.ToString(CultureInfo.InvariantCulture)}.");
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
        where T : class
    {
        ImmutableArray<T> list = [.. CheckNotNull(items, name)];
        var seen = new HashSet<string>(list.Length, StringComparer.Ordinal);
        foreach (T item in list)
        {
            string itemKey = key(CheckNotNull(item, name));
            if (!seen.Add(itemKey))
            {
                throw new ArgumentException(repeated(itemKey), name);
            }
        }

        return list;
    }

    /// <summary>
    /// An interpolated message that is built only when its check fails (the compiler skips every hole otherwise), in
    /// the invariant culture.
    /// </summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _text;

        /// <summary>Starts a message; <paramref name="shouldAppend"/> is false when the check passed.</summary>
        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
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
}
