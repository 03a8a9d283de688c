using System.Collections.Immutable;

namespace Ki.Domain.Awards;

/// <summary>
/// Zweistufige Förderrunde: the Land's round (awards to first recipients) and each first recipient's pass-through to
/// its final recipients, both reconciled to the cent.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class TwoStageResult
{
    internal TwoStageResult(AwardResult land, ImmutableArray<PassThroughResult> passThroughs)
    {
        Land = land;
        PassThroughs = passThroughs;
    }

    /// <summary>The round.</summary>
    public AwardRound Round => Land.Round;

    /// <summary>The first stage: the Land's budget over the first recipients.</summary>
    public AwardResult Land { get; }

    /// <summary>The second stage: each planned pass-through, in ordinal order of the first recipients' identifiers.</summary>
    public ImmutableArray<PassThroughResult> PassThroughs { get; }

    /// <summary>
    /// Whether both levels reconcile to the cent: Land budget = Σ awards + unallocated, and each first recipient's award =
    /// passed on + retained + unallocated, with no one above its request.
    /// </summary>
    public bool IsReconciled => Land.IsReconciled && Land.Lines.All(l => l.Awarded <= l.Requested) && PassThroughs.All(p => p.IsReconciled);
}
