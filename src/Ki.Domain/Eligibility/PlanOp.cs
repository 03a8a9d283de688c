namespace Ki.Domain.Eligibility;

/// <summary>The kinds of step in a compiled screening plan: comparisons over pre-extracted facts, and the combinations.</summary>
internal enum PlanOpKind : byte
{
    /// <summary>A fixed answer (<see cref="PlanOp.Lo"/>: 1 pass, 2 fail).</summary>
    Constant = 1,

    /// <summary>The applicant kind's bit is in the mask <see cref="PlanOp.Lo"/>.</summary>
    KindIn,

    /// <summary>A yes/no fact: known bit <see cref="PlanOp.Lo"/>, value bit <see cref="PlanOp.Hi"/>.</summary>
    Flag,

    /// <summary>The seat's district or region is in the sets.</summary>
    SeatIn,

    /// <summary>Submitted before the instant <see cref="PlanOp.Lo"/> (Unix ticks).</summary>
    SubmittedBefore,

    /// <summary>The delivery period lies within the day numbers <see cref="PlanOp.Lo"/> to <see cref="PlanOp.Hi"/>.</summary>
    DeliveryWithin,

    /// <summary>The measure continues a funded one, or starts on or after day <see cref="PlanOp.Lo"/>.</summary>
    StartNotBefore,

    /// <summary>The requested cents lie within <see cref="PlanOp.Lo"/> to <see cref="PlanOp.Hi"/>.</summary>
    RequestedWithin,

    /// <summary>Own contribution × <see cref="PlanOp.Hi"/> ≥ eligible costs × <see cref="PlanOp.Lo"/>.</summary>
    OwnShareAtLeast,

    /// <summary>The route's bit is in the mask <see cref="PlanOp.Lo"/>.</summary>
    RouteIn,

    /// <summary>All of the last <see cref="PlanOp.Count"/> answers pass.</summary>
    All,

    /// <summary>Any of the last <see cref="PlanOp.Count"/> answers passes.</summary>
    Any,

    /// <summary>The last answer, inverted.</summary>
    Not,
}

/// <summary>One step of a compiled screening plan.</summary>
internal readonly struct PlanOp(PlanOpKind kind, long lo = 0, long hi = 0, int count = 0, int[]? districts = null, int[]? regions = null)
{
    public PlanOpKind Kind { get; } = kind;

    public long Lo { get; } = lo;

    public long Hi { get; } = hi;

    public int Count { get; } = count;

    public int[]? Districts { get; } = districts;

    public int[]? Regions { get; } = regions;
}
