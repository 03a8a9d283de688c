using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// The result of an award round: every application with its decision and amounts, and the reconciliation of the
/// budget: awarded + unallocated = budget, to the cent.
/// </summary>
/// <remarks>
/// Lines are in ordinal order of the application identifiers, whatever the order of the round's applications.
/// Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class AwardResult
{
    internal AwardResult(AwardRound round, ImmutableArray<AwardLine> lines, FundingLineVersion? version)
    {
        Round = round;
        Lines = lines;
        Version = version;
        Euro demand = Euro.Zero, awarded = Euro.Zero;
        foreach (AwardLine line in lines)
        {
            demand += line.Computed;
            awarded += line.Awarded;
        }

        Demand = demand;
        Awarded = awarded;
        Unallocated = round.Budget - Awarded;
        bool over = Demand > round.Budget;
        Code = over ? AwardCodes.RoundOversubscribed : AwardCodes.RoundFunded;
        Message = over
            ? new LocalizedText(
                $"Die errechneten Zuwendungen ({Texts.De(Demand)}) übersteigen das Budget ({Texts.De(round.Budget)}); bewilligt {Texts.De(Awarded)}, nicht verteilt {Texts.De(Unallocated)}.",
                $"The computed grants ({Texts.En(Demand)}) exceed the budget ({Texts.En(round.Budget)}); awarded {Texts.En(Awarded)}, unallocated {Texts.En(Unallocated)}.")
            : new LocalizedText(
                $"Alle errechneten Zuwendungen passen in das Budget; bewilligt {Texts.De(Awarded)}, nicht verteilt {Texts.De(Unallocated)}.",
                $"All computed grants fit the budget; awarded {Texts.En(Awarded)}, unallocated {Texts.En(Unallocated)}.");
    }

    /// <summary>The round.</summary>
    public AwardRound Round { get; }

    /// <summary>The funding line version applied, or <see langword="null"/> when no application reached one.</summary>
    public FundingLineVersion? Version { get; }

    /// <summary>Every application, in ordinal order of identifiers.</summary>
    public ImmutableArray<AwardLine> Lines { get; }

    /// <summary>The budget.</summary>
    public Euro Budget => Round.Budget;

    /// <summary>The sum of the computed grants of eligible applications.</summary>
    public Euro Demand { get; }

    /// <summary>The sum awarded.</summary>
    public Euro Awarded { get; }

    /// <summary>Nicht verteilt: the budget left over.</summary>
    public Euro Unallocated { get; }

    /// <summary>Whether the computed grants exceed the budget.</summary>
    public bool IsOversubscribed => Code == AwardCodes.RoundOversubscribed;

    /// <summary>Whether awarded + unallocated = budget, to the cent, and nothing is negative (always true; stated for audits).</summary>
    public bool IsReconciled => Awarded + Unallocated == Budget && !Unallocated.IsNegative && Lines.All(l => !l.Awarded.IsNegative);

    /// <summary>The stable code of the round: <see cref="AwardCodes.RoundFunded"/> or <see cref="AwardCodes.RoundOversubscribed"/>.</summary>
    public string Code { get; }

    /// <summary>The round's outcome in German and English.</summary>
    public LocalizedText Message { get; }
}
