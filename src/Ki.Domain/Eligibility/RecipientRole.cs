namespace Ki.Domain.Eligibility;

/// <summary>
/// Which applicants a rule set decides: those who apply to the granting body (Erstempfänger) or those who ask a first
/// recipient for part of its award (Letztempfänger, Weiterleitung nach Nr. 12 VVG).
/// </summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(RecipientRole)</c> is not a role.</remarks>
public enum RecipientRole
{
    /// <summary>Erstempfänger: the applicant applies to the granting body (the Land, the Bezirksregierung) itself.</summary>
    FirstRecipient = 1,

    /// <summary>Letztempfänger: the applicant asks the first recipient for part of its award (Weiterleitung).</summary>
    FinalRecipient = 2,
}
