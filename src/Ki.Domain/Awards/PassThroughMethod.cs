namespace Ki.Domain.Awards;

/// <summary>How a first recipient splits its award over the eligible requests of its final recipients.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(PassThroughMethod)</c> is not a method.</remarks>
public enum PassThroughMethod
{
    /// <summary>Anteilig: in proportion to the requests, each request its cap (the award's <see cref="AwardPolicy.ProRata"/>).</summary>
    ProRata = 1,

    /// <summary>
    /// Nach Einwohnerzahl: by the population of each request's seat municipality (from the gazetteer), with an
    /// optional base amount and floor, each request its cap (the award's <see cref="AwardPolicy.Key"/>).
    /// </summary>
    Population = 2,

    /// <summary>Rangfolge: tiers in order, the first tier that does not fit cut pro rata (the award's <see cref="AwardPolicy.PriorityTiers"/>).</summary>
    PriorityTiers = 3,
}
