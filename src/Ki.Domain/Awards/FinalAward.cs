using Ki.Domain.Applications;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// Weiterleitung an einen Letztempfänger: one final recipient's request as decided in a first recipient's
/// pass-through, with the amount passed on and the ancillary provisions imposed on it.
/// </summary>
/// <remarks>
/// Nr. 12 VVG: a first recipient that passes funds outside the municipal sector imposes the ANBest-P on the final
/// recipient. For a Gemeinde as final recipient the library states ANBest-G (Anlage 1 zu Nr. 5.1 VVG), which the sources
/// read do not say for pass-throughs; <see cref="ProvisionsUncertain"/> says so. Equality is reference equality.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class FinalAward
{
    internal FinalAward(AwardLine line)
    {
        Line = line;
        if (line.Awarded.IsPositive)
        {
            Provisions = line.Application.Applicant.Kind is ApplicantKind.Kreis or ApplicantKind.KreisfreieStadt or ApplicantKind.Gemeinde
                ? AncillaryProvisions.AnBestG
                : AncillaryProvisions.AnBestP;
        }
    }

    /// <summary>The decision and amounts of the request, as in an award round.</summary>
    public AwardLine Line { get; }

    /// <summary>The request.</summary>
    public Application Request => Line.Application;

    /// <summary>Beantragt: the amount asked for.</summary>
    public Euro Requested => Line.Requested;

    /// <summary>Weitergeleitet: the amount passed on; never above <see cref="Requested"/>.</summary>
    public Euro Awarded => Line.Awarded;

    /// <summary>The stable code of the request's outcome (<see cref="AwardCodes"/>).</summary>
    public string Code => Line.Code;

    /// <summary>The provisions imposed on the final recipient, or <see langword="null"/> when nothing is passed on.</summary>
    public AncillaryProvisions? Provisions { get; }

    /// <summary>Whether the provisions are not stated by a source read (ANBest-G on a Gemeinde as final recipient) [U].</summary>
    public bool ProvisionsUncertain => Provisions == AncillaryProvisions.AnBestG;

    /// <summary>The legal reference of the provisions, or <see langword="null"/> when nothing is passed on.</summary>
    public string? ProvisionsReference => Provisions switch
    {
        AncillaryProvisions.AnBestP => "Nr. 12 VVG zu § 44 LHO: Weiterleitung an Dritte außerhalb des kommunalen Bereichs, ANBest-P sind aufzuerlegen",
        AncillaryProvisions.AnBestG => "Nr. 12 VVG zu § 44 LHO, Anlage 1 zu Nr. 5.1 VVG: Weiterleitung an eine Gemeinde, ANBest-G angenommen [U]",
        _ => null,
    };

    /// <summary>Returns the request's identifier, the amount and the provisions.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Request.Id}: {Awarded} ({Provisions?.ToString() ?? "-"})";
}
