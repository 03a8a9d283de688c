using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Awards;

/// <summary>
/// Förderrunde: one funding line's budget for a round of applications, decided on one date by one policy, with the
/// priority tiers and the planned pass-through sub-awards of the applications.
/// </summary>
/// <remarks>
/// <para>
/// Application identifiers are unique (ordinal); every application is for the round's line. Priority tiers are 1
/// (first) and up; an application without a tier comes after every tier given. Sub-awards are keyed by the
/// application's identifier. The order of <see cref="Applications"/> has no effect on the result.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class AwardRound
{
    private readonly ImmutableDictionary<string, ImmutableArray<SubAward>> _subAwards = ImmutableDictionary.Create<string, ImmutableArray<SubAward>>(StringComparer.Ordinal);
    private readonly RoundingMode _rounding = RoundingMode.Commercial;
    private readonly ImmutableDictionary<string, decimal> _weights = ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, PassThroughPlan> _plans = ImmutableDictionary.Create<string, PassThroughPlan>(StringComparer.Ordinal);

    /// <summary>Creates a round; set tiers, sub-awards and rounding with an initializer.</summary>
    /// <param name="id">The round's identifier.</param>
    /// <param name="lineId">The funding line.</param>
    /// <param name="asOf">The date of the decisions; the version in force on it applies.</param>
    /// <param name="budget">The budget of the round; not negative.</param>
    /// <param name="policy">How grants are cut when they exceed the budget.</param>
    /// <param name="applications">The applications, each for <paramref name="lineId"/>, with unique identifiers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="lineId"/>, <paramref name="applications"/> or an application is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative or <paramref name="policy"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Two applications share an identifier, or an application is for another line.</exception>
    public AwardRound(string id, string lineId, LocalDate asOf, Euro budget, AwardPolicy policy, IEnumerable<Application> applications)
    {
        Id = Preconditions.CheckNotNull(id);
        LineId = Preconditions.CheckNotNull(lineId);
        Preconditions.CheckRange(!budget.IsNegative, budget, "The budget must not be negative.", "Das Budget darf nicht negativ sein.");
        Preconditions.CheckArgumentRange(policy is AwardPolicy.ProRata or AwardPolicy.PriorityTiers or AwardPolicy.Key, policy, "The policy is not defined.", "Die Vergaberegel ist nicht definiert.");
        Applications = Preconditions.CheckUniqueKeys(applications, a => a.Id, id => $"Two applications have the identifier '{id}'.", id => $"Zwei Anträge haben die Kennung '{id}'.");
        foreach (Application application in Applications)
        {
            Preconditions.CheckArgument(string.Equals(application.LineId, lineId, StringComparison.Ordinal), nameof(applications),
                $"Application '{application.Id}' is for {application.LineId}, but the round is for {lineId}.",
                $"Der Antrag '{application.Id}' gilt der Förderlinie {application.LineId}, die Vergaberunde aber der Förderlinie {lineId}.");
        }

        AsOf = asOf;
        Budget = budget;
        Policy = policy;
    }

    /// <summary>The round's identifier.</summary>
    public string Id { get; }

    /// <summary>The funding line.</summary>
    public string LineId { get; }

    /// <summary>The date of the decisions.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Fördervolumen der Runde: the budget.</summary>
    public Euro Budget { get; }

    /// <summary>How grants are cut when they exceed the budget.</summary>
    public AwardPolicy Policy { get; }

    /// <summary>The applications.</summary>
    public ImmutableArray<Application> Applications { get; }

    /// <summary>Priority tiers by application identifier: 1 first; an application without one comes last.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A tier is below 1 or names an application not in the round.</exception>
    public ImmutableDictionary<string, int> Priorities
    {
        get;
        init => field = PriorityTiers.Check(value, Applications, "is not in the round");
    } = ImmutableDictionary.Create<string, int>(StringComparer.Ordinal);

    /// <summary>Planned pass-through sub-awards by application identifier.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A key names an application not in the round.</exception>
    public ImmutableDictionary<string, ImmutableArray<SubAward>> SubAwards
    {
        get => _subAwards;
        init
        {
            Preconditions.CheckNotNull(value);
            foreach (string key in value.Keys)
            {
                Preconditions.CheckArgument(Applications.Any(a => a.Id == key), nameof(SubAwards), $"Sub-awards are planned for '{key}', which is not in the round.", $"Weiterleitungen sind für '{key}' geplant, der nicht in der Vergaberunde ist.");
            }

            _subAwards = value.WithComparers(StringComparer.Ordinal);
        }
    }

    /// <summary>The weights of <see cref="AwardPolicy.Key"/> by application identifier; an application without one weighs 0.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A weight is negative or names an application not in the round.</exception>
    public ImmutableDictionary<string, decimal> Weights
    {
        get => _weights;
        init => _weights = ModelChecks.CheckEntries(value, (id, weight) =>
        {
            Preconditions.CheckArgument(weight >= 0, nameof(Weights), $"The weight of '{id}' is negative.", $"Das Gewicht von '{id}' ist negativ.");
            Preconditions.CheckArgument(Applications.Any(a => a.Id == id), nameof(Weights), $"The weight names '{id}', which is not in the round.", $"Das Gewicht nennt '{id}', der nicht in der Vergaberunde ist.");
        });
    }

    /// <summary>Sockelbetrag of <see cref="AwardPolicy.Key"/>: what every funded application gets before the key share, at most its grant; none by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro? KeyBase { get; init => field = Euro.CheckNotNegative(value, "The base amount must not be negative."); }

    /// <summary>Mindestbetrag of <see cref="AwardPolicy.Key"/>: the least a funded application gets, at most its grant; none by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro? KeyFloor { get; init => field = Euro.CheckNotNegative(value, "The floor must not be negative."); }

    /// <summary>
    /// Bagatellgrenze of this round: the least grant after the cut, instead of the funding line version's minimum grant
    /// (a first recipient may set its own for the final recipients); <see langword="null"/> for the version's.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Euro? MinimumGrant { get; init => field = Euro.CheckNotNegative(value, "The minimum grant must not be negative."); }

    /// <summary>
    /// Weiterleitungspläne: by the first recipient's application identifier, how it passes its award on to final
    /// recipients (<see cref="TwoStageAllocator"/> decides both stages; <see cref="AwardAllocator"/> only the first).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value or a plan is null.</exception>
    /// <exception cref="ArgumentException">A key names an application not in the round, or a plan's requests are for another line.</exception>
    public ImmutableDictionary<string, PassThroughPlan> PassThroughPlans
    {
        get => _plans;
        init => _plans = ModelChecks.CheckEntries(value, (firstRecipient, plan) =>
        {
            Preconditions.CheckNotNull(plan, nameof(PassThroughPlans));
            Preconditions.CheckArgument(Applications.Any(a => a.Id == firstRecipient), nameof(PassThroughPlans), $"A pass-through is planned for '{firstRecipient}', which is not in the round.", $"Eine Weiterleitung ist für '{firstRecipient}' geplant, der nicht in der Vergaberunde ist.");
            foreach (Application request in plan.Requests)
            {
                Preconditions.CheckArgument(string.Equals(request.LineId, LineId, StringComparison.Ordinal), nameof(PassThroughPlans),
                    $"Request '{request.Id}' of '{firstRecipient}' is for {request.LineId}, but the round is for {LineId}.",
                    $"Die Anforderung '{request.Id}' von '{firstRecipient}' gilt der Förderlinie {request.LineId}, die Vergaberunde aber der Förderlinie {LineId}.");
            }
        });
    }

    /// <summary>How the grant calculation rounds fractions of a cent; commercial by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined mode.</exception>
    public RoundingMode Rounding
    {
        get => _rounding;
        init
        {
            Preconditions.CheckRange(value is >= RoundingMode.Commercial and <= RoundingMode.Ceiling, value, "The rounding mode is not defined.", "Die Rundungsart ist nicht definiert.");
            _rounding = value;
        }
    }

    /// <summary>The weight of an application under <see cref="AwardPolicy.Key"/>.</summary>
    internal decimal WeightOf(string applicationId) => _weights.TryGetValue(applicationId, out decimal weight) ? weight : 0m;

    /// <summary>The tier of an application: its own, or after every tier given.</summary>
    internal int TierOf(string applicationId) => Priorities.TryGetValue(applicationId, out int tier) ? tier : int.MaxValue;

    /// <summary>Returns the identifier, the line and the budget.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {LineId} {Budget}";
}
