using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>
/// A programme's budget in one fiscal year, with its source.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class AnnualBudget
{
    /// <summary>Creates an annual budget.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="amount">The amount with its source.</param>
    public AnnualBudget(FiscalYear year, Figure<Euro> amount)
    {
        Year = year;
        Amount = amount;
    }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The amount with its source.</summary>
    public Figure<Euro> Amount { get; }
}
