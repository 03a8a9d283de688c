using System.Collections.Immutable;
using Ki.Domain.Internal;

namespace Ki.Domain.Allocation;

/// <summary>The shares an <see cref="IndicatorKey"/> gives a list of recipients, in the order of the inputs.</summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed class KeyShares
{
    /// <summary>The decimal places of every share: 15. The shares are computed exactly and rounded once, half away from
    /// zero; on a budget of 100 Mio EUR the rounding moves a quota by less than 0.0001 cent.</summary>
    public const int Decimals = 15;

    internal KeyShares(ImmutableArray<KeyShare> shares, int capRounds)
    {
        Shares = shares;
        CapRounds = capRounds;
    }

    /// <summary>The shares, in the order of the inputs.</summary>
    public ImmutableArray<KeyShare> Shares { get; }

    /// <summary>How many rounds of redistributing the capped excess were needed (0 without a cap).</summary>
    public int CapRounds { get; }

    /// <summary>Recipients weighted by their shares, ready for <see cref="AllocationRequest.Of"/>.</summary>
    /// <param name="names">The display names by id; ids without an entry use the id.</param>
    /// <returns>One recipient per share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    public IEnumerable<AllocationRecipient> ToRecipients(IReadOnlyDictionary<string, string> names)
    {
        Preconditions.CheckNotNull(names);
        return Shares.Select(s => new AllocationRecipient(s.Id, s.Share, names.TryGetValue(s.Id, out string? name) ? name : null));
    }
}
