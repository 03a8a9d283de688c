using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// The figures of one application that a grant calculation needs: eligible costs, own contribution, third-party
/// funds, unit counts, the applicant kind and the date.
/// </summary>
/// <remarks>
/// <para>
/// Amounts are in <see cref="Euro"/> and must not be negative; unit counts are decimals keyed by the unit's
/// identifier (<c>specialist-post</c> → 6). The calculator checks both and throws for a negative figure or an
/// unknown unit. A figure that is not stated is <see langword="null"/>, never 0.00: a calculation that needs it
/// answers <see cref="GrantCodes.FactMissing"/> and names it. Without <see cref="On"/> the calculator uses today's date in Germany by its injected clock.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class GrantRequest
{
    private readonly ImmutableDictionary<string, decimal> _units = ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal);

    /// <summary>Creates a request with the eligible costs; set the other figures with an initializer.</summary>
    /// <param name="eligibleCosts">Zuwendungsfähige Ausgaben: the costs that count; <see langword="null"/> when not stated.</param>
    public GrantRequest(Euro? eligibleCosts) => EligibleCosts = eligibleCosts;

    /// <summary>Zuwendungsfähige Ausgaben: the costs that count; <see langword="null"/> when not stated.</summary>
    public Euro? EligibleCosts { get; }

    /// <summary>Eigenanteil: what the applicant pays itself; <see langword="null"/> when not stated.</summary>
    public Euro? OwnContribution { get; init; }

    /// <summary>Drittmittel: money from foundations, the federal government, the EU or other third parties;
    /// <see langword="null"/> when not stated.</summary>
    public Euro? ThirdPartyFunds { get; init; }

    /// <summary>Unit counts by unit identifier, such as <c>specialist-post</c> → 6.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableDictionary<string, decimal> Units
    {
        get => _units;
        init => _units = Preconditions.CheckNotNull(value).WithComparers(StringComparer.Ordinal);
    }

    /// <summary>The kind of applicant, where unit limits depend on it.</summary>
    public ApplicantKind? ApplicantKind { get; init; }

    /// <summary>The date whose rules apply; <see langword="null"/> means today in Germany.</summary>
    public LocalDate? On { get; init; }

    /// <summary>Whether own contribution and third-party funds together exceed the eligible costs
    /// (<c>KI-APP-FUNDS-EXCEED-COSTS</c>); see <see cref="FundsExceed"/>.</summary>
    public bool FundsExceedCosts => FundsExceed(EligibleCosts, OwnContribution, ThirdPartyFunds);

    /// <summary>
    /// The one rule that own contribution (Eigenanteil) and third-party funds (Drittmittel) together must not exceed the
    /// eligible costs: a grant request and an application's check (<c>KI-APP-FUNDS-EXCEED-COSTS</c>) both use it.
    /// </summary>
    /// <param name="eligibleCosts">Zuwendungsfähige Ausgaben; <see langword="null"/> when not stated.</param>
    /// <param name="ownContribution">Eigenanteil; <see langword="null"/> when not stated.</param>
    /// <param name="thirdPartyFunds">Drittmittel; <see langword="null"/> when not stated.</param>
    /// <returns>Whether the stated figures already are more than the costs (computed without overflow). Without stated
    /// costs nothing is known to exceed them; a figure not stated adds nothing, so the answer is never a guess.</returns>
    public static bool FundsExceed(Euro? eligibleCosts, Euro? ownContribution, Euro? thirdPartyFunds) =>
        eligibleCosts is { } costs && (Int128)(ownContribution?.Cents ?? 0) + (thirdPartyFunds?.Cents ?? 0) > costs.Cents;
}
