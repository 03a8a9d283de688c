using System.Collections.Immutable;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// A settlement case as a file holds it: the proof of use, and what the interest needs (the day the grant became
/// ineffective, the as-of day, the repayments made, the payouts with the day of use).
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class SettlementCase
{
    private readonly ImmutableArray<Payment> _repayments = [];
    private readonly ImmutableArray<Payout> _payouts = [];

    /// <summary>Creates a case.</summary>
    /// <param name="proof">The proof of use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="proof"/> is null.</exception>
    public SettlementCase(ProofOfUse proof) => Proof = Preconditions.CheckNotNull(proof);

    /// <summary>The proof of use.</summary>
    public ProofOfUse Proof { get; }

    /// <summary>The day the grant became ineffective in part (interest on the overpayment runs from the day after); null when no interest is asked for.</summary>
    public LocalDate? IneffectiveFrom { get; init; }

    /// <summary>The last interest day (the as-of day); null when no interest is asked for.</summary>
    public LocalDate? InterestUntil { get; init; }

    /// <summary>The repayments of the overpayment made so far.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null element.</exception>
    public ImmutableArray<Payment> Repayments
    {
        get => _repayments;
        init
        {
            Preconditions.CheckArgument(value.IsDefault || value.All(p => p is not null), nameof(Repayments), "A repayment is null.");
            _repayments = value.IsDefault ? [] : value;
        }
    }

    /// <summary>The payouts with the day the money was used, for § 49a(4) VwVfG NRW Zwischenzinsen.</summary>
    /// <exception cref="ArgumentException">Set to a list with a null element.</exception>
    public ImmutableArray<Payout> Payouts
    {
        get => _payouts;
        init
        {
            Preconditions.CheckArgument(value.IsDefault || value.All(p => p is not null), nameof(Payouts), "A payout is null.");
            _payouts = value.IsDefault ? [] : value;
        }
    }

    /// <summary>Returns the case's identifier.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Proof.Id;
}
