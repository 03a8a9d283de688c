using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>
/// Finanzierungsmix: the sources of a KI's or a measure's money (municipal, Land, federal, EU, foundations and third
/// parties) with the total and each source's share.
/// </summary>
/// <remarks>
/// <para>
/// Contributions of the same source are added up; <see cref="Contributions"/> holds one per source in the order of
/// <see cref="FundingSource"/>. Exact shares are decimal fractions (<see cref="ShareOf"/>); percentages are rounded
/// with an explicit <see cref="RoundingMode"/> (<see cref="PercentOf"/>), so rounded percentages may not add up to
/// exactly 100. A published total can be compared with the sum of the parts with <see cref="DifferenceFrom"/>.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FundingMix
{
    /// <summary>Creates a funding mix.</summary>
    /// <param name="title">What the money is for, such as <c>NRW's KIs, 2016</c>.</param>
    /// <param name="contributions">The contributions; amounts must not be negative.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="contributions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A contribution is negative or has an undefined source.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Euro"/>.</exception>
    public FundingMix(string title, IEnumerable<FundingContribution> contributions, SourceReference source)
    {
        Title = Preconditions.CheckNotNull(title);
        Preconditions.CheckNotNull(contributions);
        var bySource = new SortedDictionary<FundingSource, Euro>();
        foreach (FundingContribution contribution in contributions)
        {
            Preconditions.CheckRange(contribution.Source is >= FundingSource.Municipal and <= FundingSource.FoundationsAndThirdParties,
                contribution.Source, "Undefined funding source.", "Die Finanzierungsquelle ist nicht definiert.");
            Preconditions.CheckRange(!contribution.Amount.IsNegative, contribution.Amount, "A contribution must not be negative.", "Ein Beitrag darf nicht negativ sein.");
            bySource[contribution.Source] = bySource.TryGetValue(contribution.Source, out Euro sum) ? sum + contribution.Amount : contribution.Amount;
        }

        Contributions = [.. bySource.Select(p => new FundingContribution(p.Key, p.Value))];
        Total = Euro.Sum(bySource.Values);
        Source = source;
    }

    /// <summary>What the money is for.</summary>
    public string Title { get; }

    /// <summary>One contribution per source, in the order of <see cref="FundingSource"/>.</summary>
    public ImmutableArray<FundingContribution> Contributions { get; }

    /// <summary>The sum of all contributions.</summary>
    public Euro Total { get; }

    /// <summary>Where the figures come from.</summary>
    public SourceReference Source { get; }

    /// <summary>The amount from one source; zero when it contributes nothing.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The amount.</returns>
    public Euro AmountOf(FundingSource source)
    {
        foreach (FundingContribution contribution in Contributions)
        {
            if (contribution.Source == source)
            {
                return contribution.Amount;
            }
        }

        return Euro.Zero;
    }

    /// <summary>The exact share of one source in the total, as a decimal fraction (about 0.4975 for 19.6 of 39.4).</summary>
    /// <param name="source">The source.</param>
    /// <returns>The share, to the precision of <see cref="decimal"/>.</returns>
    /// <exception cref="InvalidOperationException">The total is zero, so no share is defined.</exception>
    public decimal ShareOf(FundingSource source)
    {
        if (Total.IsZero)
        {
            throw new InvalidOperationException($"The funding mix '{Title}' has a total of zero, so shares are not defined.");
        }

        return decimal.Divide(AmountOf(source).Cents, Total.Cents);
    }

    /// <summary>The share of one source in percent, rounded to a number of decimals.</summary>
    /// <param name="source">The source.</param>
    /// <param name="decimals">Decimals to keep, 0 to 10.</param>
    /// <param name="rounding">How the percentage is rounded.</param>
    /// <returns>The rounded percentage, such as 49.75.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10, or <paramref name="rounding"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">The total is zero, so no share is defined.</exception>
    public decimal PercentOf(FundingSource source, int decimals, RoundingMode rounding)
    {
        Preconditions.CheckArgumentRange(decimals is >= 0 and <= 10, decimals, "Keep between 0 and 10 decimals.");
        rounding.Validate(nameof(rounding));
        return decimal.Round(ShareOf(source) * 100m, decimals, rounding.ToMidpointRounding());
    }

    /// <summary>How far a published total differs from the sum of the parts (published minus sum).</summary>
    /// <param name="publishedTotal">The total as published.</param>
    /// <returns>The difference; zero when the parts add up to the published total.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Euro"/>.</exception>
    public Euro DifferenceFrom(Euro publishedTotal) => publishedTotal - Total;
}
