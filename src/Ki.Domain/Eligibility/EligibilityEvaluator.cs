using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Prüft die Förderfähigkeit: evaluates an application against the rules of the funding line version in force on a
/// date and returns a decision that explains itself.
/// </summary>
/// <remarks>
/// <para>
/// The version is the one of the application's line in force on the as-of date (<see cref="FundingLine.FindVersion"/>).
/// A line the catalogue does not have, a line not in force, and a version without rules are answers with their own
/// codes (<see cref="EligibilityCodes.LineUnknown"/>, <see cref="EligibilityCodes.LineNotInForce"/>,
/// <see cref="EligibilityCodes.NoRules"/>), not exceptions.
/// </para>
/// <para>
/// An application the <see cref="ApplicationValidator"/> rejects (a negative amount, a start after the end of the
/// delivery period) is decided <see cref="EligibilityCodes.ApplicationInvalid"/> with the validator's findings in
/// <see cref="EligibilityDecision.Findings"/>; it is never eligible.
/// </para>
/// <para>
/// Logic is three-valued: a criterion whose fact is missing is unknown; the decision is not eligible if any criterion
/// fails, undetermined if none fails but one is unknown, and eligible otherwise. Immutable; safe to share across threads.
/// </para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using Ki.Domain.Applications;
/// using Ki.Domain.Eligibility;
/// using Ki.Domain.Money;
/// using Ki.Domain.Places;
/// using Ki.Domain.Programmes;
/// using NodaTime;
///
/// var applicant = new Applicant("Caritas Soest", ApplicantKind.WelfareAssociation)
/// {
///     IsNonProfit = true,
///     Seat = MunicipalityKey.ParseNrw("05974040"),
/// };
/// var application = new Application("III-020", applicant, "komm-an-3", FiscalYear.Of(2020), Euro.FromEuros(9_000))
/// {
///     EligibleCosts = Euro.FromEuros(10_000),
///     OwnContribution = Euro.FromEuros(1_000),
///     PlannedStart = new LocalDate(2020, 3, 1),
///     DeliveryPeriod = new DateInterval(new LocalDate(2020, 3, 1), new LocalDate(2020, 12, 31)),
/// };
///
/// EligibilityDecision decision = EligibilityEvaluator.Default.Evaluate(application, new LocalDate(2020, 2, 1));
/// Console.WriteLine(decision.Code);   // KI-ELIG-ELIGIBLE
/// ]]></code>
/// </example>
public sealed class EligibilityEvaluator
{
    private static readonly Lazy<EligibilityEvaluator> Embedded = new(() => new EligibilityEvaluator(ProgrammeCatalogue.Default, RuleBook.Default));

    /// <summary>Creates an evaluator.</summary>
    /// <param name="catalogue">The catalogue of funding lines.</param>
    /// <param name="rules">The rules per funding line version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="rules"/> is null.</exception>
    public EligibilityEvaluator(ProgrammeCatalogue catalogue, RuleBook rules)
        : this(catalogue, rules, Gazetteer.Default)
    {
    }

    /// <summary>Creates an evaluator that asks a host's own gazetteer about territorial applicants.</summary>
    /// <param name="catalogue">The catalogue of funding lines.</param>
    /// <param name="rules">The rules per funding line version.</param>
    /// <param name="gazetteer">The gazetteer that decides the kind of a territorial applicant and whether it runs a KI.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/>, <paramref name="rules"/> or <paramref name="gazetteer"/> is null.</exception>
    public EligibilityEvaluator(ProgrammeCatalogue catalogue, RuleBook rules, Gazetteer gazetteer)
    {
        Gazetteer = Preconditions.CheckNotNull(gazetteer);
        Catalogue = Preconditions.CheckNotNull(catalogue);
        Rules = Preconditions.CheckNotNull(rules);
        _lines = [];
        foreach (FundingLine line in catalogue.Lines)
        {
            _lines.TryAdd(line.Id, line);
        }
    }

    private readonly Dictionary<string, FundingLine> _lines;
    private readonly Applicant? _firstRecipient;
    private Resolution? _last;

    /// <summary>An evaluator that decides every application as a final recipient's request to one first recipient.</summary>
    private EligibilityEvaluator(EligibilityEvaluator evaluator, Applicant firstRecipient)
    {
        Catalogue = evaluator.Catalogue;
        Rules = evaluator.Rules;
        Gazetteer = evaluator.Gazetteer;
        _lines = evaluator._lines;
        _firstRecipient = firstRecipient;
    }

    /// <summary>The evaluator of the embedded catalogue with the embedded default rules.</summary>
    public static EligibilityEvaluator Default => Embedded.Value;

    /// <summary>The catalogue of funding lines.</summary>
    public ProgrammeCatalogue Catalogue { get; }

    /// <summary>The rules per funding line version.</summary>
    public RuleBook Rules { get; }

    /// <summary>The gazetteer that decides the kind of a territorial applicant and whether it runs a KI.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Evaluates an application under the version of its line in force on a date.</summary>
    /// <param name="application">The application.</param>
    /// <param name="asOf">The date of the decision; it stands for the approval date.</param>
    /// <returns>The decision with every criterion's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    /// <exception cref="ArgumentException">The version in force breaks its own rules (an approval period that ends before it starts).</exception>
    public EligibilityDecision Evaluate(Application application, LocalDate asOf)
    {
        Preconditions.CheckNotNull(application);
        return Evaluate(application, asOf, _firstRecipient);
    }

    /// <summary>This evaluator deciding every application as a final recipient's request to <paramref name="firstRecipient"/>.</summary>
    internal EligibilityEvaluator ForFinalRecipientsOf(Applicant firstRecipient) => new(this, firstRecipient);

    /// <summary>
    /// Evaluates a final recipient's request (Letztempfänger) under the final-recipient rules of its line's version in
    /// force on a date, as part of a first recipient's pass-through (Weiterleitung, Nr. 12 VVG).
    /// </summary>
    /// <param name="request">The final recipient's request, for the first recipient's line.</param>
    /// <param name="firstRecipient">The first recipient (Erstempfänger) that passes its award on; criteria such as the
    /// seat inside its area look at it.</param>
    /// <param name="asOf">The date of the decision.</param>
    /// <returns>The decision with every criterion's answer; <see cref="EligibilityCodes.NoRules"/> when the line has no
    /// rules for final recipients.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="firstRecipient"/> is null.</exception>
    /// <exception cref="ArgumentException">The version in force breaks its own rules.</exception>
    public EligibilityDecision EvaluateFinalRecipient(Application request, Applicant firstRecipient, LocalDate asOf)
    {
        Preconditions.CheckNotNull(request);
        Preconditions.CheckNotNull(firstRecipient);
        return Evaluate(request, asOf, firstRecipient);
    }

    private EligibilityDecision Evaluate(Application application, LocalDate asOf, Applicant? firstRecipient)
    {
        RecipientRole role = firstRecipient is null ? RecipientRole.FirstRecipient : RecipientRole.FinalRecipient;
        Resolution found = Resolve(application.LineId, asOf, role);
        if (!ApplicationValidator.IsWellFormed(application))
        {
            return Invalid(application, asOf, found.Version, found.Rules);
        }

        if (found.Line is not { } line)
        {
            return Without(application, asOf, EligibilityOutcome.NotEligible, EligibilityCodes.LineUnknown, null, new LocalizedText(
                $"Die Förderlinie {application.LineId} ist im Katalog nicht enthalten.",
                $"The funding line {application.LineId} is not in the catalogue."));
        }

        if (found.Version is not { } version)
        {
            return Without(application, asOf, EligibilityOutcome.NotEligible, EligibilityCodes.LineNotInForce, null, line.FindVersion(asOf).Message);
        }

        if (found.Rules is not { } rules)
        {
            string whoDe = role == RecipientRole.FinalRecipient ? " für Letztempfänger" : string.Empty;
            string whoEn = role == RecipientRole.FinalRecipient ? " for final recipients" : string.Empty;
            return Without(application, asOf, EligibilityOutcome.Undetermined, EligibilityCodes.NoRules, version, new LocalizedText(
                $"Für die Fassung der Förderlinie {line.Id} ab {FactTexts.DateDe(version.Validity.Start)} sind keine Förderkriterien{whoDe} hinterlegt.",
                $"There are no eligibility rules{whoEn} for the version of funding line {line.Id} from {FactTexts.DateEn(version.Validity.Start)}."));
        }

        return Evaluate(application, version, rules, asOf, Gazetteer, firstRecipient, wellFormed: true);
    }

    /// <summary>
    /// The line, the version in force and its rules for a line, date and role: the last answer again when asked for the
    /// same (a round asks for one line and date ten thousand times), else looked up and kept. The catalogue and the
    /// rules never change, so a kept answer stays right; it is replaced whole, so any thread may read it.
    /// </summary>
    private Resolution Resolve(string lineId, LocalDate asOf, RecipientRole role)
    {
        if (_last is { } last && last.AsOf == asOf && last.Role == role && string.Equals(last.LineId, lineId, StringComparison.Ordinal))
        {
            return last;
        }

        FundingLine? line = _lines.GetValueOrDefault(lineId);
        FundingLineVersion? version = line is null ? null : InForce(line, asOf);
        var found = new Resolution(lineId, asOf, role, line, version, version is null ? null : Rules.Find(line!.Id, version, role));
        _last = found;
        return found;
    }

    /// <summary>Evaluates an application against given rules and a given version, whatever its validity.</summary>
    /// <param name="application">The application.</param>
    /// <param name="version">The funding line version whose figures the rules use.</param>
    /// <param name="rules">The rules of that version.</param>
    /// <param name="asOf">The date of the decision; it stands for the approval date.</param>
    /// <returns>The decision with every criterion's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/>, <paramref name="version"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The rules are for another line than the application's or another version,
    /// or the version breaks its own rules.</exception>
    public static EligibilityDecision Evaluate(Application application, FundingLineVersion version, RuleSet rules, LocalDate asOf) =>
        Evaluate(application, version, rules, asOf, Gazetteer.Default, null, wellFormed: false);

    /// <summary>Evaluates an application against given rules, a given version and a host's own gazetteer, whatever the version's validity.</summary>
    /// <param name="application">The application.</param>
    /// <param name="version">The funding line version whose figures the rules use.</param>
    /// <param name="rules">The rules of that version.</param>
    /// <param name="asOf">The date of the decision; it stands for the approval date.</param>
    /// <param name="gazetteer">The gazetteer that decides the kind of a territorial applicant and whether it runs a KI.</param>
    /// <returns>The decision with every criterion's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/>, <paramref name="version"/>, <paramref name="rules"/> or <paramref name="gazetteer"/> is null.</exception>
    /// <exception cref="ArgumentException">The rules are for another line than the application's or another version,
    /// or the version breaks its own rules.</exception>
    public static EligibilityDecision Evaluate(Application application, FundingLineVersion version, RuleSet rules, LocalDate asOf, Gazetteer gazetteer) =>
        Evaluate(application, version, rules, asOf, gazetteer, null, wellFormed: false);

    private static EligibilityDecision Evaluate(Application application, FundingLineVersion version, RuleSet rules, LocalDate asOf, Gazetteer gazetteer, Applicant? firstRecipient, bool wellFormed)
    {
        Preconditions.CheckNotNull(gazetteer);
        Preconditions.CheckNotNull(application);
        Preconditions.CheckNotNull(version);
        Preconditions.CheckNotNull(rules);
        if (!rules.IsFor(application.LineId, version))
        {
            throw OtherRules(application, version, rules); // formatted apart, so that the evaluation's frame stays small
        }

        if (!wellFormed && !ApplicationValidator.IsWellFormed(application))
        {
            return Invalid(application, asOf, version, rules);
        }

        Territory territory = Territory.Of(application.Applicant, gazetteer);
        if (territory.Contradiction is not null)
        {
            return Contradicted(application, asOf, version, rules, territory);
        }

        // The outcome alone, as screening finds it (stopping at the part that settles it); the decision finds its
        // missing facts and results from further passes when they are asked for. Only an undetermined decision, whose
        // message names the missing facts, asks every criterion here.
        var input = new EvaluationInput(application, version, asOf, territory, firstRecipient, noting: null);
        CriterionOutcome outcome = rules.Root.Decide(in input);
        return (outcome, territory.KeyMissing) switch
        {
            (CriterionOutcome.Pass, false) => new EligibilityDecision(application, asOf, EligibilityOutcome.Eligible, version, rules, territory, firstRecipient),
            (CriterionOutcome.Fail, _) => new EligibilityDecision(application, asOf, EligibilityOutcome.NotEligible, version, rules, territory, firstRecipient),
            _ => Undetermined(application, asOf, version, rules, territory, firstRecipient,
                MissingFacts(rules, new EvaluationContext(application, version, asOf, territory, firstRecipient)),
                keyOnly: outcome == CriterionOutcome.Pass),
        };
    }

    /// <summary>
    /// The facts an evaluation misses, in the order the criteria ask for them (every criterion is asked), and last the
    /// official key of a territorial applicant that has none.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="context">A context that notes missing facts and has noted none yet.</param>
    /// <returns>The missing facts.</returns>
    internal static ImmutableArray<string> MissingFacts(RuleSet rules, EvaluationContext context)
    {
        rules.Root.Judge(in context.Input);
        return NotedMissingFacts(context);
    }

    /// <summary>
    /// The facts a pass that asked every criterion noted as missing, and last the official key of a territorial
    /// applicant that has none.
    /// </summary>
    /// <param name="context">The context of a pass that noted missing facts and asked every criterion.</param>
    /// <returns>The missing facts.</returns>
    internal static ImmutableArray<string> NotedMissingFacts(EvaluationContext context)
    {
        ImmutableArray<string> missing = context.MissingFacts;
        return context.Territory.KeyMissing ? [.. missing, FactNames.OfficialKey] : missing;
    }

    /// <summary>The decision for an applicant that contradicts the gazetteer: never eligible.</summary>
    private static EligibilityDecision Contradicted(Application application, LocalDate asOf, FundingLineVersion version, RuleSet rules, Territory territory)
    {
        LocalizedText contradiction = territory.Contradiction!.Value;
        return new EligibilityDecision(application, asOf, EligibilityOutcome.NotEligible, territory.ContradictionCode!, new LocalizedText(
            $"Der Antrag {application.Id} ist nicht förderfähig: {contradiction.German}",
            $"Application {application.Id} is not eligible: {contradiction.English}"), version, rules, [], []);
    }

    /// <summary>
    /// The decision that cannot be made for missing facts, with its message; <paramref name="keyOnly"/> when the rules
    /// pass and only the official key of a territorial applicant is missing.
    /// </summary>
    private static EligibilityDecision Undetermined(Application application, LocalDate asOf, FundingLineVersion version, RuleSet rules,
        Territory territory, Applicant? firstRecipient, ImmutableArray<string> missing, bool keyOnly)
    {
        LocalizedText message = keyOnly
            ? new LocalizedText(
                $"Über den Antrag {application.Id} kann nicht entschieden werden; es fehlen: {string.Join(", ", missing)} (der amtliche Schlüssel des Kreises, der Stadt oder der Gemeinde, nicht der Sitz).",
                $"Application {application.Id} cannot be decided; missing: {string.Join(", ", missing)} (the official key of the Kreis, city or Gemeinde, not its seat).")
            : new LocalizedText(
                $"Über den Antrag {application.Id} kann nicht entschieden werden; es fehlen: {string.Join(", ", missing)}.",
                $"Application {application.Id} cannot be decided; missing: {string.Join(", ", missing)}.");
        return new(application, asOf, EligibilityOutcome.Undetermined, version, rules, territory, firstRecipient, message, missing);
    }

    /// <summary>The error for rules that belong to another funding line or version than the application's.</summary>
    private static ArgumentException OtherRules(Application application, FundingLineVersion version, RuleSet rules) => new(
        $"The rules are for {rules.LineId} {(rules.VersionStart is { } start ? "from " + FactTexts.DateEn(start) : "(all versions)")}, but the application is for {application.LineId} and the version starts {FactTexts.DateEn(version.Validity.Start)}.",
        nameof(rules));

    /// <summary>The one version in force on a date, or null for none or several (the lookup then explains).</summary>
    private static FundingLineVersion? InForce(FundingLine line, LocalDate date)
    {
        FundingLineVersion? found = null;
        foreach (FundingLineVersion version in line.Versions)
        {
            if (version.Validity.Contains(date))
            {
                if (found is not null)
                {
                    return null;
                }

                found = version;
            }
        }

        return found;
    }

    /// <summary>The message of an eligible or not eligible decision, formatted when the decision is first asked for it.</summary>
    internal static LocalizedText MessageOf(EligibilityDecision decision)
    {
        string id = decision.ApplicationId;
        ImmutableArray<CriterionResult> results = decision.Results;
        if (decision.Outcome == EligibilityOutcome.Eligible)
        {
            string count = results.Length.ToString(CultureInfo.InvariantCulture);
            return new LocalizedText(
                string.Concat("Der Antrag ", id, " ist förderfähig: alle ", count, " Kriterien sind erfüllt."),
                string.Concat("Application ", id, " is eligible: all ", count, " criteria are met."));
        }

        var failed = new List<string>(results.Length);
        foreach (CriterionResult result in results)
        {
            if (result.Outcome == CriterionOutcome.Fail)
            {
                failed.Add(result.Code);
            }
        }

        string codes = string.Join(", ", failed);
        return new LocalizedText(
            string.Concat("Der Antrag ", id, " ist nicht förderfähig: nicht erfüllt sind ", codes, "."),
            string.Concat("Application ", id, " is not eligible: not met are ", codes, "."));
    }

    /// <summary>The decision on an application the validator rejects: not eligible, with its findings.</summary>
    private static EligibilityDecision Invalid(Application application, LocalDate asOf, FundingLineVersion? version, RuleSet? rules)
    {
        ImmutableArray<ApplicationFinding> findings = ApplicationValidator.Check(application);
        string german = string.Join(" ", findings.Select(f => $"{f.Code}: {f.Message.German}"));
        string english = string.Join(" ", findings.Select(f => $"{f.Code}: {f.Message.English}"));
        return new EligibilityDecision(application, asOf, EligibilityOutcome.NotEligible, EligibilityCodes.ApplicationInvalid, new LocalizedText(
            $"Der Antrag {application.Id} ist nicht förderfähig, weil er fehlerhaft ist: {german}",
            $"Application {application.Id} is not eligible because it is not well formed: {english}"), version, rules, [], [], findings);
    }

    private static EligibilityDecision Without(Application application, LocalDate asOf, EligibilityOutcome outcome, string code,
        FundingLineVersion? version, LocalizedText message) =>
        new(application, asOf, outcome, code, message, version, null, [], []);

    /// <summary>What <see cref="Resolve"/> found for a line, date and role.</summary>
    private sealed class Resolution(string lineId, LocalDate asOf, RecipientRole role, FundingLine? line, FundingLineVersion? version, RuleSet? rules)
    {
        public string LineId { get; } = lineId;

        public LocalDate AsOf { get; } = asOf;

        public RecipientRole Role { get; } = role;

        public FundingLine? Line { get; } = line;

        public FundingLineVersion? Version { get; } = version;

        public RuleSet? Rules { get; } = rules;
    }
}
