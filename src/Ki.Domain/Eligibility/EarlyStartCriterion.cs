using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Kein vorzeitiger Maßnahmebeginn (VV zu § 44 LHO Nr. 1.3): the measure does not start before approval, which is the
/// as-of date of the decision. It passes without looking at the start when the funding line version allows an early
/// start (<see cref="FundingLineVersion.EarlyStartAllowed"/>) or the measure continues a yearly, year-round measure
/// funded in the previous year (Nr. 1.3.4, <see cref="Application.ContinuesFundedMeasure"/>).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-EARLY-START</c>. Needs the fact <c>plannedStart</c> unless one of the exceptions applies. A start on
/// the approval day itself is in time. Immutable; safe to share across threads.
/// </remarks>
public sealed class EarlyStartCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("no-early-start", EligibilityCodes.EarlyStart, new("Kein Maßnahmebeginn vor der Bewilligung", "No start before approval"), LegalReferences.EarlyStart);

    private const int ByLine = 1;
    private const int ByContinuation = 2;

    /// <summary>Creates the criterion.</summary>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public EarlyStartCriterion(string? legalReference = null)
        : base(legalReference, Kind)
    {
    }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context)
    {
        if (context.Version.EarlyStartAllowed)
        {
            return Decided(true, ByLine);
        }

        if (context.Application.ContinuesFundedMeasure)
        {
            return Decided(true, ByContinuation);
        }

        return context.Application.PlannedStart is { } start
            ? Decided(start >= context.AsOf)
            : Missing(context, FactNames.PlannedStart);
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        LocalDate approval = result.Context.AsOf;
        if (_required is not { } cached || cached.Approval != approval)
        {
            cached = new RequiredCache(approval, new LocalizedText(
                FactTexts.DateDe("Beginn am oder nach dem ", approval, " (Bewilligung)"),
                FactTexts.DateEn("start on or after ", approval, " (approval)")));
            _required = cached;
        }

        LocalizedText required = cached.Text;
        LocalizedText start = result.Application.PlannedStart is { } s
            ? new LocalizedText(FactTexts.DateDe("Beginn ", s), FactTexts.DateEn("start ", s))
            : new LocalizedText("kein Beginn angegeben", "no start given");
        return result.Detail switch
        {
            ByLine => (start, new LocalizedText("keine Vorgabe: die Förderlinie erlaubt den vorzeitigen Beginn", "none: the line allows an early start")),
            ByContinuation => (new LocalizedText(start.German + "; Fortsetzung einer im Vorjahr geförderten jährlichen Maßnahme (Nr. 1.3.4)",
                start.English + "; continues a yearly measure funded last year (Nr. 1.3.4)"), required),
            _ => (start, required),
        };
    }

    /// <inheritdoc />
    private RequiredCache? _required;

    /// <summary>The required text for the last approval date seen; replaced, never changed, so a race only formats twice.</summary>
    private sealed class RequiredCache(LocalDate approval, LocalizedText text)
    {
        public LocalDate Approval { get; } = approval;

        public LocalizedText Text { get; } = text;
    }
}
