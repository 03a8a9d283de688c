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
    internal override Verdict Judge(in EvaluationInput context) => JudgeByTest(in context, Column);

    // The fact the criterion's tests read.
    private const FactColumn Column = FactColumn.SubmittedTicks;

    /// <inheritdoc />
    private protected override bool TestDependsOnYear => true;

    /// <inheritdoc />
    /// <remarks>The time-zone arithmetic runs once per year and version (the test is kept), not once per application.</remarks>
    internal override FactTest MakeTest(FundingLineVersion version, FiscalYear year)
    {
        if ((Deadline ?? version.Deadline) is not { } deadline)
        {
            return FactTest.Always;
        }

        // Received before the deadline expires. The expiry is a Berlin midnight, a whole number of ticks, so an instant
        // is before it exactly when its ticks, rounded towards the past, are below the expiry's.
        return FactTest.Between(Column, long.MinValue, deadline.ExpiresAt(year).ToUnixTimeTicks() - 1);
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
