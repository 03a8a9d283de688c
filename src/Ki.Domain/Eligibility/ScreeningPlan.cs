using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// A screening plan: rules bound to their funding line version, a decision date and a fiscal year, for deciding many
/// applications quickly. It gives the same outcome as <see cref="EligibilityEvaluator"/>, without the explanation.
/// </summary>
/// <remarks>
/// <para>
/// Screening runs the same criterion objects as the evaluator, asking each only for its outcome: all, any and not
/// combine their parts' outcomes without building results or texts. The criteria that test one fact (applicant kind,
/// grant range, deadline, seat, non-profit status, running a KI) hold that test as data and judge through it; a batch
/// runs the same tests over many applications at once. There is no second definition of a rule, so the two cannot
/// disagree. Use <see cref="EligibilityEvaluator"/> for the decision of record; use a plan to sort thousands of
/// applications first.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed partial class ScreeningPlan
{
    private readonly FundingLineVersion _version;
    private readonly LocalDate _asOf;
    private readonly Gazetteer _gazetteer;

    private ScreeningPlan(RuleSet rules, FundingLineVersion version, LocalDate asOf, FiscalYear year, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        Rules = rules;
        _version = version;
        _asOf = asOf;
        Year = year;
        _program = BatchProgram.Of(rules.Root, version, year);
    }

    /// <summary>The fiscal year whose applications the plan screens.</summary>
    public FiscalYear Year { get; }

    /// <summary>The rules the plan applies.</summary>
    public RuleSet Rules { get; }

    /// <summary>Binds rules to their version, a decision date and the fiscal year of the applications.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="version">The funding line version the rules belong to.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <param name="year">The fiscal year of the applications.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException">The version's first day is not the rules' version start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A deadline rule's deadline day for <paramref name="year"/> lies outside
    /// the years 1 to 9999 (a deadline in the year before fiscal year 1).</exception>
    public static ScreeningPlan Compile(RuleSet rules, FundingLineVersion version, LocalDate asOf, FiscalYear year) =>
        Compile(rules, version, asOf, year, Gazetteer.Default);

    /// <summary>
    /// Binds rules to their version, a decision date, the fiscal year of the applications and a host's own gazetteer,
    /// which decides the kind of a territorial applicant and whether it runs a KI.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="version">The funding line version the rules belong to.</param>
    /// <param name="asOf">The date of the decisions.</param>
    /// <param name="year">The fiscal year of the applications.</param>
    /// <param name="gazetteer">The gazetteer, as given to <see cref="EligibilityEvaluator"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/>, <paramref name="version"/> or <paramref name="gazetteer"/> is null.</exception>
    /// <exception cref="ArgumentException">The version's first day is not the rules' version start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A deadline rule's deadline day for <paramref name="year"/> lies outside
    /// the years 1 to 9999 (a deadline in the year before fiscal year 1).</exception>
    public static ScreeningPlan Compile(RuleSet rules, FundingLineVersion version, LocalDate asOf, FiscalYear year, Gazetteer gazetteer)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(version);
        Preconditions.CheckNotNull(gazetteer);
        Preconditions.CheckArgument(rules.IsFor(rules.LineId, version), nameof(version), "The version is not the one the rules belong to.");
        return new ScreeningPlan(rules, version, asOf, year, gazetteer);
    }

    /// <summary>Screens one application.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The outcome, the same as the evaluator's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    /// <exception cref="ArgumentException">The application is for another funding line or fiscal year than the plan's,
    /// or the version breaks its own rules.</exception>
    public EligibilityOutcome Screen(Application application)
    {
        Preconditions.CheckNotNull(application);
        return ScreenOne(application);
    }

    /// <summary>Screens one application that is not null.</summary>
    private EligibilityOutcome ScreenOne(Application application)
    {
        if (application.FiscalYear != Year || !string.Equals(application.LineId, Rules.LineId, StringComparison.Ordinal))
        {
            RefuseOtherYearOrLine(application, nameof(application), string.Empty); // the messages' formatting stays out of the screening loop
        }

        if (!ApplicationValidator.IsWellFormed(application))
        {
            // As the evaluator: an application the validator rejects is never eligible.
            return EligibilityOutcome.NotEligible;
        }

        Territory territory = Territory.Of(application.Applicant, _gazetteer);
        if (territory.Contradiction is not null)
        {
            // As the evaluator: an applicant that contradicts the gazetteer is never eligible.
            return EligibilityOutcome.NotEligible;
        }

        var input = new EvaluationInput(application, _version, _asOf, territory, null, noting: null);
        return Rules.Root.Decide(in input) switch
        {
            CriterionOutcome.Pass when territory.KeyMissing => EligibilityOutcome.Undetermined,
            CriterionOutcome.Pass => EligibilityOutcome.Eligible,
            CriterionOutcome.Fail => EligibilityOutcome.NotEligible,
            _ => EligibilityOutcome.Undetermined,
        };
    }

    /// <summary>
    /// Throws the error for an application of another fiscal year or funding line than the plan's, naming
    /// <paramref name="parameter"/> and starting with <paramref name="where"/> (empty for one application).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void RefuseOtherYearOrLine(Application application, string parameter, string where)
    {
        Preconditions.CheckArgument(application.FiscalYear == Year, parameter, $"{where}The plan screens fiscal year {Year}, but the application is for {application.FiscalYear}.");
        Preconditions.CheckArgument(false, parameter, $"{where}The plan screens funding line {Rules.LineId}, but the application is for {application.LineId}.");
    }

    /// <summary>Screens many applications.</summary>
    /// <param name="applications">The applications.</param>
    /// <param name="outcomes">Receives one outcome per application; at least as long as <paramref name="applications"/>.</param>
    /// <exception cref="ArgumentNullException">An application is null; the message gives its index.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcomes"/> is too short, or an application is for another
    /// funding line or fiscal year than the plan's; the message gives its id and index.</exception>
    /// <remarks>
    /// <para>
    /// When an application is null or for another line or year, the outcomes of the applications before it are
    /// written (as if they had been screened one by one, in order) and the rest are left as they were.
    /// </para>
    /// <para>
    /// The applications are screened in chunks: each fact the rules test is read once per application into a column,
    /// each criterion's test runs over the column four values at a time, and all, any and not combine the results 64
    /// applications at a time. The outcomes are the same as <see cref="Screen(Application)"/> gives one by one.
    /// </para>
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit] // the scratch space is written before it is read: not cleared per call
    public void Screen(ReadOnlySpan<Application> applications, Span<EligibilityOutcome> outcomes)
    {
        Preconditions.CheckArgument(outcomes.Length >= applications.Length, nameof(outcomes), "The outcome span is shorter than the applications.");
        Span<long> columns = stackalloc long[BatchProgram.Columns * BatchProgram.Chunk];
        Span<ulong> planes = stackalloc ulong[BatchProgram.Planes * BatchProgram.Words];
        for (int start = 0; start < applications.Length; start += BatchProgram.Chunk)
        {
            int count = Math.Min(BatchProgram.Chunk, applications.Length - start);
            int screened = ScreenChunk(applications[start..], count, outcomes.Slice(start, count), columns, planes);
            if (screened < count)
            {
                // As one by one: the applications before it are screened, then the error names it.
                int index = start + screened;
                Application stranger = applications[index] ?? throw new ArgumentNullException(nameof(applications), $"The application at index {index} is null.");
                RefuseOtherYearOrLine(stranger, nameof(applications), $"Application {stranger.Id} (index {index}): ");
            }
        }
    }
}
