using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// Entscheidet eine zweistufige Runde: the Land awards the first recipients (Erstempfänger, KI-Kommunen) with
/// <see cref="AwardAllocator"/>; each first recipient with a <see cref="PassThroughPlan"/> then passes its award on
/// (Weiterleitung, Nr. 12 VVG) to its final recipients, each request decided on its own under the line's rules for
/// final recipients, the award split by the plan's method with the same cut and minimum-after-cut as the Land's round.
/// </summary>
/// <remarks>
/// <para>
/// The second stage is an award round of the final requests whose budget is the award less what the first recipient
/// keeps (<see cref="PassThroughPlan.Retained"/>), decided by the same <see cref="AwardAllocator"/> with an evaluator
/// that applies the rules for final recipients (<see cref="RecipientRole.FinalRecipient"/>) and knows the first
/// recipient (for the seat inside its area). The population method weighs each request by the population of its seat
/// municipality in the gazetteer.
/// </para>
/// <para>
/// Passing on is made only where the funding line version allows it (<see cref="FundingLineVersion.PassThroughAllowed"/>);
/// otherwise every request gets nothing (<see cref="AwardCodes.PassThroughNotAllowed"/>) and the award less the retained
/// part stays unallocated at that level. Results do not depend on the order of applications or requests. Immutable;
/// safe to share across threads.
/// </para>
/// </remarks>
public sealed class TwoStageAllocator
{
    /// <summary>Creates an allocator.</summary>
    /// <param name="evaluator">The eligibility evaluator, with the catalogue and the rules for first and final recipients.</param>
    /// <param name="gazetteer">The gazetteer whose populations the population method uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> or <paramref name="gazetteer"/> is null.</exception>
    public TwoStageAllocator(EligibilityEvaluator evaluator, Gazetteer gazetteer)
    {
        Evaluator = Preconditions.CheckNotNull(evaluator);
        Gazetteer = Preconditions.CheckNotNull(gazetteer);
    }

    /// <summary>The allocator of the embedded catalogue, rules and gazetteer.</summary>
    public static TwoStageAllocator Default { get; } = new(EligibilityEvaluator.Default, Gazetteer.Default);

    /// <summary>The eligibility evaluator.</summary>
    public EligibilityEvaluator Evaluator { get; }

    /// <summary>The gazetteer.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Decides a round at both levels.</summary>
    /// <param name="round">The round, with its pass-through plans (<see cref="AwardRound.PassThroughPlans"/>).</param>
    /// <returns>The Land's round and every pass-through, reconciled to the cent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    /// <exception cref="ArgumentException">A version breaks its own rules; an application names a unit its version
    /// lacks; under the population method an eligible request's seat is not in the gazetteer; or the floors of the
    /// population method exceed what is passed on.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public TwoStageResult Allocate(AwardRound round)
    {
        Preconditions.CheckNotNull(round);
        AwardResult land = new AwardAllocator(Evaluator).Allocate(round);
        var passThroughs = ImmutableArray.CreateBuilder<PassThroughResult>();
        foreach (AwardLine first in land.Lines)
        {
            if (round.PassThroughPlans.TryGetValue(first.ApplicationId, out PassThroughPlan? plan))
            {
                passThroughs.Add(PassOn(round, first, plan));
            }
        }

        return new TwoStageResult(land, passThroughs.ToImmutable());
    }

    private PassThroughResult PassOn(AwardRound round, AwardLine first, PassThroughPlan plan)
    {
        Euro retained = Euro.Min(plan.Retained, first.Awarded);
        bool allowed = first.Decision.Version?.PassThroughAllowed ?? Evaluator.Catalogue.Lines
            .Where(l => l.Id == round.LineId).SelectMany(l => l.Versions).Any(v => v.Validity.Contains(round.AsOf) && v.PassThroughAllowed);
        if (!allowed)
        {
            EligibilityEvaluator finals = Evaluator.ForFinalRecipientsOf(first.Application.Applicant);
            ImmutableArray<FinalAward> none = [.. plan.Requests.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new FinalAward(new AwardLine(
                finals.Evaluate(r, round.AsOf), null, Euro.Zero, Euro.Zero, null, AwardCodes.PassThroughNotAllowed, NotAllowed, null)))];
            return new PassThroughResult(first, plan, retained, null, none, AwardCodes.PassThroughNotAllowed, NotAllowed);
        }

        AwardPolicy policy = plan.Method switch
        {
            PassThroughMethod.Population => AwardPolicy.Key,
            PassThroughMethod.PriorityTiers => AwardPolicy.PriorityTiers,
            _ => AwardPolicy.ProRata,
        };
        var stage = new AwardRound($"{round.Id}/{first.ApplicationId}", round.LineId, round.AsOf, first.Awarded - retained, policy, plan.Requests)
        {
            Priorities = plan.Priorities,
            MinimumGrant = plan.MinimumGrant,
            Weights = plan.Method == PassThroughMethod.Population ? Populations(plan) : ImmutableDictionary<string, decimal>.Empty,
            KeyBase = plan.BaseAmount,
            KeyFloor = plan.Floor,
            Rounding = round.Rounding,
        };
        AwardResult split = new AwardAllocator(Evaluator.ForFinalRecipientsOf(first.Application.Applicant)).Allocate(stage);
        ImmutableArray<FinalAward> lines = [.. split.Lines.Select(l => new FinalAward(l))];
        Euro passedOn = Euro.Sum(lines.Select(l => l.Awarded));
        int toThirdParties = lines.Count(l => l.Provisions == AncillaryProvisions.AnBestP);
        var message = new LocalizedText(
            $"{lines.Count(l => l.Awarded.IsPositive)} Weiterleitungen über {Texts.De(passedOn)}, Eigenanteil {Texts.De(retained)}, nicht verteilt {Texts.De(split.Unallocated)}; {toThirdParties} Letztempfängern außerhalb des kommunalen Bereichs werden die ANBest-P auferlegt (Nr. 12 VVG).",
            $"{lines.Count(l => l.Awarded.IsPositive)} sub-awards of {Texts.En(passedOn)}, retained {Texts.En(retained)}, unallocated {Texts.En(split.Unallocated)}; the ANBest-P are imposed on {toThirdParties} final recipients outside the municipal sector (Nr. 12 VVG).");
        return new PassThroughResult(first, plan, retained, split, lines, AwardCodes.PassThrough, message);
    }

    private static readonly LocalizedText NotAllowed = new(
        "Die Förderlinie erlaubt keine Weiterleitung an Dritte (Nr. 12 VVG); es wird nichts weitergeleitet.",
        "The funding line does not allow passing the grant on (Nr. 12 VVG); nothing is passed on.");

    /// <summary>The population of each request's seat municipality; a request without a seat weighs 0 (it cannot be eligible: its seat is unknown).</summary>
    private ImmutableDictionary<string, decimal> Populations(PassThroughPlan plan)
    {
        var weights = ImmutableDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (Application request in plan.Requests)
        {
            if (request.Applicant.Seat is not { } seat)
            {
                continue;
            }

            if (!Gazetteer.TryGetMunicipality(seat, out Municipality? municipality))
            {
                throw new ArgumentException($"The seat {seat} of request '{request.Id}' is not in the gazetteer; the population method needs its population.", nameof(plan));
            }

            weights[request.Id] = municipality.Population;
        }

        return weights.ToImmutable();
    }
}
