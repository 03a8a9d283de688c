namespace Ki.Domain.Allocation;

/// <summary>Why a line of an allocation got the amount it got, beyond its proportional share.</summary>
/// <remarks>A line may carry several flags only in the combination <see cref="Remainder"/> with none of the others;
/// the bound flags exclude each other. <c>default</c> is <see cref="None"/>.</remarks>
[Flags]
public enum AllocationReasons
{
    /// <summary>The amount is the proportional share rounded down to the unit.</summary>
    None = 0,

    /// <summary>Raised to the floor (Mindestbetrag).</summary>
    Floor = 1,

    /// <summary>Cut at the cap (Höchstbetrag).</summary>
    Cap = 2,

    /// <summary>Cut at the amount requested (Bedarf): never more than asked for.</summary>
    Demand = 4,

    /// <summary>Got one leftover unit for having one of the largest remainders (Restbetrag nach größtem Rest).</summary>
    Remainder = 8,
}
