using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>Collects the steps of a screening plan in postfix order, with what the rules are compiled against.</summary>
internal sealed class PlanCompiler(FundingLineVersion version, LocalDate asOf, FiscalYear year)
{
    private readonly List<PlanOp> _ops = [];

    /// <summary>The version whose figures fill in what the rules leave open.</summary>
    public FundingLineVersion Version { get; } = version;

    /// <summary>The date of the decisions.</summary>
    public LocalDate AsOf { get; } = asOf;

    /// <summary>The fiscal year of the applications screened.</summary>
    public FiscalYear Year { get; } = year;

    /// <summary>The steps so far.</summary>
    public PlanOp[] ToArray() => [.. _ops];

    /// <summary>Adds a step.</summary>
    public void Add(PlanOp op) => _ops.Add(op);
}
