namespace Ki.Domain.Programmes;

/// <summary>
/// One indicator of a distribution key with its weight, such as "persons under the AWoV on 1.1.2018, 60 %".
/// </summary>
/// <remarks>
/// The weight is a fraction (0.6 for 60 %). Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class DistributionIndicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="name">What is counted, in German and English.</param>
    /// <param name="weight">The weight as a fraction with its source.</param>
    public DistributionIndicator(LocalizedText name, Figure<decimal> weight)
    {
        Name = name;
        Weight = weight;
    }

    /// <summary>What is counted, in German and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The weight as a fraction (0.6 for 60 %), with its source.</summary>
    public Figure<decimal> Weight { get; }

    /// <summary>
    /// The indicator's code in key inputs, such as <c>population</c>, <c>area</c>, <c>awov-persons</c>: the name the
    /// allocation core's key (<see cref="DistributionKey.ToIndicatorKey"/>) and data files use; <see langword="null"/>
    /// when the catalogue has not named it.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>The NRW total of the indicator at the key date, where published.</summary>
    public Figure<decimal>? Total { get; init; }
}
