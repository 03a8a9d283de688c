using Ki.Domain.Applications;
using Ki.Domain.Internal;

namespace Ki.Domain.Eligibility;

/// <summary>
/// The facts of one application, extracted once into plain numbers for a compiled <see cref="ScreeningPlan"/>:
/// kind and route as bits, dates as day numbers, the receipt as Unix ticks, amounts in cents, and yes/no facts with
/// a bit saying whether they are known.
/// </summary>
/// <remarks>
/// Equality is not defined (reference to the value's fields only through the plan). <c>default(ScreeningFacts)</c>
/// has every fact missing and fiscal year 0, which no plan accepts. Immutable; safe to share across threads.
/// </remarks>
public readonly struct ScreeningFacts
{
    internal const int SeatKnown = 1;
    internal const int SubmittedKnown = 2;
    internal const int StartKnown = 4;
    internal const int DeliveryKnown = 8;
    internal const int NonProfitKnown = 16;
    internal const int NonProfitValue = 32;
    internal const int CentreKnown = 64;
    internal const int CentreValue = 128;
    internal const int RouteKnown = 256;
    internal const int Continues = 512;
    internal const int CostsKnown = 1024;
    internal const int OwnKnown = 2048;
    internal const int IllFormed = 4096;
    internal const int KeyMissing = 8192;

    private ScreeningFacts(Application application)
    {
        Applicant applicant = application.Applicant;
        int flags = 0;
        KindBit = ApplicantKindCriterion.Bit(applicant.Kind);
        FiscalYear = application.FiscalYear.Year;
        Requested = application.RequestedAmount.Cents;
        if (application.EligibleCosts is { } costs)
        {
            flags |= CostsKnown;
            Costs = costs.Cents;
        }

        if (application.OwnContribution is { } own)
        {
            flags |= OwnKnown;
            Own = own.Cents;
        }

        if (!ApplicationValidator.IsWellFormed(application))
        {
            flags |= IllFormed;
        }
        if (applicant.Seat is { } seat)
        {
            flags |= SeatKnown;
            District = seat.District.Value;
            Region = seat.Region.Value;
        }

        if (application.Submitted is { } submitted)
        {
            flags |= SubmittedKnown;
            Submitted = submitted.ToUnixTimeTicks();
        }

        if (application.PlannedStart is { } start)
        {
            flags |= StartKnown;
            Start = DayNumbers.Of(start);
        }

        if (application.DeliveryPeriod is { } delivery)
        {
            flags |= DeliveryKnown;
            DeliveryStart = DayNumbers.Of(delivery.Start);
            DeliveryEnd = DayNumbers.Of(delivery.End);
        }

        if (applicant.IsNonProfit is { } nonProfit)
        {
            flags |= NonProfitKnown | (nonProfit ? NonProfitValue : 0);
        }

        Territory territory = Territory.Of(applicant, Places.Gazetteer.Default);
        if ((applicant.RunsIntegrationCentre ?? territory.RunsIntegrationCentre) is { } centre)
        {
            flags |= CentreKnown | (centre ? CentreValue : 0);
        }

        if (territory.Contradiction is not null)
        {
            flags |= IllFormed;
        }

        if (territory.KeyMissing)
        {
            flags |= KeyMissing;
        }

        if (application.Route is { } route)
        {
            flags |= RouteKnown;
            RouteBit = route is >= ApplicationRoute.Direct and <= ApplicationRoute.ViaIntegrationCentre ? 1L << (int)route : 0;
        }

        if (application.ContinuesFundedMeasure)
        {
            flags |= Continues;
        }

        Flags = flags;
    }

    /// <summary>The fiscal year applied for.</summary>
    public int FiscalYear { get; }

    internal long KindBit { get; }

    internal long RouteBit { get; }

    internal int Flags { get; }

    internal int District { get; }

    internal int Region { get; }

    internal long Submitted { get; }

    internal int Start { get; }

    internal int DeliveryStart { get; }

    internal int DeliveryEnd { get; }

    internal long Requested { get; }

    internal long Costs { get; }

    internal long Own { get; }

    /// <summary>Extracts the facts of an application.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static ScreeningFacts Of(Application application) => new(Preconditions.CheckNotNull(application));
}
