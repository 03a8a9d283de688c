namespace Ki.Domain.Eligibility;

/// <summary>The names of the facts a criterion can miss, as the properties of the application file spell them.</summary>
internal static class FactNames
{
    public const string NonProfit = "applicant.nonProfit";
    public const string Seat = "applicant.seat";
    public const string RunsIntegrationCentre = "applicant.runsIntegrationCentre";
    public const string Submitted = "submitted";
    public const string PlannedStart = "plannedStart";
    public const string DeliveryPeriod = "deliveryPeriod";
    public const string Route = "route";
    public const string EligibleCosts = "eligibleCosts";
    public const string OfficialKey = "applicant.officialKey";
    public const string OwnContribution = "ownContribution";
}
