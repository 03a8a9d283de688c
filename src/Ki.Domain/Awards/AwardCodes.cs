namespace Ki.Domain.Awards;

/// <summary>The stable codes of award rounds: per application, per round and per pass-through.</summary>
/// <remarks>Codes never change meaning; new ones are added. Every code is listed in <c>docs/rule-codes.md</c>.</remarks>
public static class AwardCodes
{
    /// <summary>The computed grant is awarded in full (<c>KI-AWARD-FULL</c>).</summary>
    public const string Full = "KI-AWARD-FULL";

    /// <summary>The grant is cut because the round is over-subscribed (<c>KI-AWARD-CUT</c>).</summary>
    public const string Cut = "KI-AWARD-CUT";

    /// <summary>After the cut the grant would fall below the minimum grant; the application drops out (the one furthest below first) and its share goes to the others or, where none can take it, stays unallocated (<c>KI-AWARD-BELOW-MINIMUM-AFTER-CUT</c>).</summary>
    public const string BelowMinimumAfterCut = "KI-AWARD-BELOW-MINIMUM-AFTER-CUT";

    /// <summary>The application's priority tier is not reached by the budget (<c>KI-AWARD-TIER-NOT-REACHED</c>).</summary>
    public const string TierNotReached = "KI-AWARD-TIER-NOT-REACHED";

    /// <summary>The application is not eligible; no money (<c>KI-AWARD-NOT-ELIGIBLE</c>).</summary>
    public const string NotEligible = "KI-AWARD-NOT-ELIGIBLE";

    /// <summary>Eligibility could not be decided (facts missing); no money until it is (<c>KI-AWARD-UNDETERMINED</c>).</summary>
    public const string Undetermined = "KI-AWARD-UNDETERMINED";

    /// <summary>The grant calculation gives no grant (nothing to fund, below the minimum) (<c>KI-AWARD-NO-GRANT</c>).</summary>
    public const string NoGrant = "KI-AWARD-NO-GRANT";

    /// <summary>Round: the grants fit the budget (<c>KI-AWARD-ROUND-FUNDED</c>).</summary>
    public const string RoundFunded = "KI-AWARD-ROUND-FUNDED";

    /// <summary>Round: the grants exceed the budget and were cut by the round's policy (<c>KI-AWARD-ROUND-OVERSUBSCRIBED</c>).</summary>
    public const string RoundOversubscribed = "KI-AWARD-ROUND-OVERSUBSCRIBED";

    /// <summary>Pass-through: the sub-awards are made; ANBest-P applies to final recipients outside the municipal sector (<c>KI-AWARD-PASS-THROUGH</c>).</summary>
    public const string PassThrough = "KI-AWARD-PASS-THROUGH";

    /// <summary>Pass-through: the funding line does not allow passing the grant on (<c>KI-AWARD-PASS-THROUGH-NOT-ALLOWED</c>).</summary>
    public const string PassThroughNotAllowed = "KI-AWARD-PASS-THROUGH-NOT-ALLOWED";

    /// <summary>Pass-through: the planned sub-awards exceed the award (<c>KI-AWARD-PASS-THROUGH-EXCEEDS-AWARD</c>).</summary>
    public const string PassThroughExceedsAward = "KI-AWARD-PASS-THROUGH-EXCEEDS-AWARD";
}
