using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Awards;

/// <summary>
/// Weiterleitungsplan: how a first recipient (Erstempfänger, the KI-Kommune) passes its award on to final recipients
/// (Letztempfänger: member municipalities, associations, migrant organisations, initiatives), under Nr. 12 VVG.
/// </summary>
/// <remarks>
/// <para>
/// The requests are applications of the final recipients for the round's funding line; each is decided on its own under
/// the line's rules for final recipients, then the award, less what the first recipient keeps for its own part
/// (<see cref="Retained"/>), is split over the eligible requests by <see cref="Method"/>. Request identifiers are
/// unique (ordinal); their order has no effect.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class PassThroughPlan
{
    /// <summary>Creates a plan; set what is kept, the minimum, base, floor and tiers with an initializer.</summary>
    /// <param name="method">How the award is split over the eligible requests.</param>
    /// <param name="requests">The final recipients' requests, with unique identifiers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> or a request is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Two requests share an identifier.</exception>
    public PassThroughPlan(PassThroughMethod method, IEnumerable<Application> requests)
    {
        Preconditions.CheckRange(method is >= PassThroughMethod.ProRata and <= PassThroughMethod.PriorityTiers, method, "The pass-through method is not defined.", "Die Methode der Weiterleitung ist nicht definiert.");
        Requests = Preconditions.CheckUniqueKeys(requests, r => r.Id, id => $"Two requests have the identifier '{id}'.", id => $"Zwei Anforderungen haben die Kennung '{id}'.");
        Method = method;
    }

    /// <summary>How the award is split.</summary>
    public PassThroughMethod Method { get; }

    /// <summary>The final recipients' requests.</summary>
    public ImmutableArray<Application> Requests { get; }

    /// <summary>
    /// Eigener Anteil: what the first recipient keeps for measures of its own, taken from the award before the split (at
    /// most the award); zero by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro Retained { get; init => field = Euro.CheckNotNegative(value, "The retained part must not be negative."); }

    /// <summary>The least a final recipient gets after the cut; a request cut below it drops out and its share goes to the others. <see langword="null"/> for the line's minimum grant.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro? MinimumGrant { get; init => field = Euro.CheckNotNegative(value, "The minimum grant must not be negative."); }

    /// <summary>Sockelbetrag of <see cref="PassThroughMethod.Population"/>: every eligible request first gets this much (at most its request).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro? BaseAmount { get; init => field = Euro.CheckNotNegative(value, "The base amount must not be negative."); }

    /// <summary>Mindestbetrag of <see cref="PassThroughMethod.Population"/>: no eligible request gets less (unless it asked for less).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro? Floor { get; init => field = Euro.CheckNotNegative(value, "The floor must not be negative."); }

    /// <summary>Priority tiers of <see cref="PassThroughMethod.PriorityTiers"/> by request identifier: 1 first; a request without one comes last.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A tier is below 1 or names a request not in the plan.</exception>
    public ImmutableDictionary<string, int> Priorities
    {
        get;
        init => field = PriorityTiers.Check(value, Requests, "is not a request of the plan");
    } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);
}
