namespace Ki.Domain.Eligibility;

/// <summary>
/// The default legal references of the criteria: the Verwaltungsvorschriften zu § 44 LHO NRW, the Landeshaushaltsordnung,
/// the VVG, and the funding directives as published in the Ministerialblatt NRW. A rule file may give a more precise one per rule.
/// </summary>
internal static class LegalReferences
{
    public const string ApplicantKind = "Förderrichtlinie der Förderlinie, Zuwendungsempfänger; VV zu § 44 LHO";
    public const string NonProfit = "Förderrichtlinie der Förderlinie, Zuwendungsempfänger (gemeinnützige Träger)";
    public const string Seat = "Förderrichtlinie der Förderlinie, Fördergebiet (Sitz des Antragstellers)";
    public const string Deadline = "Förderrichtlinie der Förderlinie, Antragsfrist; Fristende 24:00 Uhr Europe/Berlin";
    public const string DeliveryPeriod = "§ 4 LHO (Haushaltsjahr); Bewilligungs- und Durchführungszeitraum nach VV zu § 44 LHO";
    public const string EarlyStart = "VV zu § 44 LHO Nr. 1.3 (kein vorzeitiger Maßnahmebeginn), Nr. 1.3.4 (fortlaufende jährliche Maßnahmen)";
    public const string GrantRange = "VV zu § 44 LHO Nr. 1.1 (Bagatellgrenze); Höchstbetrag nach der Förderrichtlinie";
    public const string OwnContribution = "VV zu § 44 LHO Nr. 2.2 (Teilfinanzierung: Eigenanteil)";
    public const string Route = "Förderrichtlinie der Förderlinie, Antragsweg; Nr. 12 VVG (Weiterleitung)";
    public const string IntegrationCentre = "Richtlinie \"KOMM-AN KI NRW\" (MBl. NRW. 2018 S. 27) und Richtlinie KI-Förderung (MBl. NRW. 2023 S. 225): Zuwendungsempfänger sind KI-Kommunen";
    public const string Combination = "die Rechtsgrundlagen der Teilkriterien";
}
