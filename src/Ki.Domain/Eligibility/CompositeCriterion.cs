using System.Collections.Immutable;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// A combination of parts that counts how many are met: <see cref="AllCriterion"/> (Alle) and
/// <see cref="AnyCriterion"/> (Mindestens eine). Every part is evaluated, never stopping early, so the result lists
/// every part's outcome.
/// </summary>
/// <remarks>
/// The set of combinations is closed: no other assembly can derive from this class. Immutable; safe to share across
/// threads.
/// </remarks>
public abstract class CompositeCriterion : Criterion
{
    /// <summary>Alle: fails when a part fails; otherwise unknown when a part is unknown; an empty combination passes.</summary>
    private protected static readonly Rule All = new(
        "all", EligibilityCodes.All, new("Alle Bedingungen", "All conditions"), new("alle erfüllt", "all met"), CriterionOutcome.Fail, CriterionOutcome.Pass);

    /// <summary>Mindestens eine: passes when a part passes; otherwise fails when every part fails; an empty combination fails.</summary>
    private protected static readonly Rule Any = new(
        "any", EligibilityCodes.Any, new("Mindestens eine Bedingung", "At least one condition"), new("mindestens eine erfüllt", "at least one met"), CriterionOutcome.Pass, CriterionOutcome.Fail);

    private readonly Rule _rule;
    private readonly int _size;
    private readonly int[] _starts;

    private protected CompositeCriterion(IEnumerable<Criterion> parts, string? legalReference, Rule rule)
        : base(legalReference, rule.Kind)
    {
        Parts = Combination.CheckParts(parts);
        (_starts, _size) = Combination.Layout(Parts);
        _rule = rule;
    }

    /// <summary>The parts.</summary>
    public ImmutableArray<Criterion> Parts { get; }

    /// <inheritdoc />
    internal override int Size => _size;

    /// <summary>
    /// The outcome alone. Three-valued logic gives the same outcome as combining every part, as <see cref="Record"/>
    /// does, so a pass that notes no missing facts (screening) stops at the first part that settles it (a failed part
    /// for all, a passed one for any); a pass that notes them (the evaluator's) asks every part, so that the decision
    /// names every missing fact, and records nothing.
    /// </summary>
    internal sealed override Verdict Judge(in EvaluationInput context)
    {
        CriterionOutcome settles = _rule.Settles;
        CriterionOutcome otherwise = _rule.Otherwise;
        bool settled = false;
        bool unknown = false;
        foreach (Criterion part in Parts)
        {
            CriterionOutcome outcome = part.Judge(context).Outcome;
            if (outcome == settles)
            {
                settled = true;
                if (!context.NotesMissing)
                {
                    break;
                }
            }

            unknown |= outcome == CriterionOutcome.Unknown;
        }

        return new(settled ? settles : unknown ? CriterionOutcome.Unknown : otherwise);
    }

    internal sealed override CriterionOutcome Record(EvaluationContext context, Span<Verdict> verdicts)
    {
        Combination.RecordAll(Parts, _starts, context, verdicts, out int passed, out int failed);
        CriterionOutcome outcome = _rule.Combine(passed, failed, Parts.Length);
        verdicts[0] = new Verdict(outcome, passed);
        return outcome;
    }

    /// <summary>The results of the parts, from the verdicts of this criterion's tree that <see cref="Record"/> wrote.</summary>
    internal ImmutableArray<CriterionResult> PartResults(EvaluationContext context, ReadOnlySpan<Verdict> verdicts) =>
        Combination.ResultsOf(Parts, _starts, context, verdicts);

    /// <inheritdoc />
    internal sealed override CriterionResult Result(EvaluationContext context, ReadOnlySpan<Verdict> verdicts) =>
        new(this, context, verdicts[0], PartResults(context, verdicts));

    /// <inheritdoc />
    internal sealed override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result) =>
        (Combination.Counted(result), _rule.Required);

    /// <summary>
    /// What distinguishes one combination from another: its kind (type name in rule files, code, title), its required
    /// value in the texts (<c>alle erfüllt</c>) and how the counts of its parts' outcomes combine.
    /// </summary>
    private protected sealed class Rule(string type, string code, LocalizedText title, LocalizedText required, CriterionOutcome settles, CriterionOutcome otherwise)
    {
        public CriterionKind Kind { get; } = new(type, code, title, LegalReferences.Combination);

        public LocalizedText Required { get; } = required;

        /// <summary>The outcome of a part that decides the whole at once: a failure for all, a pass for any.</summary>
        public CriterionOutcome Settles { get; } = settles;

        /// <summary>The outcome when every part has the other known outcome: a pass for all, a failure for any.</summary>
        public CriterionOutcome Otherwise { get; } = otherwise;

        /// <summary>
        /// The three-valued outcome from the counts of the parts: settled by any part with <see cref="Settles"/>,
        /// <see cref="Otherwise"/> when every part has that, unknown else.
        /// </summary>
        public CriterionOutcome Combine(int passed, int failed, int count)
        {
            (int settling, int other) = Settles == CriterionOutcome.Pass ? (passed, failed) : (failed, passed);
            return settling > 0 ? Settles : other == count ? Otherwise : CriterionOutcome.Unknown;
        }
    }
}
