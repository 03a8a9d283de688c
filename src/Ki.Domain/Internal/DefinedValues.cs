using System.Runtime.CompilerServices;

namespace Ki.Domain.Internal;

/// <summary>
/// Whether a value of an <see langword="int"/>-based enum is one of its named values, as <see cref="Enum.IsDefined{TEnum}(TEnum)"/>
/// answers, from a bit mask made once: a test of one bit instead of a search of the enum's values, for the checks that run
/// on every application (the validator's fast path).
/// </summary>
/// <typeparam name="TEnum">The enum; its named values must lie between 0 and 63 (checked when the mask is made).</typeparam>
internal static class DefinedValues<TEnum>
    where TEnum : struct, Enum
{
    private static readonly ulong Mask = MakeMask();

    /// <summary>Whether <paramref name="value"/> is a named value of <typeparamref name="TEnum"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is defined.</returns>
    public static bool Contains(TEnum value)
    {
        uint bit = unchecked((uint)Unsafe.BitCast<TEnum, int>(value));
        return bit < 64 && (Mask & (1UL << (int)bit)) != 0;
    }

    private static ulong MakeMask()
    {
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name} is not based on int.");
        }

        ulong mask = 0;
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            int bit = Unsafe.BitCast<TEnum, int>(value);
            if (bit is < 0 or > 63)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name}.{value} lies outside 0 to 63.");
            }

            mask |= 1UL << bit;
        }

        return mask;
    }
}
