using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Durchführungszeitraum: the measure runs inside the funding line version's approval period
/// (<see cref="FundingLineVersion.ApprovalPeriod"/>, Bewilligungszeitraum) in the fiscal year applied for, and inside
/// that fiscal year (§ 4 LHO: the budget year is the calendar year).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-DELIVERY-PERIOD</c>. Needs the fact <c>deliveryPeriod</c>. Without an approval period the window
/// is the whole fiscal year. Both ends are included. Immutable; safe to share across threads.
/// </remarks>
public sealed class DeliveryPeriodCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("delivery-period", EligibilityCodes.DeliveryPeriod, new("Durchführungszeitraum im Bewilligungszeitraum und Haushaltsjahr", "Delivery period inside the approval period and fiscal year"), LegalReferences.DeliveryPeriod);

    /// <summary>Creates the criterion.</summary>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public DeliveryPeriodCriterion(string? legalReference = null)
        : base(legalReference, Kind)
    {
    }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context)
    {
        if (context.Application.DeliveryPeriod is not { } delivery)
        {
            return Missing(context, FactNames.DeliveryPeriod);
        }

        (LocalDate start, LocalDate end) = Window(context.Version, context.Application.FiscalYear);
        return Decided(start <= delivery.Start && delivery.End <= end);
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        (LocalDate start, LocalDate end) = Window(result.Context.Version, result.Application.FiscalYear);
        if (_required is not { } cached || cached.Start != start || cached.End != end)
        {
            cached = new RequiredCache(start, end, new LocalizedText(FactTexts.PeriodDe(start, end), FactTexts.PeriodEn(start, end)));
            _required = cached;
        }

        LocalizedText required = cached.Text;
        return result.Application.DeliveryPeriod is { } delivery
            ? (new LocalizedText(FactTexts.PeriodDe(delivery.Start, delivery.End), FactTexts.PeriodEn(delivery.Start, delivery.End)), required)
            : (new LocalizedText("kein Zeitraum angegeben", "no period given"), required);
    }

    /// <inheritdoc />
    private RequiredCache? _required;

    /// <summary>The required text for the last window seen; replaced, never changed, so a race only formats twice.</summary>
    private sealed class RequiredCache(LocalDate start, LocalDate end, LocalizedText text)
    {
        public LocalDate Start { get; } = start;

        public LocalDate End { get; } = end;

        public LocalizedText Text { get; } = text;
    }

    /// <summary>The window a delivery period must lie in: the approval period in the fiscal year, within the fiscal year.</summary>
    /// <exception cref="ArgumentException">The version's approval period ends before it starts.</exception>
    private static (LocalDate Start, LocalDate End) Window(FundingLineVersion version, FiscalYear year)
    {
        if (version.ApprovalPeriod is not { } approval)
        {
            return (year.Start, year.End);
        }

        if (!approval.IsOrdered)
        {
            throw new ArgumentException($"The funding line version's approval period {approval} ends before it starts.", nameof(version));
        }

        DateInterval period = approval.In(year);
        return (LocalDate.Max(period.Start, year.Start), LocalDate.Min(period.End, year.End));
    }
}
