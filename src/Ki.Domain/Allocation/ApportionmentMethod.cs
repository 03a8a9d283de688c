namespace Ki.Domain.Allocation;

/// <summary>How whole units (seats, posts, places) are apportioned by weight (Sitzzuteilungsverfahren).</summary>
/// <remarks>There is no member 0: <c>default(ApportionmentMethod)</c> is not a method and is rejected.</remarks>
public enum ApportionmentMethod
{
    /// <summary>
    /// Hare-Niemeyer (largest remainder, Hamilton): everyone gets the whole part of the quota, the rest go to the
    /// largest remainders. Keeps every result within one unit of the quota, but is not house-monotone: one more seat
    /// can cost a party a seat (the Alabama paradox). Bundestag 1985–2005.
    /// </summary>
    HareNiemeyer = 1,

    /// <summary>D'Hondt (highest averages, divisors 1, 2, 3, …, Jefferson); favours large parties. Bundestag 1949–1981.</summary>
    DHondt = 2,

    /// <summary>Sainte-Laguë/Schepers (divisors 0.5, 1.5, 2.5, …, Webster): a divisor method with standard rounding.
    /// Bundestag seats since 2009, committees since 1980.</summary>
    SainteLague = 3,
}
