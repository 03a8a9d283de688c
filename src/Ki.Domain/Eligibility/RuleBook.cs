using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Regelwerk: the eligibility rule sets of many funding lines, per line, version start (or every version) and
/// recipient role.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> holds the embedded rules for the KOMM-AN lines and the KI-Förderung lines of the embedded
/// catalogue (<see cref="ProgrammeCatalogue.Default"/>), written as data with a citation for every rule.
/// </para>
/// <para>
/// Rules compose: <see cref="WithRuleSet"/> and <see cref="WithRuleSets"/> add or replace rule sets and keep the rest,
/// so a host can change the rules of one line without copying the others. For a version, a rule set that names the
/// version's start wins over one for every version of the line.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class RuleBook
{
    private static readonly Lazy<RuleBook> Embedded = new(DefaultRules.Build);

    private readonly Dictionary<(string Line, LocalDate? Start, RecipientRole Role), RuleSet> _index;

    /// <summary>Creates a rule book.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> or a rule set is null.</exception>
    /// <exception cref="ArgumentException">Two rule sets are for the same line, version start and recipient role.</exception>
    public RuleBook(IEnumerable<RuleSet> ruleSets)
    {
        RuleSets = [.. Preconditions.CheckNotNull(ruleSets)];
        _index = [];
        foreach (RuleSet set in RuleSets)
        {
            Preconditions.CheckNotNull(set, nameof(ruleSets));
            Preconditions.CheckArgument(_index.TryAdd((set.LineId, set.VersionStart, set.Role), set), nameof(ruleSets),
                $"Two rule sets are for funding line {set.LineId} {set.VersionText}{(set.Role == RecipientRole.FinalRecipient ? " (final recipients)" : string.Empty)}.",
                $"Zwei Regelsätze gelten der Förderlinie {set.LineId} {(set.VersionStart is { } start ? "ab " + TextFormats.Date(start, german: true) : "für alle Fassungen")}{(set.Role == RecipientRole.FinalRecipient ? " (Letztempfänger)" : string.Empty)}.");
        }
    }

    /// <summary>The embedded default rules for the KOMM-AN and KI-Förderung lines.</summary>
    public static RuleBook Default => Embedded.Value;

    /// <summary>The rule sets, in the order given.</summary>
    public ImmutableArray<RuleSet> RuleSets { get; }

    /// <summary>Finds the rules for applications to the granting body (first recipients) of a funding line version.</summary>
    /// <param name="lineId">The funding line.</param>
    /// <param name="version">The version.</param>
    /// <returns>The rule set for the version's start, else the one for every version of the line, else <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/> or <paramref name="version"/> is null.</exception>
    public RuleSet? Find(string lineId, FundingLineVersion version) => Find(lineId, version, RecipientRole.FirstRecipient);

    /// <summary>Finds the rules of a funding line version for one recipient role.</summary>
    /// <param name="lineId">The funding line.</param>
    /// <param name="version">The version.</param>
    /// <param name="role">Whose applications the rules decide.</param>
    /// <returns>The rule set for the version's start, else the one for every version of the line, else <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/> or <paramref name="version"/> is null.</exception>
    public RuleSet? Find(string lineId, FundingLineVersion version, RecipientRole role)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckNotNull(version);
        return _index.TryGetValue((lineId, version.Validity.Start, role), out RuleSet? set) || _index.TryGetValue((lineId, null, role), out set)
            ? set
            : null;
    }

    /// <summary>A copy with one rule set added or replaced; every other rule set stays.</summary>
    /// <param name="ruleSet">The rule set. One that names a version start replaces the set of the same line, version
    /// start and role; one for every version replaces every set of its line and role.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public RuleBook WithRuleSet(RuleSet ruleSet) => WithRuleSets([Preconditions.CheckNotNull(ruleSet)]);

    /// <summary>A copy with rule sets laid over this book: each replaces what it covers (see <see cref="WithRuleSet"/>); every other rule set stays.</summary>
    /// <param name="ruleSets">The rule sets to lay over, such as those of a rule file.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> or a rule set is null.</exception>
    /// <exception cref="ArgumentException">Two of <paramref name="ruleSets"/> are for the same line, version start and role.</exception>
    public RuleBook WithRuleSets(IEnumerable<RuleSet> ruleSets)
    {
        RuleSet[] overlay = [.. Preconditions.CheckNotNull(ruleSets)];
        foreach (RuleSet set in overlay)
        {
            Preconditions.CheckNotNull(set, nameof(ruleSets));
        }

        return new RuleBook(RuleSets.Where(kept => !overlay.Any(o => Covers(o, kept))).Concat(overlay));
    }

    private static bool Covers(RuleSet over, RuleSet under) =>
        string.Equals(over.LineId, under.LineId, StringComparison.Ordinal) && over.Role == under.Role
        && (over.VersionStart is null || over.VersionStart == under.VersionStart);
}
