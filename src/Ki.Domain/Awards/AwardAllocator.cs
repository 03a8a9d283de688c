using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

        // Decide in the order given, the order the applications usually lie in memory, then rank by identifier: the
        // result depends only on the identifiers' order (sorting keys and positions, not the applications).
        ImmutableArray<Application> given = round.Applications;
        var byInput = new Candidate[given.Length];
        var ids = new string[given.Length];
        for (int i = 0; i < byInput.Length; i++)
        {
            byInput[i] = Assess(given[i], round, calculator);
            ids[i] = given[i].Id;
        }

        int[] ranked = OrdinalRank.Of(ids);
        var all = new Candidate[byInput.Length];
        for (int k = 0; k < all.Length; k++)
        {
            Candidate c = byInput[ranked[k]];
            c.Index = k;
            all[k] = c;
        }

        FundingLineVersion? version = all.Select(c => c.Decision.Version).FirstOrDefault(v => v is not null);
        Euro? minimum = round.MinimumGrant ?? version?.MinimumGrant?.Value;

        List<Candidate> active = [.. all.Where(c => c.Computed.IsPositive)];
        var dropped = new Dictionary<Candidate, WouldBe>(CandidateOrder.Instance);
        // Two cuts' worth of arrays serve the whole round: the minimum grant cuts again for every drop-out and retrial.
        Cut cut = CutOnce(active, round, new Cut(active.Count));
        if (minimum is { } m)
        {
            cut = ApplyMinimum(active, dropped, cut, new Cut(active.Count), m, round, all.Length);
        }

        // The final cut by candidate, for the lines.
        var awards = new Euro[all.Length];
        var unreached = new bool[all.Length];
        Euro awarded = Euro.Zero;
        for (int k = 0; k < cut.Members.Count; k++)
        {
            Candidate c = cut.Members[k];
            awards[c.Index] = cut.Awards[k];
            unreached[c.Index] = cut.Unreached[k];
            awarded += cut.Awards[k];
        }

        var outcome = new Outcome(round, awards, unreached, dropped, minimum, cut.HasGroup || awarded == round.Budget, round.Budget - awarded);
        var lines = new AwardLine[all.Length];
        foreach (Candidate c in byInput)
        {
            lines[c.Index] = Line(c, outcome);
        }

        return new AwardResult(round, ImmutableCollectionsMarshal.AsImmutableArray(lines), version);
    }

    /// <summary>
    /// The minimum grant after the cut, one application at a time: while a cut grant is below the minimum, the one
    /// furthest below it (the smallest cut grant; ties by identifier) drops out and the budget is cut again without
    /// it. Then the dropped applications are tried again, largest computed grant first (ties by identifier), and one
    /// comes back when the cut with it leaves every grant at or above the minimum; this repeats until none can.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Dropping every application below the minimum at once can throw a budget away: 12,000 EUR over 6,000, 6,200 and
    /// 6,400 EUR cuts all three below 5,000 EUR, yet without the smallest the other two get 5,904.76 and 6,095.24 EUR.
    /// </para>
    /// <para>
    /// Each step would cost one cut over every active application. A pro-rata cut by the grants needs none where the
    /// answer is certain without it (<see cref="CertainlyFurthestBelow"/>): the smallest grant is then the one that
    /// drops, and what it would have got is cut again only if its line's reason is read. A round of 10,000
    /// applications that drops a hundred makes a handful of cuts instead of a hundred.
    /// </para>
    /// </remarks>
    private static Cut ApplyMinimum(List<Candidate> active, Dictionary<Candidate, WouldBe> dropped, Cut cut, Cut spare, Euro minimum, AwardRound round, int candidates)
    {
        var history = new DropHistory(round.Budget, [.. active], candidates);
        Candidate[] ascending = [.. active];
        Array.Sort(ascending, static (x, y) => x.Computed != y.Computed ? x.Computed.CompareTo(y.Computed) : x.Index.CompareTo(y.Index));
        long total = 0;
        foreach (Candidate a in active)
        {
            total += a.Computed.Cents;
        }

        int step = 0;
        int smallest = 0; // the first entry of ascending not dropped yet
        bool cutIsCurrent = true;
        while (true)
        {
            while (smallest < ascending.Length && history.HasDropped(ascending[smallest]))
            {
                smallest++;
            }

            if (smallest < ascending.Length && CertainlyFurthestBelow(ascending, smallest, history, total, minimum, round))
            {
                Candidate worst = ascending[smallest];
                dropped[worst] = history.Drop(worst, step++, null);
                active.RemoveAt(active.BinarySearch(worst, CandidateOrder.Instance));
                total -= worst.Computed.Cents;
                cutIsCurrent = false;
                continue;
            }

            if (!cutIsCurrent)
            {
                CutOnce(active, round, cut);
                cutIsCurrent = true;
            }

            if (FurthestBelow(cut, minimum) is not { } at)
            {
                break;
            }

            Candidate below = cut.Members[at];
            dropped[below] = history.Drop(below, step++, cut.Awards[at]);
            active.RemoveAt(at); // the cut's members are the active candidates, in the same order
            total -= below.Computed.Cents;
            cutIsCurrent = false;
        }

        bool admitted = true;
        while (admitted && dropped.Count > 0)
        {
            admitted = false;
            Euro activeTotal = Euro.Zero;
            foreach (Candidate a in active)
            {
                activeTotal += a.Computed;
            }

            foreach (Candidate c in dropped.Keys.OrderByDescending(c => c.Computed).ThenBy(c => c.Index))
            {
                if (CertainlyBelowMinimum(c.Computed, activeTotal + c.Computed, minimum, round))
                {
                    // Its cut would leave it below the minimum; so would every smaller one, tried after it.
                    break;
                }

                // The candidates stay in identifier order (= index order): insert instead of sorting.
                int at = ~active.BinarySearch(c, CandidateOrder.Instance);
                active.Insert(at, c);
                Cut trial = CutOnce(active, round, spare);
                if (FurthestBelow(trial, minimum) is null)
                {
                    dropped.Remove(c);
                    (cut, spare) = (trial, cut);
                    admitted = true;
                    break;
                }

                active.RemoveAt(at);
            }
        }

        return cut;
    }

    /// <summary>
    /// Whether the cut of the active candidates, not made, would certainly drop <c>ascending[smallest]</c> next: a
    /// pro-rata cut by the grants whose total exceeds the budget gives each grant g its exact quota q = budget × g /
    /// total, rounded down, plus at most one cent. The smallest grant's cut is then below the minimum when
    /// q + 1 cent is, and it is the only one furthest below when the next grant's quota is at least two cents more
    /// (every other cut is at least that quota rounded down, which exceeds the smallest's quota plus one cent).
    /// </summary>
    private static bool CertainlyFurthestBelow(Candidate[] ascending, int smallest, DropHistory history, long total, Euro minimum, AwardRound round)
    {
        Candidate first = ascending[smallest];
        if (!CertainlyBelowMinimum(first.Computed, Euro.FromCents(total), minimum, round))
        {
            return false;
        }

        for (int next = smallest + 1; next < ascending.Length; next++)
        {
            if (!history.HasDropped(ascending[next]))
            {
                // budget × (next − first) ≥ 2 × total, in 128 bits; both grants are positive and below the total.
                ulong gap = (ulong)(ascending[next].Computed.Cents - first.Computed.Cents);
                return (UInt128)(ulong)round.Budget.Cents * gap >= (UInt128)(ulong)total * 2;
            }
        }

        return true; // the only one left: its cut is the whole budget, below the minimum
    }

    /// <summary>
    /// Whether a pro-rata cut of the round's budget over grants adding up to <paramref name="total"/> certainly leaves
    /// <paramref name="grant"/> below the minimum, without making the cut: its exact quota (budget × grant / total) is
    /// below the minimum less one cent, and a largest-remainder cut adds at most one cent to the whole cents of a quota.
    /// Only for rounds cut pro rata by the grants whose total exceeds the budget; otherwise false (make the cut).
    /// </summary>
    /// <remarks>
    /// The quota grows with the grant (budget × g / (rest + g)), so when it holds for one dropped application it holds
    /// for every smaller one: trying them again needs no cut at all. An application dropped for being furthest below
    /// comes back, in practice, only through the cents of a tie; for every other the answer is certain here.
    /// </remarks>
    private static bool CertainlyBelowMinimum(Euro grant, Euro total, Euro minimum, AwardRound round)
    {
        if (round.Policy != AwardPolicy.ProRata || total <= round.Budget || minimum.Cents <= 1 || grant.IsNegative)
        {
            return false;
        }

        // budget × grant < (minimum − 1 cent) × total, in 128 bits (each side below 2^126).
        return (UInt128)(ulong)round.Budget.Cents * (ulong)grant.Cents < (UInt128)(ulong)(minimum.Cents - 1) * (ulong)total.Cents;
    }

    /// <summary>The position in the cut of the member whose grant, cut pro rata, is furthest below the minimum (ties:
    /// the first identifier), or null.</summary>
    private static int? FurthestBelow(Cut cut, Euro minimum)
    {
        int worst = -1;
        for (int k = 0; k < cut.Count; k++)
        {
            // Members are in identifier order, so the first of equal grants is the first identifier.
            if (cut.InGroup[k] && cut.Awards[k] < minimum && (worst < 0 || cut.Awards[k] < cut.Awards[worst]))
            {
                worst = k;
            }
        }

        return worst < 0 ? null : worst;
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

    /// <summary>Cuts the budget over the active candidates into <paramref name="cut"/>, whose arrays are reused.</summary>
    private static Cut CutOnce(List<Candidate> active, AwardRound round, Cut cut)
    {
        cut.Over(active);
        Euro total = Euro.Zero;
        foreach (Candidate c in active)
        {
            total += c.Computed;
        }

        if (total <= round.Budget)
        {
            for (int k = 0; k < active.Count; k++)
            {
                cut.Awards[k] = active[k].Computed;
            }

            return cut;
        }

        if (round.Policy == AwardPolicy.ProRata)
        {
            ProRataByGrants(round.Budget, cut, null);
            return cut;
        }

        if (round.Policy == AwardPolicy.Key)
        {
            int[] everyone = [.. Enumerable.Range(0, active.Count)];
            ProRataByKey(round.Budget, cut, everyone, round);
            return cut;
        }

        Euro remaining = round.Budget;
        bool cutOne = false;
        foreach (IGrouping<int, int> tier in Enumerable.Range(0, active.Count).GroupBy(k => round.TierOf(active[k].Decision.ApplicationId)).OrderBy(g => g.Key))
        {
            int[] positions = [.. tier];
            Euro sum = Euro.Zero;
            foreach (int k in positions)
            {
                sum += active[k].Computed;
            }

            if (sum <= remaining)
            {
                foreach (int k in positions)
                {
                    cut.Awards[k] = active[k].Computed;
                }

                remaining -= sum;
            }
            else if (remaining.IsPositive && !cutOne)
            {
                cutOne = true;
                ProRataByGrants(remaining, cut, positions);
                remaining = Euro.Zero;
            }
            else
            {
                foreach (int k in positions)
                {
                    cut.Awards[k] = Euro.Zero;
                    cut.Unreached[k] = true;
                }
            }
        }

        return cut;
    }

    /// <summary>
    /// The pro-rata cut by the computed grants over the members at <paramref name="positions"/>, or over every member
    /// when it is null (then the cents are written straight into the cut's awards), which form the cut's group.
    /// </summary>
    /// <remarks>
    /// The budget is below the grants' sum, so no grant reaches its demand and the split is the plain largest-remainder
    /// split by the grants in identifier order: the allocation core's span fast path gives it without building a
    /// request, which matters because the minimum grant cuts again for applications that drop out or are tried again.
    /// </remarks>
    private static void ProRataByGrants(Euro budget, Cut cut, int[]? positions)
    {
        int n = positions?.Length ?? cut.Count;
        for (int j = 0; j < n; j++)
        {
            cut.InGroup[positions?[j] ?? j] = true;
        }

        if (budget.IsZero)
        {
            return; // the awards stay zero
        }

        long[] weights = ArrayPool<long>.Shared.Rent(n);
        long[]? amounts = positions is null ? null : ArrayPool<long>.Shared.Rent(n);
        try
        {
            for (int j = 0; j < n; j++)
            {
                weights[j] = cut.Members[positions?[j] ?? j].Computed.Cents;
            }

            Span<long> into = amounts is null ? MemoryMarshal.Cast<Euro, long>(cut.Awards.AsSpan(0, n)) : amounts.AsSpan(0, n);
            Allocator.Allocate(budget.Cents, weights.AsSpan(0, n), into);
            if (positions is not null)
            {
                for (int j = 0; j < n; j++)
                {
                    cut.Awards[positions[j]] = Euro.FromCents(into[j]);
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(weights);
            if (amounts is not null)
            {
                ArrayPool<long>.Shared.Return(amounts);
            }
        }
    }

    /// <summary>
    /// Splits a budget over the members at <paramref name="positions"/> (in identifier order), which form the cut's
    /// group, by the round's key with its base and floor, the grants as demands.
    /// </summary>
    private static void ProRataByKey(Euro budget, Cut cut, int[] positions, AwardRound key)
    {
        foreach (int k in positions)
        {
            cut.InGroup[k] = true;
        }

        if (budget.IsZero)
        {
            return; // the awards stay zero
        }

        AllocationRequest request = AllocationRequest.Of(budget, positions.Select(k => cut.Members[k]).Select(c =>
            new AllocationRecipient(c.Decision.ApplicationId, key.WeightOf(c.Decision.ApplicationId)).WithDemand(c.Computed)
                .WithBase(key.KeyBase is { } b ? Euro.Min(b, c.Computed) : null)
                .WithFloor(key.KeyFloor is { } f ? Euro.Min(f, c.Computed) : null)));
        AllocationResult split = Allocator.Allocate(request);
        for (int j = 0; j < positions.Length; j++)
        {
            cut.Awards[positions[j]] = split.Lines[j].Amount;
        }
    }

    private static AwardLine Line(Candidate c, Outcome outcome)
    {
        AwardRound round = outcome.Round;
        int? tier = round.Policy == AwardPolicy.PriorityTiers && round.TierOf(c.Decision.ApplicationId) is var t && t != int.MaxValue ? t : null;
        PassThrough? passThrough = null;
        Euro awarded = outcome.Awards[c.Index];
        if (!round.SubAwards.IsEmpty && round.SubAwards.TryGetValue(c.Decision.ApplicationId, out ImmutableArray<SubAward> planned))
        {
            passThrough = new PassThrough(awarded, planned, c.Decision.Version?.PassThroughAllowed ?? false);
        }

        string code = c switch
        {
            { Decision.Outcome: EligibilityOutcome.NotEligible } => AwardCodes.NotEligible,
            { Decision.Outcome: EligibilityOutcome.Undetermined } => AwardCodes.Undetermined,
            _ when !c.Computed.IsPositive => AwardCodes.NoGrant,
            _ when outcome.Dropped.ContainsKey(c) => AwardCodes.BelowMinimumAfterCut,
            _ when outcome.Unreached[c.Index] => AwardCodes.TierNotReached,
            _ when awarded < c.Computed => AwardCodes.Cut,
            _ => AwardCodes.Full,
        };
        return new AwardLine(c.Decision, c.Grant, c.Computed, awarded, tier, code,
            DeferredText.Of((code, c, awarded, tier, outcome), static f => Reason(f.code, f.c, f.awarded, f.tier, f.outcome)), passThrough);
    }

    /// <summary>The reason of a line with its code, in German and English; written when the line's reason is read.</summary>
    private static LocalizedText Reason(string code, Candidate c, Euro awarded, int? tier, Outcome outcome) => code switch
    {
        AwardCodes.NotEligible => NotEligible(Failed(c.Decision)),
        AwardCodes.Undetermined => new LocalizedText(
            $"Förderfähigkeit nicht entscheidbar ({string.Join(", ", c.Decision.MissingFacts)} fehlt); keine Zuwendung in dieser Runde.",
            $"Eligibility cannot be decided ({string.Join(", ", c.Decision.MissingFacts)} missing); no grant in this round."),
        AwardCodes.NoGrant => new LocalizedText($"Keine Zuwendung nach der Berechnung ({c.Grant!.Code}).", $"No grant by the calculation ({c.Grant!.Code})."),
        AwardCodes.BelowMinimumAfterCut => DroppedReason(outcome.Dropped[c].Amount, outcome),
        AwardCodes.TierNotReached => new LocalizedText(
            $"Die Rangstufe {Tier(tier)} wird mit dem Budget nicht erreicht.", $"Priority tier {Tier(tier)} is not reached by the budget."),
        AwardCodes.Cut => new LocalizedText(
            $"Anteilig gekürzt von {Texts.De(c.Computed)} auf {Texts.De(awarded)}.", $"Cut pro rata from {Texts.En(c.Computed)} to {Texts.En(awarded)}."),
        _ => new LocalizedText($"In voller Höhe bewilligt: {Texts.De(awarded)}.", $"Awarded in full: {Texts.En(awarded)}."),
    };

    /// <summary>What happened to a dropped application and to its share: split among the others, or left unallocated.</summary>
    private static LocalizedText DroppedReason(Euro wouldBe, Outcome outcome)
    {
        Euro minimum = outcome.Minimum!.Value;
        string first = $"Nach der Kürzung läge die Zuwendung bei {Texts.De(wouldBe)}, unter der Bagatellgrenze von {Texts.De(minimum)}; der Antrag scheidet aus";
        string firstEn = $"After the cut the grant would be {Texts.En(wouldBe)}, below the minimum grant of {Texts.En(minimum)}; the application drops out";
        if (outcome.ShareGoesToOthers)
        {
            return new LocalizedText(
                $"{first}, sein Anteil geht an die übrigen Anträge der Runde. Mit ihm bliebe eine Zuwendung unter der Bagatellgrenze.",
                $"{firstEn} and its share goes to the other applications of the round. Taking it back would leave a grant below the minimum.");
        }

        Euro left = outcome.Left;
        return new LocalizedText(
            $"{first}. Die übrigen Anträge erhalten ihre volle Zuwendung; {Texts.De(left)} bleiben unverteilt, weil mit ihm eine Zuwendung unter der Bagatellgrenze bliebe.",
            $"{firstEn}. The other applications get their full grants; {Texts.En(left)} stay unallocated because taking it back would leave a grant below the minimum.");
    }

    private static LocalizedText NotEligible(string failed) =>
        new($"Nicht förderfähig ({failed}); keine Zuwendung.", $"Not eligible ({failed}); no grant.");

    private static string Failed(EligibilityDecision decision) =>
        decision.Results.IsEmpty ? decision.Code : string.Join(", ", decision.Failures.Select(f => f.Code));

    private static string Tier(int? tier) => tier?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    /// <summary>An application with its decision and computed grant; compared by reference. <see cref="Index"/> is its
    /// position in identifier order, set once the round's identifiers are sorted.</summary>
    private sealed class Candidate(EligibilityDecision decision, GrantResult? grant, Euro computed)
    {
        public int Index { get; set; } = -1;

        public EligibilityDecision Decision { get; } = decision;

        public GrantResult? Grant { get; } = grant;

        public Euro Computed { get; } = computed;
    }

    /// <summary>
    /// Orders and identifies candidates by identifier, through their index (one candidate per index in a round);
    /// hashing the index spares every candidate the runtime's identity hash, which is slow the first time.
    /// </summary>
    private sealed class CandidateOrder : IComparer<Candidate>, IEqualityComparer<Candidate>
    {
        public static readonly CandidateOrder Instance = new();

        public int Compare(Candidate? x, Candidate? y) => x!.Index.CompareTo(y!.Index);

        public bool Equals(Candidate? x, Candidate? y) => ReferenceEquals(x, y);

        public int GetHashCode(Candidate obj) => obj.Index;
    }

    /// <summary>
    /// One cut over the active candidates (<see cref="Members"/>, in identifier order): the award of each, whether it
    /// is in the group cut pro rata, and whether its tier was not reached; the first <see cref="Count"/> entries of the
    /// arrays are parallel to the members.
    /// </summary>
    /// <remarks>
    /// A cut's arrays are made once for the most candidates a round can have and reused by every cut of the round.
    /// <see cref="Members"/> is the active list itself, not a copy: the allocator keeps the list equal to the members
    /// of the cut it holds (it changes the list only to make a new cut, and puts it back when it drops a trial).
    /// </remarks>
    private sealed class Cut(int capacity)
    {
        public List<Candidate> Members { get; private set; } = [];

        public int Count => Members.Count;

        public Euro[] Awards { get; } = new Euro[capacity];

        public bool[] InGroup { get; } = new bool[capacity];

        public bool[] Unreached { get; } = new bool[capacity];

        public bool HasGroup => Array.IndexOf(InGroup, true, 0, Count) >= 0;

        /// <summary>Starts a new cut over <paramref name="members"/>: every award zero, no one in the group or unreached.</summary>
        public void Over(List<Candidate> members)
        {
            Members = members;
            int n = members.Count;
            Array.Clear(Awards, 0, n);
            Array.Clear(InGroup, 0, n);
            Array.Clear(Unreached, 0, n);
        }
    }

    /// <summary>The final cut by candidate index, with what the texts of the lines need.</summary>
    private sealed record Outcome(AwardRound Round, Euro[] Awards, bool[] Unreached, Dictionary<Candidate, WouldBe> Dropped, Euro? Minimum, bool ShareGoesToOthers, Euro Left);

    /// <summary>
    /// The order in which the minimum grant dropped candidates, so that the cut each one would have had can be made
    /// again when its reason is read: the candidates active when the minimum was first applied, less those dropped
    /// before it. Written while the round is decided, read-only afterwards.
    /// </summary>
    private sealed class DropHistory(Euro budget, Candidate[] start, int candidates)
    {
        private readonly int[] _stepOf = NotDropped(candidates);

        public bool HasDropped(Candidate c) => _stepOf[c.Index] != int.MaxValue;

        /// <summary>Records that <paramref name="c"/> dropped at <paramref name="step"/>, with its cut if known.</summary>
        public WouldBe Drop(Candidate c, int step, Euro? cut)
        {
            _stepOf[c.Index] = step;
            return new WouldBe(this, c, step, cut);
        }

        /// <summary>The pro-rata cut by the grants that <paramref name="c"/> had when it dropped at <paramref name="step"/>.</summary>
        public Euro CutAt(Candidate c, int step)
        {
            Candidate[] members = [.. start.Where(x => _stepOf[x.Index] >= step)];
            long[] weights = [.. members.Select(x => x.Computed.Cents)];
            var amounts = new long[members.Length];
            Allocator.Allocate(budget.Cents, weights, amounts);
            return Euro.FromCents(amounts[Array.IndexOf(members, c)]);
        }

        private static int[] NotDropped(int count)
        {
            var steps = new int[count];
            steps.AsSpan().Fill(int.MaxValue);
            return steps;
        }
    }

    /// <summary>
    /// What a dropped candidate's cut would have been: known when the drop needed the cut, else made again on first
    /// read (a boxed amount, so that a reader on another thread sees all of it or nothing).
    /// </summary>
    private sealed class WouldBe(DropHistory history, Candidate candidate, int step, Euro? known)
    {
        private object? _amount = known;

        public Euro Amount => (Euro)(_amount ??= history.CutAt(candidate, step));
    }

    /// <summary>A clock the calculator never reads: every request the allocator makes carries its date.</summary>
    private sealed class FixedClock : IClock
    {
        public static readonly FixedClock Instance = new();

        public Instant GetCurrentInstant() => throw new InvalidOperationException("The award allocator always passes the round's date.");
    }
}
