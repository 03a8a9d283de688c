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
/// <para>
/// The evaluator finds the outcome first, stopping at the criterion that settles it. <see cref="Results"/>,
/// <see cref="Failures"/>, the <see cref="Message"/> of an eligible or not eligible decision and its
/// <see cref="MissingFacts"/> are worked out the first time they are read, by evaluating the same immutable application
/// against the same version, date and rules again: they are the same whenever and on whichever thread they are read, and
/// a caller that only needs the outcome (a screening of many applications) does not pay for them.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class EligibilityDecision
{
    /// <summary>A decision made without evaluating the rules (no line, no version, no rules, an ill-formed application).</summary>
    internal EligibilityDecision(Application application, LocalDate asOf, EligibilityOutcome outcome, string code, LocalizedText message,
        FundingLineVersion? version, RuleSet? rules, ImmutableArray<CriterionResult> results, ImmutableArray<string> missingFacts,
        ImmutableArray<ApplicationFinding> findings = default)
        : this(application, asOf, outcome, version, rules, origin: null)
    {
        _details = new Details(code)
        {
            Message = DeferredText.Of(message),
            Results = ImmutableCollectionsMarshal.AsArray(results) ?? [],
            MissingFacts = ImmutableCollectionsMarshal.AsArray(missingFacts) ?? [],
            Findings = findings.IsDefault ? [] : findings,
        };
    }

    /// <summary>
    /// A decision on evaluated rules; its code follows from the outcome (<see cref="EligibilityCodes.Eligible"/>,
    /// <see cref="EligibilityCodes.NotEligible"/>, <see cref="EligibilityCodes.Undetermined"/>). Only the outcome is
    /// kept, and the message of an undetermined decision with its missing facts: the missing facts of an eligible or
    /// not eligible decision and the <see cref="Results"/> of every decision are found when first asked for, by
    /// evaluating the rules again against the same immutable application, version, date, territory and first recipient
    /// (the criteria are pure, so every pass gives the same verdicts); the message of an eligible or not eligible
    /// decision is formatted when first asked for.
    /// </summary>
    internal EligibilityDecision(Application application, LocalDate asOf, EligibilityOutcome outcome,
        FundingLineVersion version, RuleSet rules, Territory territory, Applicant? firstRecipient,
        LocalizedText? message = null, ImmutableArray<string> missingFacts = default)
        : this(application, asOf, outcome, version, rules, firstRecipient is null ? territory : new Origin(territory, firstRecipient))
    {
        if (message is { } text)
        {
            _details = new Details(CodeOf(outcome)) { Message = DeferredText.Of(text), MissingFacts = ImmutableCollectionsMarshal.AsArray(missingFacts) };
        }
    }

    private EligibilityDecision(Application application, LocalDate asOf, EligibilityOutcome outcome, FundingLineVersion? version, RuleSet? rules, object? origin)
    {
        Application = application;
        Version = version;
        Rules = rules;
        _origin = origin;
        AsOf = asOf;
        Outcome = outcome;
    }

    // Five references and eight bytes, so that a decision is a 64-byte object: the explained evaluation makes one per
    // application, and its cost follows its size (issue 16). What is rare or made on demand lives in Details.

    /// <summary>
    /// What an evaluation was made on besides the application, version and date: the <see cref="Territory"/>, or an
    /// <see cref="Origin"/> for a final recipient's request; null for a decision made without evaluating the rules.
    /// </summary>
    private readonly object? _origin;

    /// <summary>The code, message, results, missing facts and findings, when given or once asked for.</summary>
    private Details? _details;

    /// <summary>The details, made on first need; a race publishes one of them.</summary>
    private Details Lazy => _details ?? Interlocked.CompareExchange(ref _details, new Details(CodeOf(Outcome)), null) ?? _details!;

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
    public string Code => _details?.Code ?? CodeOf(Outcome);

    /// <summary>The decision as a sentence in German and English (formatted when first asked for).</summary>
    public LocalizedText Message
    {
        get
        {
            Details details = Lazy;
            return (details.Message ??= DeferredText.Of(EligibilityEvaluator.MessageOf(this))).Text;
        }
    }

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
    public ImmutableArray<CriterionResult> Results => ImmutableCollectionsMarshal.AsImmutableArray(Lazy.Results ?? MakeResults());

    /// <summary>The facts that were missing, named as in the application file (<c>applicant.seat</c>); empty when none.</summary>
    public ImmutableArray<string> MissingFacts
    {
        get
        {
            Details details = Lazy;
            return ImmutableCollectionsMarshal.AsImmutableArray(details.MissingFacts ??= FindMissingFacts());
        }
    }

    /// <summary>
    /// The findings of the <see cref="ApplicationValidator"/> (<c>KI-APP-...</c>) when the application is not well formed
    /// (a negative amount, a start after the end of the delivery period); then the decision is
    /// <see cref="EligibilityCodes.ApplicationInvalid"/> and never eligible. Empty for a well-formed application.
    /// </summary>
    public ImmutableArray<ApplicationFinding> Findings => _details?.Findings ?? [];

    /// <summary>Every simple criterion that failed, also inside all/any/not, depth first.</summary>
    public IEnumerable<CriterionResult> Failures =>
        Results.SelectMany(r => r.Flatten()).Where(r => r.Children.IsEmpty && r.Outcome == CriterionOutcome.Fail);

    /// <summary>The missing facts of an evaluated decision that did not name them, found by asking every criterion again.</summary>
    private string[] FindMissingFacts() => ImmutableCollectionsMarshal.AsArray(EligibilityEvaluator.MissingFacts(Rules!, NewContext()))!;

    /// <summary>
    /// The result objects of the top-level criteria, made once by recording the rules again in a context of their own
    /// (the results keep it); a race publishes one of them. The recording pass asks every criterion, so it also gives
    /// the missing facts when they were not found yet.
    /// </summary>
    private CriterionResult[] MakeResults()
    {
        Details details = Lazy;
        EvaluationContext context = NewContext();
        var verdicts = new Verdict[Rules!.Root.Size];
        Rules.Root.Record(context, verdicts);
        details.MissingFacts ??= ImmutableCollectionsMarshal.AsArray(EligibilityEvaluator.NotedMissingFacts(context));
        CriterionResult[] made = ImmutableCollectionsMarshal.AsArray(Rules.Root.PartResults(context, verdicts))!;
        return Interlocked.CompareExchange(ref details.Results, made, null) ?? made;
    }

    /// <summary>A new context, noting missing facts, for a pass over the rules this decision was made on.</summary>
    private EvaluationContext NewContext() => _origin is Origin origin
        ? new(Application, Version!, AsOf, origin.Territory, origin.FirstRecipient)
        : new(Application, Version!, AsOf, (Territory?)_origin);

    /// <summary>The code of a decision on evaluated rules, which follows from its outcome.</summary>
    private static string CodeOf(EligibilityOutcome outcome) => outcome switch
    {
        EligibilityOutcome.Eligible => EligibilityCodes.Eligible,
        EligibilityOutcome.NotEligible => EligibilityCodes.NotEligible,
        _ => EligibilityCodes.Undetermined,
    };

    /// <summary>The territory and the first recipient of a final recipient's request.</summary>
    private sealed class Origin(Territory territory, Applicant firstRecipient)
    {
        public Territory Territory { get; } = territory;

        public Applicant FirstRecipient { get; } = firstRecipient;
    }

    /// <summary>
    /// The parts of a decision that are rare (a code the outcome does not imply, the validator's findings) or made when
    /// first read (message, results, missing facts). The lazy fields are written at most once with equal values, so a
    /// race is harmless.
    /// </summary>
    private sealed class Details(string code)
    {
        public string Code { get; } = code;

        public DeferredText? Message;

        public CriterionResult[]? Results;

        public string[]? MissingFacts;

        public ImmutableArray<ApplicationFinding> Findings { get; init; } = [];
    }

    /// <summary>Returns the application, the code and the as-of date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ApplicationId}: {Code} on {FactTexts.DateEn(AsOf)}";
}
