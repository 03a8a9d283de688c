using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// The embedded default eligibility rules for the KOMM-AN lines and the KI-Förderung lines of the embedded catalogue,
/// written as data in plain code (trim and AOT safe), one rule set per version. Each rule cites its publication (the
/// funding directive in the Ministerialblatt NRW, the Bezirksregierung Arnsberg's programme page with its URL, or the
/// VV zu § 44 LHO); rules that follow from a figure rather than a text say so ([D]).
/// </summary>
internal static class DefaultRules
{
    private const string OnlyKis = "KOMM-AN Programmteil I: nur KIs können Anträge stellen (https://www.mkffi.nrw/baustein-i); Richtlinie \"KOMM-AN KI NRW\" (MBl. NRW. 2018 S. 27): Zuwendungsempfänger sind KI-Kommunen";
    private const string KommunesWithKi = "KOMM-AN Programmteil II: Antragsteller ist immer die Kommune mit dem KI; Vereine und Initiativen über das KI (https://www.bra.nrw.de/integration-migration/kompetenzzentrum-fuer-integration/foerderung-kommunen/komm/komm-ii)";
    private const string WelfareOnly = "KOMM-AN Programmteil III: für die Freie Wohlfahrtspflege, nicht für KIs (https://www.bra.nrw.de/-2822)";
    private const string WelfareNonProfit = "KOMM-AN Programmteil III (https://www.bra.nrw.de/-2822): Verbände der Freien Wohlfahrtspflege sind gemeinnützig [D]";
    private const string PartIIIMinimum = "KOMM-AN Programmteil III: jede Maßnahme mindestens 5.000 EUR (https://www.bra.nrw.de/-2822); VV zu § 44 LHO Nr. 1.1";
    private const string PartIIIShare = "KOMM-AN Programmteil III: bis zu 90 % der zuwendungsfähigen Ausgaben (https://www.bra.nrw.de/-2822), also Eigenanteil mindestens 10 % [D]; VV zu § 44 LHO Nr. 2.2";
    private const string KiDirective = "Richtlinie für die Förderung Kommunaler Integrationszentren, 10.03.2023 (MBl. NRW. 2023 S. 225): Zuwendungsempfänger sind Kreise und kreisfreie Städte mit KI";
    private const string Nrw = "Landesförderung NRW (Bewilligung durch die Bezirksregierung Arnsberg, Kompetenzzentrum für Integration): Sitz in Nordrhein-Westfalen";
    private const string OneYear = "Bewilligung \"für den Zeitraum eines Jahres\" (Herne, KOMM-AN) [S]; § 4 LHO: Haushaltsjahr = Kalenderjahr";

    private static readonly RegionKey[] NrwRegions = [.. new[] { "051", "053", "055", "057", "059" }.Select(RegionKey.ParseNrw)];

    /// <summary>Builds the rule book for the embedded catalogue.</summary>
    public static RuleBook Build()
    {
        ProgrammeCatalogue catalogue = ProgrammeCatalogue.Default;
        var sets = new List<RuleSet>();
        foreach (FundingLine line in catalogue.Lines)
        {
            Func<Criterion[]>? rules = line.Id switch
            {
                "komm-an-1" => PartI,
                "komm-an-2a" or "komm-an-2b" or "komm-an-2c" or "komm-an-2d" => PartII,
                "komm-an-3" => PartIII,
                "ki-2023-staff" or "ki-2023-interpreter-pool" => KiFunding,
                _ => null,
            };
            if (rules is null)
            {
                continue;
            }

            foreach (FundingLineVersion version in line.Versions)
            {
                sets.Add(new RuleSet(line.Id, version.Validity.Start, rules()));
            }
        }

        return new RuleBook(sets);
    }

    private static SeatCriterion InNrw() => new([], NrwRegions, Nrw);

    private static Criterion[] PartI() =>
    [
        new ApplicantKindCriterion([], OnlyKis),
        new IntegrationCentreCriterion(OnlyKis),
        InNrw(),
        new DeadlineCriterion(),
        new DeliveryPeriodCriterion(OneYear),
        new EarlyStartCriterion(),
        new GrantRangeCriterion(),
    ];

    private static Criterion[] PartII() =>
    [
        new ApplicantKindCriterion([], KommunesWithKi),
        new IntegrationCentreCriterion(KommunesWithKi),
        InNrw(),
        new DeadlineCriterion(),
        new DeliveryPeriodCriterion(OneYear),
        new EarlyStartCriterion(),
        new GrantRangeCriterion(),
    ];

    private static Criterion[] PartIII() =>
    [
        new ApplicantKindCriterion([], WelfareOnly),
        new NonProfitCriterion(WelfareNonProfit),
        InNrw(),
        new DeadlineCriterion(),
        new DeliveryPeriodCriterion(),
        new EarlyStartCriterion(),
        new GrantRangeCriterion(legalReference: PartIIIMinimum),
        new OwnContributionCriterion(0.1m, PartIIIShare),
    ];

    private static Criterion[] KiFunding() =>
    [
        new ApplicantKindCriterion([], KiDirective),
        new IntegrationCentreCriterion(KiDirective),
        InNrw(),
        new DeliveryPeriodCriterion(),
        new EarlyStartCriterion(),
        new GrantRangeCriterion(),
    ];
}
