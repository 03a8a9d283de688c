using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Ki.Domain.Internal;

/// <summary>
/// Asks the processor to bring an object's first cache lines in ahead of use, so that a loop over many objects does
/// not wait on memory for each in turn. Only a hint: it reads nothing, changes nothing and does nothing where the
/// processor has no prefetch instruction .NET exposes (x86 only).
/// </summary>
/// <remarks>
/// The address of the object's fields is taken without pinning. A collection may move the object right after; then
/// the hint names memory that is no longer the object's, which costs a wasted fetch at most: a prefetch never faults
/// and is never read back.
/// </remarks>
internal static class CachePrefetch
{
    /// <summary>The bytes of a cache line on the processors .NET runs on.</summary>
    private const int LineBytes = 64;

    /// <summary>Hints the cache lines of the first <paramref name="lines"/> × 64 bytes of <paramref name="target"/>'s fields; nothing for null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Object(object? target, int lines)
    {
        if (!Sse.IsSupported || target is null)
        {
            return;
        }

        unchecked
        {
            // The object's first field, whatever its type: the way the runtime's own code reaches an object's data.
            byte* fields = (byte*)Unsafe.AsPointer(ref Unsafe.As<Fields>(target).First);
            for (int line = 0; line < lines; line++)
            {
                Sse.Prefetch0(fields + (line * LineBytes));
            }
        }
    }

    /// <summary>The view of any object as its first byte of fields (never created).</summary>
    private sealed class Fields
    {
#pragma warning disable CS0649 // never assigned: only its address is taken, of other objects' fields
        /// <summary>The first byte of the object's fields.</summary>
        public byte First;
#pragma warning restore CS0649
    }
}
