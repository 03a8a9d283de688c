using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Internal;

namespace Ki.Domain.Awards;

/// <summary>Priority tiers by application identifier (1 first), as an award round and a pass-through plan hold them.</summary>
internal static class PriorityTiers
{
    /// <summary>Checks that every tier is at least 1 and names one of the applications, and returns the tiers keyed ordinally.</summary>
    /// <param name="value">The tiers by application identifier.</param>
    /// <param name="applications">The applications a tier may name.</param>
    /// <param name="notOneOfThem">What a tier naming another identifier names, ending the message: <c>is not in the round</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">A tier is below 1 or names an identifier not among the applications (parameter <c>Priorities</c>).</exception>
    public static ImmutableDictionary<string, int> Check(ImmutableDictionary<string, int> value, ImmutableArray<Application> applications, string notOneOfThem) =>
        ModelChecks.CheckEntries(value, (id, tier) =>
        {
            Preconditions.CheckArgument(tier >= 1, "Priorities", $"The tier of '{id}' is {tier}; tiers start at 1.", $"Die Prioritätsstufe von '{id}' ist {tier}; die Stufen beginnen bei 1.");
            Preconditions.CheckArgument(applications.Any(a => a.Id == id), "Priorities", $"The tier names '{id}', which {notOneOfThem}.", $"Die Prioritätsstufe nennt '{id}', der nicht zu den Anträgen gehört.");
        });
}
