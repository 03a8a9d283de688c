using Ki.Domain.Applications;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Sitz im Gebiet des Erstempfängers: a final recipient's seat lies inside the district (Kreis or kreisfreie Stadt) of
/// the first recipient that passes its award on, such as a town of Kreis Soest for the KI of Kreis Soest.
/// </summary>
/// <remarks>
/// <para>
/// Code <c>KI-ELIG-SEAT-IN-AREA</c>. Compares the district of the final recipient's seat
/// (<see cref="Applicant.Seat"/>) with the district of the first recipient's seat. Unknown when either seat is not
/// stated, or when the request is evaluated outside a pass-through (no first recipient; the fact is named
/// <c>firstRecipient</c>). Only meaningful in rules for final recipients (<see cref="RecipientRole.FinalRecipient"/>).
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class SeatInAreaCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("seat-in-area", EligibilityCodes.SeatInArea, new("Sitz im Gebiet des Erstempfängers", "Seat in the first recipient's area"), LegalReferences.SeatInArea);

    /// <summary>Creates the criterion.</summary>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public SeatInAreaCriterion(string? legalReference = null)
        : base(legalReference, Kind)
    {
    }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context)
    {
        if (context.FirstRecipient is not { } first)
        {
            return Missing(context, FactNames.FirstRecipient);
        }

        if (first.Seat is not { } area)
        {
            return Missing(context, FactNames.FirstRecipientSeat);
        }

        return context.Application.Applicant.Seat is { } seat
            ? Decided(seat.District == area.District)
            : Missing(context, FactNames.Seat);
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        Applicant? first = result.Context.FirstRecipient;
        LocalizedText required = first?.Seat is { } area
            ? new LocalizedText($"im Gebiet von {first.Name} (Kreis {area.District.Code})", $"inside the area of {first.Name} (district {area.District.Code})")
            : new LocalizedText("im Gebiet des Erstempfängers", "inside the first recipient's area");
        return result.Application.Applicant.Seat is { } seat
            ? (new LocalizedText($"Gemeinde {seat} (Kreis {seat.District.Code})", $"municipality {seat} (district {seat.District.Code})"), required)
            : (new LocalizedText("kein Sitz angegeben", "no seat given"), required);
    }
}
