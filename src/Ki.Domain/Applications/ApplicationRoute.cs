namespace Ki.Domain.Applications;

/// <summary>
/// Antragsweg: the route by which an application reached the approving body.
/// </summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(ApplicationRoute)</c> is not a route.</remarks>
public enum ApplicationRoute
{
    /// <summary>Direkt: the applicant applied to the approving body itself.</summary>
    Direct = 1,

    /// <summary>Über die Gemeindeverwaltung: the application came through the municipal administration of the seat.</summary>
    ViaMunicipalAdministration = 2,

    /// <summary>Über das KI: the application came through the Kommunales Integrationszentrum.</summary>
    ViaIntegrationCentre = 3,
}
