using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>
/// Verteilschlüssel: how a funding line's budget is split between recipients, as data (indicators, weights, floor).
/// </summary>
/// <remarks>
/// <para>
/// This describes the key; splitting money by it is the job of the allocation core. A line whose grants follow from a
/// key has no per-application grant, and the grant calculator says so with
/// <see cref="GrantCodes.DeterminedByDistributionKey"/>.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class DistributionKey
{
    /// <summary>Creates a distribution key.</summary>
    /// <param name="indicators">The indicators and their weights.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    public DistributionKey(IEnumerable<DistributionIndicator> indicators)
    {
        Indicators = [.. Preconditions.CheckNotNull(indicators)];
    }

    /// <summary>The indicators and their weights.</summary>
    public ImmutableArray<DistributionIndicator> Indicators { get; }

    /// <summary>Mindestbetrag: the least any recipient gets, where the key sets a floor.</summary>
    public Figure<Euro>? Floor { get; init; }

    /// <summary>How the key is applied beyond the weights (scaling, rounding), in English, if known.</summary>
    public string? Method { get; init; }

    /// <summary>The source of <see cref="Method"/>.</summary>
    public SourceReference MethodSource { get; init; }
}
