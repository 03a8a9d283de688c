using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Antragsfrist: the application was received before the end of the deadline day in Europe/Berlin, for the fiscal
/// year applied for. The deadline is the rule's own or, without one, the funding line version's
/// (<see cref="FundingLineVersion.Deadline"/>).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-DEADLINE</c>. When neither the rule nor the version sets a deadline the criterion passes and says
/// so. Needs the fact <c>submitted</c> when there is a deadline. Immutable; safe to share across threads.
/// </remarks>
public sealed class DeadlineCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("deadline", EligibilityCodes.Deadline, new("Antragsfrist", "Application deadline"), LegalReferences.Deadline);

    /// <summary>Creates the criterion.</summary>
    /// <param name="deadline">The deadline; <see langword="null"/> means the funding line version's.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public DeadlineCriterion(ApplicationDeadline? deadline = null, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Deadline = deadline;
    }

    /// <summary>The rule's own deadline; <see langword="null"/> means the funding line version's.</summary>
    public ApplicationDeadline? Deadline { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context)
    {
        if ((Deadline ?? context.Version.Deadline) is not { } deadline)
        {
            return Decided(true);
        }

        if (context.Application.Submitted is not { } submitted)
        {
            return Missing(context, FactNames.Submitted);
        }

        Instant expires = ExpiresAt(deadline, context.Application.FiscalYear);
        return Decided(submitted < expires); // the explanation reads the dates from the application and the deadline
    }

    /// <summary>
    /// The end of the deadline day in Berlin for a fiscal year, kept for the last deadline and year asked for: the
    /// time-zone arithmetic runs once per year and version, not once per application.
    /// </summary>
    private Instant ExpiresAt(ApplicationDeadline deadline, FiscalYear year)
    {
        if (_expiry is { } cached && cached.Deadline == deadline && cached.Year == year)
        {
            return cached.Expires;
        }

        Instant expires = deadline.ExpiresAt(year);
        _expiry = new Expiry(deadline, year, expires);
        return expires;
    }

    private Expiry? _expiry;

    /// <summary>One computed end of a deadline; replaced, never changed, so a race only computes it twice.</summary>
    private sealed class Expiry(ApplicationDeadline deadline, FiscalYear year, Instant expires)
    {
        public ApplicationDeadline Deadline { get; } = deadline;

        public FiscalYear Year { get; } = year;

        public Instant Expires { get; } = expires;
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        Application application = result.Application;
        if ((Deadline ?? result.Context.Version.Deadline) is not { } deadline)
        {
            return (Received(application), new LocalizedText("keine Frist (die Förderlinie setzt keine)", "no deadline (the line sets none)"));
        }

        LocalDate day = deadline.DateFor(application.FiscalYear);
        return (Received(application), new LocalizedText(
            $"Eingang bis {FactTexts.DateDe(day)} 24:00 Uhr (Europe/Berlin)",
            $"received by the end of {FactTexts.DateEn(day)} (Europe/Berlin)"));
    }

    private static LocalizedText Received(Application application)
    {
        if (application.Submitted is not { } submitted)
        {
            return new LocalizedText("Eingang nicht erfasst", "receipt not recorded");
        }

        LocalDateTime local = submitted.InZone(GermanTime.Zone).LocalDateTime;
        return new LocalizedText(FactTexts.LocalDe("Eingang ", local), FactTexts.LocalEn("received ", local));
    }
}
