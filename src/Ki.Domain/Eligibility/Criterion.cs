using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Förderkriterium: one declarative eligibility rule. The set of criteria is closed: the library defines every kind
/// (applicant kind, non-profit status, seat, deadline, delivery period, start before approval, grant range, own
/// contribution, route, KI-Kommune) and the combinations <see cref="AllCriterion"/>, <see cref="AnyCriterion"/> and
/// <see cref="NotCriterion"/>; no other assembly can add one, and nothing in a rule executes code.
/// </summary>
/// <remarks>
/// <para>
/// Each criterion has a stable code (<see cref="Code"/>), a type name used in rule files (<see cref="Type"/>) and a
/// legal reference (<see cref="LegalReference"/>), which a rule file may replace with a more precise citation.
/// Evaluating a criterion never short-circuits: all, any and not evaluate every part, so a second failure is never
/// hidden by a first.
/// </para>
/// <para>
/// Equality is reference equality. Immutable; safe to share across threads. Texts that depend only on the criterion
/// and the funding line version (the starts of its messages, its required values) are kept once formatted, in
/// immutable objects that a race replaces with an equal one.
/// </para>
/// </remarks>
public abstract class Criterion
{
    private readonly CriterionKind _kind;

    /// <summary>Creates a criterion of a kind; each kind names its type, code, title and default legal reference as data.</summary>
    private protected Criterion(string? legalReference, CriterionKind kind)
    {
        Preconditions.CheckArgument(legalReference is null || !string.IsNullOrWhiteSpace(legalReference), nameof(legalReference), "A legal reference must not be blank.", "Eine Rechtsgrundlage darf nicht leer sein.");
        _kind = kind;
        LegalReference = legalReference ?? kind.DefaultReference;
    }

    /// <summary>The type name used in rule files, such as <c>applicant-kind</c>.</summary>
    public string Type => _kind.Type;

    /// <summary>The stable code, such as <c>KI-ELIG-APPLICANT-KIND</c>; see <see cref="EligibilityCodes"/>.</summary>
    public string Code => _kind.Code;

    /// <summary>The legal reference (Rechtsgrundlage) the criterion applies, such as <c>VV zu § 44 LHO Nr. 1.3</c>.</summary>
    public string LegalReference { get; }

    /// <summary>What the criterion checks, in German and English, as the start of its message.</summary>
    internal LocalizedText Title => _kind.Title;

    /// <summary>Returns the type and the code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type} ({Code})";

    /// <summary>The number of nodes of this criterion's tree: 1 for a simple criterion, 1 and its parts' for all/any/not.</summary>
    internal virtual int Size => 1;

    /// <summary>
    /// The rule of a criterion, written once: what it decides for an application. Evaluation (with results and texts)
    /// and screening (the outcome only) both ask this. All, any and not combine their parts' outcomes here, all and
    /// any stopping at the part that settles the outcome; their recorded verdicts come from <see cref="Record"/>.
    /// </summary>
    internal abstract Verdict Judge(in EvaluationInput context);

    /// <summary>
    /// Decides this criterion and every part without short-circuit, writing the verdicts of its tree in depth-first
    /// order (this one first) to <paramref name="verdicts"/>, which holds <see cref="Size"/> entries.
    /// </summary>
    /// <returns>This criterion's outcome.</returns>
    internal virtual CriterionOutcome Record(EvaluationContext context, Span<Verdict> verdicts)
    {
        Verdict verdict = Judge(in context.Input);
        verdicts[0] = verdict;
        return verdict.Outcome;
    }

    /// <summary>The result objects of a tree of verdicts that <see cref="Record"/> wrote.</summary>
    internal virtual CriterionResult Result(EvaluationContext context, ReadOnlySpan<Verdict> verdicts) => new(this, context, verdicts[0]);

    /// <summary>Evaluates the criterion without short-circuit, with the result of every part.</summary>
    internal CriterionResult Evaluate(EvaluationContext context)
    {
        var verdicts = new Verdict[Size];
        Record(context, verdicts);
        return Result(context, verdicts);
    }

    /// <summary>The actual and the required value of a result, in German and English.</summary>
    internal abstract (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result);

    /// <summary>
    /// The outcome alone, for screening: always <c>Evaluate(context).Outcome</c>, from <see cref="Judge"/> without
    /// recording any verdict (one virtual call per criterion).
    /// </summary>
    internal CriterionOutcome Decide(in EvaluationInput context) => Judge(context).Outcome;

    /// <summary>Formats the texts of a result.</summary>
    internal Explanation Explain(CriterionResult result)
    {
        MessageStarts starts = _starts ??= new MessageStarts(Title);
        (LocalizedText actual, LocalizedText required) = Describe(result);
        if (result.Outcome == CriterionOutcome.Unknown && result.Children.IsEmpty)
        {
            string missing = result.MissingFacts.Length == 1 ? result.MissingFacts[0] : string.Join(", ", result.MissingFacts);
            return new Explanation(new LocalizedText("fehlt: " + missing, "missing: " + missing), required, new LocalizedText(
                string.Concat(starts.MissingGerman, missing, " (verlangt: ", required.German, ")."),
                string.Concat(starts.MissingEnglish, missing, " is missing (required: ", required.English, ").")));
        }

        LocalizedText start = result.Outcome switch
        {
            CriterionOutcome.Pass => starts.Met,
            CriterionOutcome.Fail => starts.NotMet,
            _ => starts.Undecided,
        };
        return new Explanation(actual, required, new LocalizedText(
            string.Concat(start.German, actual.German, "; verlangt: ", required.German, ")."),
            string.Concat(start.English, actual.English, "; required: ", required.English, ").")));
    }

    private MessageStarts? _starts;

    /// <summary>The beginnings of the messages, which depend only on the title: <c>Eigenanteil: erfüllt (</c>.</summary>
    private sealed class MessageStarts(LocalizedText title)
    {
        public LocalizedText Met { get; } = new(title.German + ": erfüllt (", title.English + ": met (");

        public LocalizedText NotMet { get; } = new(title.German + ": nicht erfüllt (", title.English + ": not met (");

        public LocalizedText Undecided { get; } = new(title.German + ": nicht entscheidbar (", title.English + ": cannot be decided (");

        public string MissingGerman { get; } = title.German + ": nicht entscheidbar, es fehlt ";

        public string MissingEnglish { get; } = title.English + ": cannot be decided, ";
    }

    /// <summary>
    /// The criterion's test as data for a version and fiscal year, or null where the criterion judges otherwise. A
    /// criterion that has one judges through it (<see cref="JudgeByTest"/>); the screening plan runs it over columns.
    /// </summary>
    /// <param name="version">The funding line version.</param>
    /// <param name="year">The fiscal year of the application.</param>
    /// <returns>The test, or null.</returns>
    internal virtual FactTest? MakeTest(FundingLineVersion version, FiscalYear year) => null;

    /// <summary>Whether <see cref="MakeTest"/> depends on the fiscal year as well as the version.</summary>
    private protected virtual bool TestDependsOnYear => false;

    /// <summary>The test for a version and year, kept for the last pair asked (swapped whole: safe across threads).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal FactTest? TestFor(FundingLineVersion version, FiscalYear year)
    {
        year = TestDependsOnYear ? year : default;
        return _test is { } cached && ReferenceEquals(cached.Version, version) && cached.Year == year ? cached.Test : MakeAndKeepTest(version, year);
    }

    private FactTest? MakeAndKeepTest(FundingLineVersion version, FiscalYear year)
    {
        FactTest? test = MakeTest(version, year);
        _test = new TestCache(version, year, test);
        return test;
    }

    private TestCache? _test;

    private sealed class TestCache(FundingLineVersion version, FiscalYear year, FactTest? test)
    {
        public FundingLineVersion Version { get; } = version;

        public FiscalYear Year { get; } = year;

        public FactTest? Test { get; } = test;
    }

    /// <summary>
    /// Judges by the criterion's <see cref="MakeTest"/>, whose tests read <paramref name="column"/>: a missing fact
    /// leaves it unknown. Inlined into each criterion's judge, where the column is a constant, so reading the fact is
    /// one field, not a switch.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private protected Verdict JudgeByTest(in EvaluationInput context, FactColumn column)
    {
        FactTest test = TestFor(context.Version, context.Application.FiscalYear)!;
        if (test.IsAlways)
        {
            return Decided(true);
        }

        long value = FactColumns.Read(column, in context);
        return value == FactColumns.Unknown && FactColumns.CanBeUnknown(column)
            ? Missing(context, FactColumns.FactName(column))
            : Decided(test.Passes(value));
    }

    /// <summary>The verdict for a missing fact.</summary>
    private protected static Verdict Missing(in EvaluationInput context, string fact) =>
        new(CriterionOutcome.Unknown, missing: context.NoteMissing(fact));

    /// <summary>A pass or fail verdict.</summary>
    private protected static Verdict Decided(bool pass, int detail = 0) =>
        new(pass ? CriterionOutcome.Pass : CriterionOutcome.Fail, detail);
}
