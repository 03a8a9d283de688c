using System.Collections.Immutable;
using Ki.Domain.Allocation;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Awards;

/// <summary>
/// Entscheidet eine Förderrunde: checks every application's eligibility, computes each grant by the line's financing
/// type, cuts the grants by the round's policy when they exceed the budget, applies the minimum grant after the cut
/// with redistribution, and reconciles the budget to the cent.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item>Eligibility by <see cref="EligibilityEvaluator"/> on the round's date; only eligible applications get money.</item>
/// <item>The computed grant is the <see cref="GrantCalculator"/>'s grant, at most the requested amount. A line whose
/// grants follow from a key or Bescheid (<see cref="GrantCodes.DeterminedByDistributionKey"/>) computes the requested
/// amount, at most the cap.</item>
/// <item>If the computed grants exceed the budget: <see cref="AwardPolicy.ProRata"/> splits the budget through
/// <see cref="Allocator"/> with the computed grants as weights and as caps (demands);
/// <see cref="AwardPolicy.PriorityTiers"/> funds tiers in full in order and splits what is left pro rata within the
/// first tier that does not fit.</item>
/// <item>Minimum grant (Bagatellgrenze) after the cut, one at a time: while a cut grant is below the line's minimum,
/// the application furthest below it (ties by identifier) drops out and the budget is cut again without it; then the
/// dropped applications are tried again, largest grant first, and one comes back whenever the cut with it leaves every
/// grant at or above the minimum. 12,000 EUR over computed grants of 6,000, 6,200 and 6,400 EUR (minimum 5,000 EUR)
/// award 5,904.76 and 6,095.24 EUR and drop only the 6,000 EUR request.</item>
/// </list>
/// <para>
/// The result does not depend on the order of the applications: they are taken in ordinal order of their identifiers,
/// and the allocation core's split does not depend on order. Immutable; safe to share across threads.
/// </para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using Ki.Domain.Applications;
/// using Ki.Domain.Awards;
/// using Ki.Domain.Money;
/// using Ki.Domain.Places;
/// using Ki.Domain.Programmes;
/// using NodaTime;
///
/// Application Request(string id, long costs) => new(
///     id,
///     new Applicant("Träger " + id, ApplicantKind.WelfareAssociation) { IsNonProfit = true, Seat = MunicipalityKey.ParseNrw("05974040") },
///     "komm-an-3",
///     FiscalYear.Of(2020),
///     Euro.FromEuros(costs * 9 / 10))
/// {
///     EligibleCosts = Euro.FromEuros(costs),
///     OwnContribution = Euro.FromEuros(costs / 10),
///     PlannedStart = new LocalDate(2020, 3, 1),
///     DeliveryPeriod = new DateInterval(new LocalDate(2020, 3, 1), new LocalDate(2020, 12, 31)),
/// };
///
/// // 20,000 EUR for grants of 9,000 + 13,500 = 22,500 EUR: cut pro rata, to the cent.
/// var round = new AwardRound("soest-2020", "komm-an-3", new LocalDate(2020, 2, 1), Euro.FromEuros(20_000), AwardPolicy.ProRata,
///     [Request("a", 10_000), Request("b", 15_000)]);
/// AwardResult result = AwardAllocator.Default.Allocate(round);
///
/// Console.WriteLine(string.Join(" ", result.Lines.Select(l => $"{l.ApplicationId}={l.Awarded}")));   // a=8000.00 b=12000.00
/// ]]></code>
/// </example>
public sealed class AwardAllocator
{
    /// <summary>Creates an allocator.</summary>
    /// <param name="evaluator">The eligibility evaluator, with the catalogue and the rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    public AwardAllocator(EligibilityEvaluator evaluator)
    {
        Evaluator = Preconditions.CheckNotNull(evaluator);
    }

    /// <summary>The allocator of the embedded catalogue and rules.</summary>
    public static AwardAllocator Default { get; } = new(EligibilityEvaluator.Default);

    /// <summary>The eligibility evaluator.</summary>
    public EligibilityEvaluator Evaluator { get; }

    /// <summary>Decides a round.</summary>
    /// <param name="round">The round.</param>
    /// <returns>Every application with its decision and amounts, and the reconciled budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    /// <exception cref="ArgumentException">The version in force breaks its own rules, or an application names a unit the version does not have.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="Euro"/>.</exception>
    public AwardResult Allocate(AwardRound round)
    {
        Preconditions.CheckNotNull(round);
        var calculator = new GrantCalculator(FixedClock.Instance, round.Rounding);
        Candidate[] all = [.. round.Applications.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => Assess(a, round, calculator))];
        FundingLineVersion? version = all.Select(c => c.Decision.Version).FirstOrDefault(v => v is not null);
        Euro? minimum = version?.MinimumGrant?.Value;

        List<Candidate> active = [.. all.Where(c => c.Computed.IsPositive)];
        var dropped = new Dictionary<Candidate, Euro>();
        Cut cut = CutOnce(active, round);
        if (minimum is { } m)
        {
            cut = ApplyMinimum(active, dropped, cut, m, round);
        }

        ImmutableArray<AwardLine> lines = [.. all.Select(c => Line(c, round, cut, dropped, minimum))];
        return new AwardResult(round, lines, version);
    }

    /// <summary>
    /// The minimum grant after the cut, one application at a time: while a cut grant is below the minimum, the one
    /// furthest below it (the smallest cut grant; ties by identifier) drops out and the budget is cut again without
    /// it. Then the dropped applications are tried again, largest computed grant first (ties by identifier), and one
    /// comes back when the cut with it leaves every grant at or above the minimum; this repeats until none can.
    /// </summary>
    /// <remarks>
    /// Dropping every application below the minimum at once can throw a budget away: 12,000 EUR over 6,000, 6,200 and
    /// 6,400 EUR cuts all three below 5,000 EUR, yet without the smallest the other two get 5,904.76 and 6,095.24 EUR.
    /// Each step costs one cut, so a round of n applications takes at most n + n² cuts (in practice about n).
    /// </remarks>
    private static Cut ApplyMinimum(List<Candidate> active, Dictionary<Candidate, Euro> dropped, Cut cut, Euro minimum, AwardRound round)
    {
        while (FurthestBelow(cut, minimum) is { } worst)
        {
            dropped[worst] = cut.Awards[worst];
            active.Remove(worst);
            cut = CutOnce(active, round);
        }

        bool admitted = true;
        while (admitted && dropped.Count > 0)
        {
            admitted = false;
            foreach (Candidate c in dropped.Keys.OrderByDescending(c => c.Computed).ThenBy(c => c.Decision.ApplicationId, StringComparer.Ordinal))
            {
                List<Candidate> trial = [.. active, c];
                trial.Sort((a, b) => string.CompareOrdinal(a.Decision.ApplicationId, b.Decision.ApplicationId));
                Cut trialCut = CutOnce(trial, round);
                if (FurthestBelow(trialCut, minimum) is null)
                {
                    active.Clear();
                    active.AddRange(trial);
                    dropped.Remove(c);
                    cut = trialCut;
                    admitted = true;
                    break;
                }
            }
        }

        return cut;
    }

    /// <summary>The application whose cut grant is furthest below the minimum (ties: the first identifier), or null.</summary>
    private static Candidate? FurthestBelow(Cut cut, Euro minimum)
    {
        Candidate? worst = null;
        foreach (Candidate c in cut.Group)
        {
            Euro award = cut.Awards[c];
            if (award < minimum && (worst is null || award < cut.Awards[worst]
                || (award == cut.Awards[worst] && string.CompareOrdinal(c.Decision.ApplicationId, worst.Decision.ApplicationId) < 0)))
            {
                worst = c;
            }
        }

        return worst;
    }

    private Candidate Assess(Application application, AwardRound round, GrantCalculator calculator)
    {
        EligibilityDecision decision = Evaluator.Evaluate(application, round.AsOf);
        if (!decision.IsEligible)
        {
            return new Candidate(decision, null, Euro.Zero);
        }

        GrantResult grant = calculator.Calculate(application.LineId, decision.Version!, application.ToGrantRequest(round.AsOf));
        Euro computed = grant.Code == GrantCodes.DeterminedByDistributionKey
            ? (decision.Version!.Cap is { } cap ? Euro.Min(application.RequestedAmount, cap.Value) : application.RequestedAmount)
            : Euro.Min(grant.Grant, application.RequestedAmount);
        return new Candidate(decision, grant, computed);
    }

    private static Cut CutOnce(List<Candidate> active, AwardRound round)
    {
        var awards = new Dictionary<Candidate, Euro>();
        Euro total = Euro.Sum(active.Select(c => c.Computed));
        if (total <= round.Budget)
        {
            foreach (Candidate c in active)
            {
                awards[c] = c.Computed;
            }

            return new Cut(awards, [], []);
        }

        if (round.Policy == AwardPolicy.ProRata)
        {
            ProRata(round.Budget, active, awards);
            return new Cut(awards, [.. active], []);
        }

        Euro remaining = round.Budget;
        List<Candidate> group = [];
        List<Candidate> unreached = [];
        foreach (IGrouping<int, Candidate> tier in active.GroupBy(c => round.TierOf(c.Decision.ApplicationId)).OrderBy(g => g.Key))
        {
            Euro sum = Euro.Sum(tier.Select(c => c.Computed));
            if (sum <= remaining)
            {
                foreach (Candidate c in tier)
                {
                    awards[c] = c.Computed;
                }

                remaining -= sum;
            }
            else if (remaining.IsPositive && group.Count == 0)
            {
                group.AddRange(tier);
                ProRata(remaining, group, awards);
                remaining = Euro.Zero;
            }
            else
            {
                foreach (Candidate c in tier)
                {
                    awards[c] = Euro.Zero;
                    unreached.Add(c);
                }
            }
        }

        return new Cut(awards, group, unreached);
    }

    private static void ProRata(Euro budget, List<Candidate> candidates, Dictionary<Candidate, Euro> awards)
    {
        if (budget.IsZero)
        {
            foreach (Candidate c in candidates)
            {
                awards[c] = Euro.Zero;
            }

            return;
        }

        AllocationRequest request = AllocationRequest.Of(budget, candidates.Select(c =>
            new AllocationRecipient(c.Decision.ApplicationId, c.Computed.Cents).WithDemand(c.Computed)));
        AllocationResult split = Allocator.Allocate(request);
        foreach (Candidate c in candidates)
        {
            split.TryGetLine(c.Decision.ApplicationId, out AllocationLine? line);
            awards[c] = line!.Amount;
        }
    }

    private static AwardLine Line(Candidate c, AwardRound round, Cut cut, Dictionary<Candidate, Euro> dropped, Euro? minimum)
    {
        int? tier = round.Policy == AwardPolicy.PriorityTiers && round.TierOf(c.Decision.ApplicationId) is var t && t != int.MaxValue ? t : null;
        PassThrough? passThrough = null;
        Euro awarded = cut.Awards.TryGetValue(c, out Euro a) ? a : Euro.Zero;
        if (round.SubAwards.TryGetValue(c.Decision.ApplicationId, out ImmutableArray<SubAward> planned))
        {
            passThrough = new PassThrough(awarded, planned, c.Decision.Version?.PassThroughAllowed ?? false);
        }

        (string code, LocalizedText reason) = c switch
        {
            { Decision.Outcome: EligibilityOutcome.NotEligible } => (AwardCodes.NotEligible, new LocalizedText(
                $"Nicht förderfähig ({Failed(c.Decision)}); keine Zuwendung.", $"Not eligible ({Failed(c.Decision)}); no grant.")),
            { Decision.Outcome: EligibilityOutcome.Undetermined } => (AwardCodes.Undetermined, new LocalizedText(
                $"Förderfähigkeit nicht entscheidbar ({string.Join(", ", c.Decision.MissingFacts)} fehlt); keine Zuwendung in dieser Runde.",
                $"Eligibility cannot be decided ({string.Join(", ", c.Decision.MissingFacts)} missing); no grant in this round.")),
            _ when !c.Computed.IsPositive => (AwardCodes.NoGrant, new LocalizedText(
                $"Keine Zuwendung nach der Berechnung ({c.Grant!.Code}).", $"No grant by the calculation ({c.Grant!.Code}).")),
            _ when dropped.TryGetValue(c, out Euro wouldBe) => (AwardCodes.BelowMinimumAfterCut, DroppedReason(wouldBe, minimum!.Value, cut, round)),
            _ when cut.Unreached.Contains(c) => (AwardCodes.TierNotReached, new LocalizedText(
                $"Die Rangstufe {Tier(tier)} wird mit dem Budget nicht erreicht.", $"Priority tier {Tier(tier)} is not reached by the budget.")),
            _ when awarded < c.Computed => (AwardCodes.Cut, new LocalizedText(
                $"Anteilig gekürzt von {FactTexts.De(c.Computed)} auf {FactTexts.De(awarded)}.", $"Cut pro rata from {FactTexts.En(c.Computed)} to {FactTexts.En(awarded)}.")),
            _ => (AwardCodes.Full, new LocalizedText($"In voller Höhe bewilligt: {FactTexts.De(awarded)}.", $"Awarded in full: {FactTexts.En(awarded)}.")),
        };
        return new AwardLine(c.Decision, c.Grant, c.Computed, awarded, tier, code, reason, passThrough);
    }

    /// <summary>What happened to a dropped application and to its share: split among the others, or left unallocated.</summary>
    private static LocalizedText DroppedReason(Euro wouldBe, Euro minimum, Cut cut, AwardRound round)
    {
        string first = $"Nach der Kürzung läge die Zuwendung bei {FactTexts.De(wouldBe)}, unter der Bagatellgrenze von {FactTexts.De(minimum)}; der Antrag scheidet aus";
        string firstEn = $"After the cut the grant would be {FactTexts.En(wouldBe)}, below the minimum grant of {FactTexts.En(minimum)}; the application drops out";
        Euro awarded = Euro.Sum(cut.Awards.Values);
        if (cut.Group.Count > 0 || awarded == round.Budget)
        {
            return new LocalizedText(
                $"{first}, sein Anteil geht an die übrigen Anträge der Runde. Mit ihm bliebe eine Zuwendung unter der Bagatellgrenze.",
                $"{firstEn} and its share goes to the other applications of the round. Taking it back would leave a grant below the minimum.");
        }

        Euro left = round.Budget - awarded;
        return new LocalizedText(
            $"{first}. Die übrigen Anträge erhalten ihre volle Zuwendung; {FactTexts.De(left)} bleiben unverteilt, weil mit ihm eine Zuwendung unter der Bagatellgrenze bliebe.",
            $"{firstEn}. The other applications get their full grants; {FactTexts.En(left)} stay unallocated because taking it back would leave a grant below the minimum.");
    }

    private static string Failed(EligibilityDecision decision) =>
        decision.Results.IsEmpty ? decision.Code : string.Join(", ", decision.Failures.Select(f => f.Code));

    private static string Tier(int? tier) => tier?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    /// <summary>An application with its decision and computed grant; compared by reference.</summary>
    private sealed class Candidate(EligibilityDecision decision, GrantResult? grant, Euro computed)
    {
        public EligibilityDecision Decision { get; } = decision;

        public GrantResult? Grant { get; } = grant;

        public Euro Computed { get; } = computed;
    }

    /// <summary>One cut: the award of each active candidate, the group cut pro rata, and the tiers not reached.</summary>
    private sealed class Cut(Dictionary<Candidate, Euro> awards, List<Candidate> group, List<Candidate> unreached)
    {
        public Dictionary<Candidate, Euro> Awards { get; } = awards;

        public List<Candidate> Group { get; } = group;

        public List<Candidate> Unreached { get; } = unreached;
    }

    /// <summary>A clock the calculator never reads: every request the allocator makes carries its date.</summary>
    private sealed class FixedClock : IClock
    {
        public static readonly FixedClock Instance = new();

        public Instant GetCurrentInstant() => throw new InvalidOperationException("The award allocator always passes the round's date.");
    }
}
