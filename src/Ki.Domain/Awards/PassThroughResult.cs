using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// Weiterleitung eines Erstempfängers: what one first recipient passes on of its award, to whom, what it keeps, and
/// what stays unallocated, reconciled to the cent.
/// </summary>
/// <remarks>
/// <see cref="Award"/> = <see cref="PassedOn"/> + <see cref="Retained"/> + <see cref="Unallocated"/>, exactly; no final
/// recipient gets more than it asked for. Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class PassThroughResult
{
    internal PassThroughResult(AwardLine first, PassThroughPlan plan, Euro retained, AwardResult? split, ImmutableArray<FinalAward> lines, string code, LocalizedText message)
    {
        First = first;
        Plan = plan;
        Retained = retained;
        Split = split;
        Lines = lines;
        PassedOn = Euro.Sum(lines.Select(l => l.Awarded));
        Unallocated = first.Awarded - retained - PassedOn;
        Code = code;
        Message = message;
    }

    /// <summary>The first recipient's line of the Land's round.</summary>
    public AwardLine First { get; }

    /// <summary>The first recipient (Erstempfänger).</summary>
    public Applicant FirstRecipient => First.Application.Applicant;

    /// <summary>The plan.</summary>
    public PassThroughPlan Plan { get; }

    /// <summary>Zuwendung an den Erstempfänger: the award that is passed on.</summary>
    public Euro Award => First.Awarded;

    /// <summary>Eigener Anteil: what the first recipient keeps for its own measures.</summary>
    public Euro Retained { get; }

    /// <summary>Weitergeleitet: the sum passed on to final recipients.</summary>
    public Euro PassedOn { get; }

    /// <summary>Nicht verteilt: what is left at this level (requests that fit, requests that dropped out with nobody to take their share).</summary>
    public Euro Unallocated { get; }

    /// <summary>The split as an award round of the final requests (budget = award − retained), or <see langword="null"/> when nothing may be passed on.</summary>
    public AwardResult? Split { get; }

    /// <summary>Every final request, in ordinal order of identifiers.</summary>
    public ImmutableArray<FinalAward> Lines { get; }

    /// <summary>Whether award = passed on + retained + unallocated to the cent, nothing negative, and no final recipient above its request.</summary>
    public bool IsReconciled => PassedOn + Retained + Unallocated == Award && !Unallocated.IsNegative && !Retained.IsNegative
        && Lines.All(l => !l.Awarded.IsNegative && l.Awarded <= l.Requested);

    /// <summary>The stable code: <see cref="AwardCodes.PassThrough"/> or <see cref="AwardCodes.PassThroughNotAllowed"/>.</summary>
    public string Code { get; }

    /// <summary>The outcome in German and English.</summary>
    public LocalizedText Message { get; }
}
