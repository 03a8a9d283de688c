using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Förderentscheidung (eligibility part): whether an application is eligible on a date, every criterion with its
/// answer, and what the decision was made on (funding line version, rules hash, library version, as-of date) so it can
/// be re-run and compared later.
/// </summary>
/// <remarks>
/// <para>
/// Not eligible and undetermined are expected outcomes, not errors. <see cref="Results"/> holds every top-level
/// criterion with pass, fail or unknown, its actual and required values, its code, German and English message and its
/// legal reference; no evaluation stops early, so every failing criterion is listed.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class EligibilityDecision
{
    /// <summary>A decision made without evaluating the rules (no line, no version, no rules, an ill-formed application).</summary>
    internal EligibilityDecision(Application application, LocalDate asOf, EligibilityOutcome outcome, string code, LocalizedText message,
        FundingLineVersion? version, RuleSet? rules, ImmutableArray<CriterionResult> results, ImmutableArray<string> missingFacts,
        ImmutableArray<ApplicationFinding> findings = default)
        : this(application, asOf, outcome, code, version, rules, missingFacts, findings)
    {
        _message = DeferredText.Of(message);
        _results = ImmutableCollectionsMarshal.AsArray(results) ?? [];
    }

    /// <summary>
    /// A decision on evaluated rules: the verdict of every node of the rule tree (<see cref="Criterion.Record"/>), from
    /// which <see cref="Results"/> are made when first asked for; <paramref name="message"/> null for a message
    /// formatted when first asked for (eligible, not eligible).
    /// </summary>
    internal EligibilityDecision(Application application, LocalDate asOf, EligibilityOutcome outcome, string code, LocalizedText? message,
        FundingLineVersion version, RuleSet rules, EvaluationContext context, Verdict[] verdicts, ImmutableArray<string> missingFacts)
        : this(application, asOf, outcome, code, version, rules, missingFacts, default)
    {
        _message = message is { } text ? DeferredText.Of(text) : null;
        _context = context;
        _verdicts = verdicts;
    }

    private EligibilityDecision(Application application, LocalDate asOf, EligibilityOutcome outcome, string code,
        FundingLineVersion? version, RuleSet? rules, ImmutableArray<string> missingFacts, ImmutableArray<ApplicationFinding> findings)
    {
        Findings = findings.IsDefault ? [] : findings;
        Application = application;
        AsOf = asOf;
        Outcome = outcome;
        Code = code;
        Version = version;
        Rules = rules;
        MissingFacts = missingFacts;
    }

    private readonly EvaluationContext? _context;
    private readonly Verdict[]? _verdicts;
    private CriterionResult[]? _results;
    private DeferredText? _message;

    /// <summary>The application decided on.</summary>
    public Application Application { get; }

    /// <summary>The application's identifier.</summary>
    public string ApplicationId => Application.Id;

    /// <summary>The funding line applied to.</summary>
    public string LineId => Application.LineId;

    /// <summary>Stichtag: the date whose rules were applied; it stands for the approval date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Eligible, not eligible, or undetermined.</summary>
    public EligibilityOutcome Outcome { get; }

    /// <summary>Whether the application is eligible.</summary>
    public bool IsEligible => Outcome == EligibilityOutcome.Eligible;

    /// <summary>The stable code of the decision, one of <see cref="EligibilityCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The decision as a sentence in German and English (formatted when first asked for).</summary>
    public LocalizedText Message => (_message ??= DeferredText.Of(EligibilityEvaluator.MessageOf(this))).Text;

    /// <summary>The funding line version applied, or <see langword="null"/> when none was in force.</summary>
    public FundingLineVersion? Version { get; }

    /// <summary>The rules applied, or <see langword="null"/> when there were none.</summary>
    public RuleSet? Rules { get; }

    /// <summary>The SHA-256 of the rules applied (<see cref="RuleSet.Hash"/>), or <see langword="null"/> without rules.</summary>
    public string? RulesHash => Rules?.Hash;

    /// <summary>The version of Ki.Domain that made the decision.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the decision's record, read from the instance; kept on the instance for callers and serializers.")]
    public string LibraryVersion => LibraryInfo.Version;

    /// <summary>Every top-level criterion with its answer, in the order of the rules.</summary>
    public ImmutableArray<CriterionResult> Results => ImmutableCollectionsMarshal.AsImmutableArray(_results ?? MakeResults());

    /// <summary>The facts that were missing, named as in the application file (<c>applicant.seat</c>); empty when none.</summary>
    public ImmutableArray<string> MissingFacts { get; }

    /// <summary>
    /// The findings of the <see cref="ApplicationValidator"/> (<c>KI-APP-...</c>) when the application is not well formed
    /// (a negative amount, a start after the end of the delivery period); then the decision is
    /// <see cref="EligibilityCodes.ApplicationInvalid"/> and never eligible. Empty for a well-formed application.
    /// </summary>
    public ImmutableArray<ApplicationFinding> Findings { get; }

    /// <summary>Every simple criterion that failed, also inside all/any/not, depth first.</summary>
    public IEnumerable<CriterionResult> Failures =>
        Results.SelectMany(r => r.Flatten()).Where(r => r.Children.IsEmpty && r.Outcome == CriterionOutcome.Fail);

    /// <summary>The result objects of the top-level criteria, made once from the verdicts; a race publishes one of them.</summary>
    private CriterionResult[] MakeResults()
    {
        CriterionResult[] made = ImmutableCollectionsMarshal.AsArray(Rules!.Root.PartResults(_context!, _verdicts))!;
        return Interlocked.CompareExchange(ref _results, made, null) ?? made;
    }

    /// <summary>Returns the application, the code and the as-of date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ApplicationId}: {Code} on {FactTexts.DateEn(AsOf)}";
}
