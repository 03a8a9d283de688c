using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// The outcome of an allocation: one explained line per recipient, in the order of the request, plus the budget,
/// λ (the amount per unit of weight), the total allocated and the rest that could not be allocated.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Allocated"/> + <see cref="Unallocated"/> = <see cref="Budget"/> always, to the cent. The rest is positive
/// only when every recipient with weight sits at its cap or demand (or no recipient has weight), so that no more can
/// be given without breaking a bound, or when the budget is not a whole number of units (the part below one unit);
/// it is reported, never dropped.
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class AllocationResult
{
    private readonly CompactLines? _compact;
    private AllocationLine[]? _lines;
    private Dictionary<string, AllocationLine>? _byId;

    internal AllocationResult(AllocationRequest request, ExactAmount lambda, ImmutableArray<AllocationLine> lines, Euro allocated)
    {
        Request = request;
        Lambda = lambda;
        _lines = ImmutableCollectionsMarshal.AsArray(lines);
        Allocated = allocated;
    }

    internal AllocationResult(AllocationRequest request, ExactAmount lambda, CompactLines lines, Euro allocated)
    {
        Request = request;
        Lambda = lambda;
        _compact = lines;
        Allocated = allocated;
    }

    /// <summary>The request this result answers.</summary>
    public AllocationRequest Request { get; }

    /// <summary>The budget.</summary>
    public Euro Budget => Request.Budget;

    /// <summary>The unit every amount is a whole multiple of.</summary>
    public Euro Unit => Request.Unit;

    /// <summary>
    /// λ: the amount per unit of weight that recipients between their bounds get on top of their base amount
    /// (<c>x_i = clamp(base_i + λ·w_i, floor_i, cap_i)</c>); without bounds simply budget / total weight.
    /// </summary>
    public ExactAmount Lambda { get; }

    /// <summary>The lines, one per recipient, in the order of the request.</summary>
    /// <remarks>Made on first read from the amounts and reasons the allocation keeps (then the same objects on every
    /// read, from any thread).</remarks>
    public ImmutableArray<AllocationLine> Lines
    {
        get
        {
            AllocationLine[]? lines = Volatile.Read(ref _lines);
            if (lines is null)
            {
                // Two threads may both make them; one array wins and both return it.
                lines = _compact!.Materialize();
                lines = Interlocked.CompareExchange(ref _lines, lines, null) ?? lines;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(lines);
        }
    }

    /// <summary>The total allocated: the sum of the lines' amounts.</summary>
    public Euro Allocated { get; }

    /// <summary>The rest that could not be allocated: every recipient is at its cap or demand, or it is less than one unit.</summary>
    public Euro Unallocated => Budget - Allocated;

    /// <summary>Finds the line of a recipient by id.</summary>
    /// <param name="id">The recipient id.</param>
    /// <param name="line">The line, or <see langword="null"/>.</param>
    /// <returns>Whether the id is in the result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetLine(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AllocationLine? line)
    {
        Preconditions.CheckNotNull(id);

        // Built on the first look-up, not with the result: most callers walk the lines and never look one up. Two
        // threads may both build it; they build the same table and one wins.
        Dictionary<string, AllocationLine>? byId = Volatile.Read(ref _byId);
        if (byId is null)
        {
            byId = Lines.ToDictionary(l => l.Id, StringComparer.Ordinal);
            byId = Interlocked.CompareExchange(ref _byId, byId, null) ?? byId;
        }

        return byId.TryGetValue(id, out line);
    }
}
