namespace Ki.Domain.Programmes;

/// <summary>
/// The kind of body that applies for a grant (Antragsteller).
/// </summary>
/// <remarks>
/// There is deliberately no member with the value 0: <c>default(ApplicantKind)</c> is not a kind. Whether a
/// Kreis or kreisfreie Stadt runs a Kommunales Integrationszentrum is a separate fact, see
/// <see cref="FundingLineVersion.RequiresIntegrationCentre"/>.
/// </remarks>
public enum ApplicantKind
{
    /// <summary>Kreis (rural district), including the Städteregion Aachen.</summary>
    Kreis = 1,

    /// <summary>Kreisfreie Stadt (city not in a Kreis).</summary>
    KreisfreieStadt = 2,

    /// <summary>Gemeinde (municipality within a Kreis).</summary>
    Gemeinde = 3,

    /// <summary>Eingetragener Verein (registered association).</summary>
    RegisteredAssociation = 4,

    /// <summary>Migrantenselbstorganisation (MSO, migrant organisation).</summary>
    MigrantOrganisation = 5,

    /// <summary>Verband der Freien Wohlfahrtspflege (welfare association).</summary>
    WelfareAssociation = 6,

    /// <summary>Religionsgemeinschaft (religious community: parish, mosque association).</summary>
    ReligiousCommunity = 7,

    /// <summary>Schule (school).</summary>
    School = 8,

    /// <summary>Kindertageseinrichtung (Kita, day-care centre).</summary>
    DayCareCentre = 9,

    /// <summary>Ehrenamtliche Initiative (volunteer initiative).</summary>
    VolunteerInitiative = 10,
}
