using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Ki.Domain.Internal;

/// <summary>
/// Argument checks that keep call sites to one line and name the offending argument in the message.
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

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when the condition is false.</summary>
    public static void CheckArgumentRange<T>([DoesNotReturnIf(false)] bool condition, T actualValue, string message, [CallerArgumentExpression(nameof(actualValue))] string? name = null)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, actualValue, message);
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
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative, but was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return value;
    }
}
