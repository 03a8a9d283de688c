using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Finanzierung: who gives money for a programme (a foundation for the federal transfer, a Land programme for a year,
/// a funding line of this catalogue), for what and when, with its source; the amount only where a source names one.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Kind"/> is the kind of money (<see cref="FundingSource"/>); it is <see langword="null"/> when the source
/// names the payer but not the kind of its money (the local provider may be a Kommune, a welfare association or a
/// club). <see cref="Period"/> <see langword="null"/> means the source names no period, so the funding is taken to
/// hold for the whole validity of the programme version. <see cref="Amount"/> <see langword="null"/> means no source
/// here names an amount: unknown, never zero.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class ProgrammeFunding
{
    private readonly FundingSource? _kind;

    /// <summary>Creates a funding entry.</summary>
    /// <param name="funder">Who gives the money, in German and English.</param>
    /// <param name="purpose">What the money is for, in German and English.</param>
    /// <param name="source">Where the statement comes from.</param>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="source"/> is the default.</exception>
    public ProgrammeFunding(LocalizedText funder, LocalizedText purpose, SourceReference source)
    {
        Preconditions.CheckArgument(funder.German.Length > 0 && funder.English.Length > 0, nameof(funder), "A funder needs a name in German and English.", "Ein Zuwendungsgeber braucht einen Namen auf Deutsch und Englisch.");
        Preconditions.CheckArgument(purpose.German.Length > 0 && purpose.English.Length > 0, nameof(purpose), "A funding's purpose needs a text in German and English.", "Der Zweck einer Förderung braucht einen Text auf Deutsch und Englisch.");
        Funder = funder;
        Purpose = purpose;
        Source = SourceReference.CheckCited(source, "A funding needs a source citation.", "Eine Förderung braucht eine Quellenangabe.");
    }

    /// <summary>Who gives the money.</summary>
    public LocalizedText Funder { get; }

    /// <summary>What the money is for.</summary>
    public LocalizedText Purpose { get; }

    /// <summary>Where the statement comes from.</summary>
    public SourceReference Source { get; }

    /// <summary>The kind of money, or <see langword="null"/> when the source does not say.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On initialisation: the value is not a defined <see cref="FundingSource"/>.</exception>
    public FundingSource? Kind
    {
        get => _kind;
        init
        {
            Preconditions.CheckRange(value is null or (>= FundingSource.Municipal and <= FundingSource.FoundationsAndThirdParties), value, "Undefined funding source.", "Die Finanzierungsquelle ist nicht definiert.");
            _kind = value;
        }
    }

    /// <summary>The dates the funding covers, both ends included; <see langword="null"/> when the source names none.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>The source of <see cref="Period"/>, where it differs from <see cref="Source"/>.</summary>
    public SourceReference PeriodSource { get; init; }

    /// <summary>The identifier of the funding line of this catalogue that pays, such as <c>ki-2023-interpreter-pool</c>.</summary>
    /// <exception cref="ArgumentException">On initialisation: the identifier is blank or contains white space.</exception>
    public string? FundingLineId
    {
        get;
        init => field = value is null ? null : ModelChecks.CheckIdentifier(value, "A funding line identifier", "Die Kennung einer Förderlinie", nameof(FundingLineId));
    }

    /// <summary>The amount, where a source names one; <see langword="null"/> means unknown, not zero.</summary>
    public Figure<Euro>? Amount { get; init; }

    /// <summary>Whether the funding covers a date (always, when no period is named).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="Period"/> is <see langword="null"/> or contains <paramref name="date"/>.</returns>
    public bool Covers(LocalDate date) => Period is null || Period.Contains(date);

    /// <summary>Returns the funder and the purpose in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Funder.English}: {Purpose.English}";
}
