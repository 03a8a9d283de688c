using System.Collections.Immutable;
using Ki.Domain.Internal;

namespace Ki.Domain.Settlement;

/// <summary>
/// A settlement case as a settlement file holds it: the proof of use, and what the interest needs (the dates of the
/// repayment claim, the payouts with the day the money was used).
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class SettlementCase
{
    private readonly ImmutableArray<Payout> _payouts = [];

    /// <summary>Creates a case.</summary>
    /// <param name="proof">The proof of use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="proof"/> is null.</exception>
    public SettlementCase(ProofOfUse proof) => Proof = Preconditions.CheckNotNull(proof);

    /// <summary>The proof of use.</summary>
    public ProofOfUse Proof { get; }

    /// <summary>The dates of the repayment claim, for § 49a Abs. 3 VwVfG NRW interest; <see langword="null"/> when no interest is asked for.</summary>
    public RepaymentClaim? Repayment { get; init; }

    /// <summary>The payouts with the day the money was used, for § 49a Abs. 4 VwVfG NRW Zwischenzinsen; empty unless set.</summary>
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
