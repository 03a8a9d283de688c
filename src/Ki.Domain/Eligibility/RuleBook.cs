using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Regelwerk: the eligibility rule sets of many funding line versions, one per line and version start.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the embedded rules for the KOMM-AN lines and the KI-Förderung lines of the embedded
/// catalogue (<see cref="ProgrammeCatalogue.Default"/>), written as data with a citation for every rule. Equality is
/// reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class RuleBook
{
    private static readonly Lazy<RuleBook> Embedded = new(DefaultRules.Build);

    /// <summary>Creates a rule book.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> or a rule set is null.</exception>
    /// <exception cref="ArgumentException">Two rule sets are for the same line and version start.</exception>
    public RuleBook(IEnumerable<RuleSet> ruleSets)
    {
        RuleSets = [.. Preconditions.CheckNotNull(ruleSets)];
        _index = [];
        foreach (RuleSet set in RuleSets)
        {
            Preconditions.CheckNotNull(set, nameof(ruleSets));
            Preconditions.CheckArgument(_index.TryAdd((set.LineId, set.VersionStart), set), nameof(ruleSets),
                $"Two rule sets are for funding line {set.LineId} from {set.VersionStart.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }

    private readonly Dictionary<(string, NodaTime.LocalDate), RuleSet> _index;

    /// <summary>The embedded default rules for the KOMM-AN and KI-Förderung lines.</summary>
    public static RuleBook Default => Embedded.Value;

    /// <summary>The rule sets, in the order given.</summary>
    public ImmutableArray<RuleSet> RuleSets { get; }

    /// <summary>Finds the rule set of a funding line version.</summary>
    /// <param name="lineId">The funding line.</param>
    /// <param name="version">The version.</param>
    /// <returns>The rule set, or <see langword="null"/> when the book has none for the version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/> or <paramref name="version"/> is null.</exception>
    public RuleSet? Find(string lineId, FundingLineVersion version)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckNotNull(version);
        return _index.TryGetValue((lineId, version.Validity.Start), out RuleSet? set) ? set : null;
    }
}
