using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// Weiterleitung: what a first recipient passes on of its award, to whom, under which ancillary provisions, and
/// what it keeps.
/// </summary>
/// <remarks>
/// Passing on is made only when the funding line allows it (<see cref="FundingLineVersion.PassThroughAllowed"/>, Nr. 12
/// VVG) and the sub-awards fit the award; otherwise <see cref="Code"/> says why and nothing is passed on. Amounts are
/// exact to the cent: <see cref="PassedOn"/> + <see cref="Retained"/> = the award. Equality is reference equality.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class PassThrough
{
    internal PassThrough(Euro awarded, ImmutableArray<SubAward> planned, bool allowed)
    {
        Planned = planned;
        Euro total = Euro.Sum(planned.Select(s => s.Amount));
        (Code, Message, PassedOn) = (allowed, total <= awarded) switch
        {
            (false, _) => (AwardCodes.PassThroughNotAllowed, new LocalizedText(
                "Die Förderlinie erlaubt keine Weiterleitung an Dritte (Nr. 12 VVG); es wird nichts weitergeleitet.",
                "The funding line does not allow passing the grant on (Nr. 12 VVG); nothing is passed on."), Euro.Zero),
            (true, false) => (AwardCodes.PassThroughExceedsAward, new LocalizedText(
                $"Die geplanten Weiterleitungen ({Texts.De(total)}) übersteigen die Zuwendung ({Texts.De(awarded)}); es wird nichts weitergeleitet.",
                $"The planned sub-awards ({Texts.En(total)}) exceed the award ({Texts.En(awarded)}); nothing is passed on."), Euro.Zero),
            _ => (AwardCodes.PassThrough, new LocalizedText(
                $"{planned.Length} Weiterleitungen über {Texts.De(total)}; den Letztempfängern außerhalb des kommunalen Bereichs werden die ANBest-P auferlegt (Nr. 12 VVG).",
                $"{planned.Length} sub-awards of {Texts.En(total)}; the ANBest-P are imposed on final recipients outside the municipal sector (Nr. 12 VVG)."), total),
        };
        Retained = awarded - PassedOn;
    }

    /// <summary>The planned sub-awards.</summary>
    public ImmutableArray<SubAward> Planned { get; }

    /// <summary>Whether the sub-awards are made.</summary>
    public bool IsMade => Code == AwardCodes.PassThrough;

    /// <summary>The sub-awards made: the planned ones when <see cref="IsMade"/>, otherwise none.</summary>
    public ImmutableArray<SubAward> SubAwards => IsMade ? Planned : [];

    /// <summary>The total passed on.</summary>
    public Euro PassedOn { get; }

    /// <summary>What the first recipient keeps for its own part.</summary>
    public Euro Retained { get; }

    /// <summary>The stable code: <see cref="AwardCodes.PassThrough"/>, <see cref="AwardCodes.PassThroughNotAllowed"/> or <see cref="AwardCodes.PassThroughExceedsAward"/>.</summary>
    public string Code { get; }

    /// <summary>The outcome in German and English.</summary>
    public LocalizedText Message { get; }
}
