using System.Collections.Immutable;
using Ki.Domain.Allocation;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>
/// Verteilschlüssel: how a funding line's budget is split between recipients, as data (indicators, weights, floor).
/// </summary>
/// <remarks>
/// <para>
/// This describes the key; splitting money by it is the job of the allocation core, and
/// <see cref="ToIndicatorKey"/> turns it into the core's <see cref="IndicatorKey"/> in one call. A line whose grants follow from a
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

    /// <summary>Kappungsgrenze: the cap relative to one indicator (FlüAG: 1.25 × population share), if the key has one.</summary>
    public DistributionCap? Cap { get; init; }

    /// <summary>
    /// The allocation core's key for this distribution key: one component per indicator (its code, its weight, and its
    /// published total, so shares are of that total), with the cap, if any.
    /// </summary>
    /// <returns>The key; apply it to the recipients' indicator values with <see cref="IndicatorKey.Apply"/>, and split a budget with <see cref="Allocator"/>.</returns>
    /// <exception cref="InvalidOperationException">The key has no indicators (the line's key is not known), an indicator
    /// has no <see cref="DistributionIndicator.Code"/>, or the cap names an indicator the key does not have.</exception>
    public IndicatorKey ToIndicatorKey()
    {
        if (Indicators.IsEmpty)
        {
            throw new InvalidOperationException("The distribution key has no indicators: the line's key is not known.");
        }

        var components = new List<KeyComponent>(Indicators.Length);
        foreach (DistributionIndicator indicator in Indicators)
        {
            string code = indicator.Code ?? throw new InvalidOperationException($"The indicator '{indicator.Name.English}' has no code, so it cannot be read from key inputs.");
            components.Add(new KeyComponent(code, indicator.Weight.Value, indicator.Total?.Value));
        }

        IndicatorKey key = IndicatorKey.Of(components);
        if (Cap is { } cap)
        {
            if (!components.Any(c => c.Indicator == cap.Indicator))
            {
                throw new InvalidOperationException($"The cap is relative to '{cap.Indicator}', which is not an indicator of the key.");
            }

            key = key.WithCap(cap.Indicator, cap.Multiple.Value);
        }

        return key;
    }

    /// <summary>How the key is applied beyond the weights (scaling, rounding), in English, if known.</summary>
    public string? Method { get; init; }

    /// <summary>The source of <see cref="Method"/>.</summary>
    public SourceReference MethodSource { get; init; }
}
