using Ki.Domain.Internal;

namespace Ki.Domain.Serialization;

/// <summary>
/// Limits that a JSON document from outside must respect before Ki.Domain reads it: its size, its nesting depth,
/// the length of each array and of each string.
/// </summary>
/// <remarks>
/// The defaults (<see cref="Default"/>) fit every document the library defines with room to spare: 16 MiB, depth 32,
/// 1,000,000 elements per array, 65,536 characters per string. A host that reads larger files on purpose makes its
/// own instance with the <c>With*</c> methods. Equality compares the four limits. Immutable; safe to share across threads.
/// </remarks>
public sealed record KiJsonLimits
{
    private KiJsonLimits()
    {
    }

    /// <summary>The default limits: 16 MiB, depth 32, 1,000,000 array elements, 65,536 characters per string.</summary>
    public static KiJsonLimits Default { get; } = new();

    /// <summary>The largest document accepted, in bytes of UTF-8.</summary>
    public long MaxDocumentBytes { get; private init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted (the root object is depth 1).</summary>
    public int MaxDepth { get; private init; } = 32;

    /// <summary>The most elements one array may hold.</summary>
    public int MaxArrayLength { get; private init; } = 1_000_000;

    /// <summary>The longest string value or property name accepted, in UTF-8 bytes.</summary>
    public int MaxStringLength { get; private init; } = 65_536;

    /// <summary>Returns a copy with another maximum document size.</summary>
    /// <param name="bytes">The largest document in bytes; at least 2.</param>
    /// <returns>The new limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is less than 2.</exception>
    public KiJsonLimits WithMaxDocumentBytes(long bytes)
    {
        Preconditions.CheckArgumentRange(bytes >= 2, bytes, "A document needs at least 2 bytes.");
        return this with { MaxDocumentBytes = bytes };
    }

    /// <summary>Returns a copy with another maximum depth.</summary>
    /// <param name="depth">The deepest nesting; 1 to 256.</param>
    /// <returns>The new limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is outside 1 to 256.</exception>
    public KiJsonLimits WithMaxDepth(int depth)
    {
        Preconditions.CheckArgumentRange(depth is >= 1 and <= 256, depth, "The depth must be from 1 to 256.");
        return this with { MaxDepth = depth };
    }

    /// <summary>Returns a copy with another maximum array length.</summary>
    /// <param name="length">The most elements per array; at least 0.</param>
    /// <returns>The new limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public KiJsonLimits WithMaxArrayLength(int length)
    {
        Preconditions.CheckArgumentRange(length >= 0, length, "The array length must not be negative.");
        return this with { MaxArrayLength = length };
    }

    /// <summary>Returns a copy with another maximum string length.</summary>
    /// <param name="length">The longest string in UTF-8 bytes; at least 1.</param>
    /// <returns>The new limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is less than 1.</exception>
    public KiJsonLimits WithMaxStringLength(int length)
    {
        Preconditions.CheckArgumentRange(length >= 1, length, "The string length must be at least 1.");
        return this with { MaxStringLength = length };
    }
}
