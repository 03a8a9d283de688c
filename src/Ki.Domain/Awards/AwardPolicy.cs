namespace Ki.Domain.Awards;

/// <summary>How a round cuts the grants when they exceed the budget (Kürzungsregel).</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(AwardPolicy)</c> is not a policy.</remarks>
public enum AwardPolicy
{
    /// <summary>Anteilige Kürzung: every grant is cut in proportion, through the allocation core with the grants as caps.</summary>
    ProRata = 1,

    /// <summary>Rangfolge: tiers are funded in full in order of priority; the first tier that does not fit is cut pro rata, later tiers get nothing.</summary>
    PriorityTiers = 2,

    /// <summary>
    /// Nach Schlüssel: the budget is split by a key, a weight per application (<see cref="AwardRound.Weights"/>, such
    /// as the population of the seat municipality), with an optional base amount and floor; no one above its grant.
    /// </summary>
    Key = 3,
}
