namespace Ki.Domain.Eligibility;

/// <summary>The stable codes of eligibility criteria and decisions.</summary>
/// <remarks>Codes never change meaning; new ones are added. Every code is listed in <c>docs/rule-codes.md</c>.</remarks>
public static class EligibilityCodes
{
    /// <summary>Decision: every rule is met (<c>KI-ELIG-ELIGIBLE</c>).</summary>
    public const string Eligible = "KI-ELIG-ELIGIBLE";

    /// <summary>Decision: at least one rule is not met (<c>KI-ELIG-NOT-ELIGIBLE</c>).</summary>
    public const string NotEligible = "KI-ELIG-NOT-ELIGIBLE";

    /// <summary>Decision: no rule fails, but a fact is missing (<c>KI-ELIG-UNDETERMINED</c>).</summary>
    public const string Undetermined = "KI-ELIG-UNDETERMINED";

    /// <summary>Decision: the application names a funding line the catalogue does not have (<c>KI-ELIG-LINE-UNKNOWN</c>).</summary>
    public const string LineUnknown = "KI-ELIG-LINE-UNKNOWN";

    /// <summary>Decision: no version of the funding line is in force on the as-of date, or several are (<c>KI-ELIG-LINE-NOT-IN-FORCE</c>).</summary>
    public const string LineNotInForce = "KI-ELIG-LINE-NOT-IN-FORCE";

    /// <summary>Decision: there are no eligibility rules for the version in force (<c>KI-ELIG-NO-RULES</c>).</summary>
    public const string NoRules = "KI-ELIG-NO-RULES";

    /// <summary>The application is not well formed: the <see cref="Applications.ApplicationValidator"/> reports findings
    /// (<c>KI-APP-...</c>, listed in <see cref="EligibilityDecision.Findings"/>), so it is not eligible (<c>KI-ELIG-APPLICATION-INVALID</c>).</summary>
    public const string ApplicationInvalid = "KI-ELIG-APPLICATION-INVALID";

    /// <summary>What the application states about a territorial applicant (its kind, whether it runs a KI) contradicts
    /// the gazetteer for its official key; the message names both values (<c>KI-ELIG-TERRITORY-CONTRADICTION</c>).</summary>
    public const string TerritoryContradiction = "KI-ELIG-TERRITORY-CONTRADICTION";

    /// <summary>The official key of a territorial applicant is not in the gazetteer (<c>KI-ELIG-TERRITORY-UNKNOWN-KEY</c>).</summary>
    public const string TerritoryUnknownKey = "KI-ELIG-TERRITORY-UNKNOWN-KEY";

    /// <summary>Criterion: the applicant is of a kind the line funds (<c>KI-ELIG-APPLICANT-KIND</c>).</summary>
    public const string ApplicantKind = "KI-ELIG-APPLICANT-KIND";

    /// <summary>Criterion: the applicant is recognised as non-profit (<c>KI-ELIG-NON-PROFIT</c>).</summary>
    public const string NonProfit = "KI-ELIG-NON-PROFIT";

    /// <summary>Criterion: the applicant's seat lies in one of the districts or regions (<c>KI-ELIG-SEAT</c>).</summary>
    public const string Seat = "KI-ELIG-SEAT";

    /// <summary>Criterion: the application was received by the deadline, Europe/Berlin (<c>KI-ELIG-DEADLINE</c>).</summary>
    public const string Deadline = "KI-ELIG-DEADLINE";

    /// <summary>Criterion: the delivery period lies inside the approval period and the fiscal year (<c>KI-ELIG-DELIVERY-PERIOD</c>).</summary>
    public const string DeliveryPeriod = "KI-ELIG-DELIVERY-PERIOD";

    /// <summary>Criterion: the measure does not start before approval, unless allowed or continued (<c>KI-ELIG-EARLY-START</c>).</summary>
    public const string EarlyStart = "KI-ELIG-EARLY-START";

    /// <summary>Criterion: the requested grant lies between the minimum grant and the cap (<c>KI-ELIG-GRANT-RANGE</c>).</summary>
    public const string GrantRange = "KI-ELIG-GRANT-RANGE";

    /// <summary>Criterion: the own contribution is at least a share of the eligible costs (<c>KI-ELIG-OWN-CONTRIBUTION</c>).</summary>
    public const string OwnContribution = "KI-ELIG-OWN-CONTRIBUTION";

    /// <summary>Criterion: the application came by one of the required routes (<c>KI-ELIG-ROUTE</c>).</summary>
    public const string Route = "KI-ELIG-ROUTE";

    /// <summary>Criterion: the applicant is a Kreis or kreisfreie Stadt that runs a KI (<c>KI-ELIG-INTEGRATION-CENTRE</c>).</summary>
    public const string IntegrationCentre = "KI-ELIG-INTEGRATION-CENTRE";

    /// <summary>Combination: every part is met (<c>KI-ELIG-ALL</c>).</summary>
    public const string All = "KI-ELIG-ALL";

    /// <summary>Combination: at least one part is met (<c>KI-ELIG-ANY</c>).</summary>
    public const string Any = "KI-ELIG-ANY";

    /// <summary>Combination: the part is not met (<c>KI-ELIG-NOT</c>).</summary>
    public const string Not = "KI-ELIG-NOT";
}
