using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Applications;

/// <summary>
/// Antrag: an application for a grant from one funding line for one fiscal year, with the figures, dates and route
/// the eligibility rules and the grant calculation need.
/// </summary>
/// <remarks>
/// <para>
/// Amounts are in <see cref="Euro"/>; unit counts are decimals keyed by the funding line's unit identifier. Dates are
/// German calendar dates; <see cref="Submitted"/> is an instant, compared with deadlines in Europe/Berlin.
/// </para>
/// <para>
/// The constructor checks only for null. The structure (amounts ≥ 0, ordered dates, defined enums) is checked by
/// <see cref="ApplicationValidator"/> with German and English messages, so that an application read from a file can be
/// reported rather than rejected half-built. Facts that are <see langword="null"/> are missing; the eligibility rules
/// answer "undetermined" for them.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class Application
{
    // One shared empty map each: Create with a comparer makes a new instance on every call, and an application
    // without units or facts (the usual one) would carry two of its own.
    private static readonly ImmutableDictionary<string, decimal> NoUnits = ImmutableDictionary.Create<string, decimal>(StringComparer.Ordinal);
    private static readonly ImmutableDictionary<string, string> NoFacts = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    private readonly ImmutableDictionary<string, decimal> _units = NoUnits;
    private readonly ImmutableDictionary<string, string> _facts = NoFacts;

    // Set by the constructor and the init accessors, never after: the application is immutable once built.
    private bool _fieldMalformed;

    // Worked out again by the init accessor of each field a rule joins, from the values set so far; each accessor runs
    // once, so after the initialiser they hold for the final values, whatever the order it sets them in.
    private bool _startsAfterDelivery;
    private bool _fundsExceedCosts;

    /// <summary>Creates an application; set the other figures with an initializer.</summary>
    /// <param name="id">The application's identifier (Aktenzeichen), unique within a round.</param>
    /// <param name="applicant">The applicant.</param>
    /// <param name="lineId">The funding line applied to, such as <c>komm-an-2b</c>.</param>
    /// <param name="fiscalYear">The fiscal year applied for.</param>
    /// <param name="requestedAmount">Beantragte Zuwendung: the grant asked for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="applicant"/> or <paramref name="lineId"/> is null.</exception>
    public Application(string id, Applicant applicant, string lineId, FiscalYear fiscalYear, Euro requestedAmount)
    {
        _fieldMalformed = string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(lineId) || fiscalYear.Year is < 1 or > 9999 || requestedAmount.IsNegative;
        Id = Preconditions.CheckNotNull(id);
        Applicant = Preconditions.CheckNotNull(applicant);
        LineId = Preconditions.CheckNotNull(lineId);
        FiscalYear = fiscalYear;
        RequestedAmount = requestedAmount;
    }

    /// <summary>The application's identifier (Aktenzeichen).</summary>
    public string Id { get; }

    /// <summary>The applicant.</summary>
    public Applicant Applicant { get; }

    /// <summary>The funding line applied to.</summary>
    public string LineId { get; }

    /// <summary>Haushaltsjahr: the fiscal year applied for.</summary>
    public FiscalYear FiscalYear { get; }

    /// <summary>Beantragte Zuwendung: the grant asked for.</summary>
    public Euro RequestedAmount { get; }

    // Declared here, beside the amount and the year, so that the runtime (which lays out value fields in the order
    // declared) keeps the facts a batch screening reads in the application's first cache lines.

    /// <summary>Antragseingang: when the application was received; <see langword="null"/> when not recorded.</summary>
    public Instant? Submitted { get; init; }

    /// <summary>Zuwendungsfähige Ausgaben: the eligible costs of the measure; <see langword="null"/> when not stated (never read as 0.00).</summary>
    public Euro? EligibleCosts
    {
        get;
        init
        {
            _fieldMalformed |= (field = value) is { IsNegative: true };
            CheckJoinedFields();
        }
    }

    /// <summary>Eigenanteil: what the applicant pays itself; <see langword="null"/> when not stated (never read as 0.00).</summary>
    public Euro? OwnContribution
    {
        get;
        init
        {
            _fieldMalformed |= (field = value) is { IsNegative: true };
            CheckJoinedFields();
        }
    }

    /// <summary>Drittmittel: money from third parties; <see langword="null"/> when not stated (never read as 0.00).</summary>
    public Euro? ThirdPartyFunds
    {
        get;
        init
        {
            _fieldMalformed |= (field = value) is { IsNegative: true };
            CheckJoinedFields();
        }
    }

    /// <summary>Unit counts by the funding line's unit identifier, such as <c>specialist-post</c> → 6.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableDictionary<string, decimal> Units
    {
        get => _units;
        init
        {
            _units = Preconditions.CheckNotNull(value).WithComparers(StringComparer.Ordinal);
            _fieldMalformed |= _units.Values.Any(count => count < 0m);
        }
    }

    /// <summary>
    /// Named facts by name, as invariant text, such as <c>refugeesHoused</c> → <c>180</c>, <c>founded</c> →
    /// <c>2016-03-01</c>: what rules with a fact criterion compare; a rule declares how to read each one.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value or one of its texts is null.</exception>
    public ImmutableDictionary<string, string> Facts
    {
        get => _facts;
        init => _facts = ModelChecks.CheckEntries(value, static (_, text) => Preconditions.CheckNotNull(text, nameof(Facts)));
    }

    /// <summary>Geplanter Maßnahmebeginn: the day the measure is to start; <see langword="null"/> when not stated.</summary>
    public LocalDate? PlannedStart
    {
        get;
        init
        {
            field = value;
            CheckJoinedFields();
        }
    }

    /// <summary>Durchführungszeitraum: when the measure runs, both ends included; <see langword="null"/> when not stated.</summary>
    public DateInterval? DeliveryPeriod
    {
        get;
        init
        {
            field = value;
            CheckJoinedFields();
        }
    }

    /// <summary>Antragsweg: the route the application came by; <see langword="null"/> when not recorded.</summary>
    public ApplicationRoute? Route { get; init => _fieldMalformed |= (field = value) is { } route && !DefinedValues<ApplicationRoute>.Contains(route); }

    /// <summary>
    /// Whether the measure continues a yearly, year-round measure that was funded in the previous year's budget
    /// (VV zu § 44 LHO Nr. 1.3.4: then the ban on starting before approval does not apply).
    /// </summary>
    public bool ContinuesFundedMeasure { get; init; }

    /// <summary>
    /// Whether a field on its own breaks the validator's rules (a blank id or line, a year out of range, a negative
    /// amount or unit count, an undefined route): worked out once, as each field is set and its value at hand, so
    /// that screening many applications reads one flag instead of three strings and a map each.
    /// </summary>
    internal bool HasMalformedField => _fieldMalformed;

    /// <summary>
    /// Whether the validator's rules that join fields are broken: the planned start after the end of the delivery
    /// period, or own contribution and third-party funds above the eligible costs. Worked out as those fields are set.
    /// </summary>
    internal bool HasConflictingFields => _startsAfterDelivery | _fundsExceedCosts;

    /// <summary>Works out the rules that join fields from the values set so far (each joined field's init accessor calls it).</summary>
    private void CheckJoinedFields()
    {
        _startsAfterDelivery = StartsAfterDelivery(PlannedStart, DeliveryPeriod);
        _fundsExceedCosts = GrantRequest.FundsExceed(EligibleCosts, OwnContribution, ThirdPartyFunds);
    }

    /// <summary>The validator's rule on the start: a stated start after the end of a stated delivery period.</summary>
    internal static bool StartsAfterDelivery(LocalDate? start, DateInterval? period) =>
        start is { } day && period is { } interval && day > interval.End;

    /// <summary>The figures the grant calculator needs, for the date whose rules apply.</summary>
    /// <param name="on">The date whose rules apply.</param>
    /// <returns>The grant request.</returns>
    public GrantRequest ToGrantRequest(LocalDate on) => new(EligibleCosts)
    {
        OwnContribution = OwnContribution,
        ThirdPartyFunds = ThirdPartyFunds,
        Units = _units,
        ApplicantKind = Applicant.Kind,
        On = on,
    };

    /// <summary>Returns the identifier, the line and the requested amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {LineId} {FiscalYear} {RequestedAmount}";
}
