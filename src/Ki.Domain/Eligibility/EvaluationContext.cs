using Ki.Domain.Applications;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>What one evaluation looks at: the application, the funding line version, the as-of date and what the gazetteer says about the applicant.</summary>
internal sealed class EvaluationContext(Application application, FundingLineVersion version, LocalDate asOf, Territory? territory = null)
{
    /// <summary>What the gazetteer says about a territorial applicant.</summary>
    public Territory Territory { get; } = territory ?? Territory.None;

    /// <summary>Whether the applicant runs a KI: as stated, otherwise as the gazetteer says for its official key.</summary>
    public bool? RunsIntegrationCentre => Application.Applicant.RunsIntegrationCentre ?? Territory.RunsIntegrationCentre;

    /// <summary>The application.</summary>
    public Application Application { get; } = application;

    /// <summary>The funding line version whose rules apply.</summary>
    public FundingLineVersion Version { get; } = version;

    /// <summary>The date of the decision; it stands for the approval date (Bewilligung).</summary>
    public LocalDate AsOf { get; } = asOf;
}
