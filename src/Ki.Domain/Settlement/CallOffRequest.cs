using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// Mittelabruf: a call-off of grant money on a payout day, with the award, the financing plan's totals and the
/// measure's payments with their due days.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class CallOffRequest
{

    /// <summary>Creates a request.</summary>
    /// <param name="financing">The financing type of the Bescheid.</param>
    /// <param name="awarded">The grant awarded; not negative.</param>
    /// <param name="plannedCosts">The planned eligible costs of the financing plan; positive.</param>
    /// <param name="otherFunds">The own and other funds of the plan (own, third-party, other funders); not negative.</param>
    /// <param name="payoutDate">The day the money would be paid out.</param>
    /// <param name="payments">The measure's payments (past and planned); identifiers unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">A payment identifier repeats, or the award exceeds the planned costs.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="financing"/> is not defined, the planned costs are not positive, or an amount is negative.</exception>
    public CallOffRequest(FinancingType financing, Euro awarded, Euro plannedCosts, Euro otherFunds, LocalDate payoutDate, IEnumerable<DuePayment> payments)
    {
        Preconditions.CheckNotNull(payments);
        Preconditions.CheckArgumentRange(financing is >= FinancingType.Share and <= FinancingType.Full, financing, $"Financing type {(int)financing} is not defined.");
        Preconditions.CheckArgumentRange(!awarded.IsNegative, awarded, "The awarded grant must not be negative.");
        Preconditions.CheckArgumentRange(plannedCosts.IsPositive, plannedCosts, "The planned costs must be positive.");
        Preconditions.CheckArgumentRange(!otherFunds.IsNegative, otherFunds, "The other funds must not be negative.");
        Preconditions.CheckArgument(awarded <= plannedCosts, nameof(awarded),
            $"The award of {awarded} exceeds the planned eligible costs of {plannedCosts}; a grant never exceeds the eligible costs.");
        ImmutableArray<DuePayment> list = [.. payments];
        Preconditions.CheckArgument(list.All(p => p is not null), nameof(payments), "A payment is null.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (DuePayment payment in list)
        {
            Preconditions.CheckArgument(seen.Add(payment.Id), nameof(payments), $"The payment '{payment.Id}' appears twice.");
        }

        Financing = financing;
        Awarded = awarded;
        PlannedCosts = plannedCosts;
        OtherFunds = otherFunds;
        PayoutDate = payoutDate;
        Payments = [.. list.OrderBy(p => p.Due).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>The financing type.</summary>
    public FinancingType Financing { get; }

    /// <summary>The grant awarded.</summary>
    public Euro Awarded { get; }

    /// <summary>The planned eligible costs.</summary>
    public Euro PlannedCosts { get; }

    /// <summary>The own and other funds of the plan.</summary>
    public Euro OtherFunds { get; }

    /// <summary>The day the money would be paid out.</summary>
    public LocalDate PayoutDate { get; }

    /// <summary>The payments, ordered by due day (then identifier).</summary>
    public ImmutableArray<DuePayment> Payments { get; }

    /// <summary>The grant called off before this call-off; zero unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount.</exception>
    public Euro AlreadyCalledOff { get; init => field = Euro.CheckNotNegative(value, "The amount already called off must not be negative."); }

    /// <summary>The amount this call-off asks for, or <see langword="null"/> to ask what may be called off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount.</exception>
    public Euro? Requested { get; init => field = Euro.CheckNotNegative(value, "The requested amount must not be negative."); }
}
