using System.Collections.Immutable;

namespace Ki.Domain.Allocation;

/// <summary>The outcome of an apportionment: the method, the seats, the unit and one line per recipient in input order.</summary>
/// <remarks>The lines' units add up to <see cref="Seats"/> / <see cref="Unit"/>. Immutable; safe to share across threads.</remarks>
public sealed class ApportionmentResult
{
    internal ApportionmentResult(ApportionmentMethod method, decimal seats, decimal unit, ImmutableArray<ApportionmentLine> lines, bool hasTie)
    {
        Method = method;
        Seats = seats;
        Unit = unit;
        Lines = lines;
        HasTie = hasTie;
    }

    /// <summary>The method used.</summary>
    public ApportionmentMethod Method { get; }

    /// <summary>The seats or posts apportioned.</summary>
    public decimal Seats { get; }

    /// <summary>The size of one unit (1, or 0.5 for half posts).</summary>
    public decimal Unit { get; }

    /// <summary>The lines, in input order.</summary>
    public ImmutableArray<ApportionmentLine> Lines { get; }

    /// <summary>Whether the method left a tie open that was broken by id (see <see cref="ApportionmentLine.IsTie"/>).</summary>
    public bool HasTie { get; }
}
