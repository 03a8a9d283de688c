using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// What one evaluation looks at: the application, the funding line version, the as-of date, what the gazetteer says
/// about the applicant and, for a final recipient's request, the first recipient.
/// </summary>
/// <remarks>
/// A context a decision keeps never changes. Only a screening loop, which keeps no context, points one it made for
/// itself at the next application (<see cref="Rebind"/>) instead of making one per application.
/// </remarks>
internal sealed class EvaluationContext(Application application, FundingLineVersion version, LocalDate asOf, Territory? territory = null, Applicant? firstRecipient = null)
{
    /// <summary>What the gazetteer says about a territorial applicant.</summary>
    public Territory Territory { get; private set; } = territory ?? Territory.None;

    /// <summary>Whether the applicant runs a KI: as stated, otherwise as the gazetteer says for its official key.</summary>
    public bool? RunsIntegrationCentre => Application.Applicant.RunsIntegrationCentre ?? Territory.RunsIntegrationCentre;

    /// <summary>The first recipient that passes its award on, when a final recipient's request is evaluated.</summary>
    public Applicant? FirstRecipient { get; } = firstRecipient;

    /// <summary>The application.</summary>
    public Application Application { get; private set; } = application;

    /// <summary>The funding line version whose rules apply.</summary>
    public FundingLineVersion Version { get; } = version;

    /// <summary>The date of the decision; it stands for the approval date (Bewilligung).</summary>
    public LocalDate AsOf { get; } = asOf;

    /// <summary>Points a screening loop's own context at the next application; never used on a context a decision keeps.</summary>
    /// <param name="next">The application.</param>
    /// <param name="territory">What the gazetteer says about its applicant.</param>
    public void Rebind(Application next, Territory territory)
    {
        Application = next;
        Territory = territory;
    }
}
