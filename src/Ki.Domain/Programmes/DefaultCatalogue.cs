using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Places;
using NodaTime;
using static Ki.Domain.Programmes.EmbeddedFacts;

namespace Ki.Domain.Programmes;

/// <summary>
/// The embedded default catalogue, written as data in plain code (no reflection, no resource parsing: trim and AOT
/// safe). Every figure cites the publication it comes from (title, publisher, date, address where public); figures
/// that are uncertain, inferred or unverified carry <see cref="Confidence.Uncertain"/>.
/// </summary>
internal static class DefaultCatalogue
{
    private const string KiDirective2023 = "Richtlinie für die Förderung Kommunaler Integrationszentren, 10.03.2023 (MBl. NRW. 2023 S. 225); https://bass.schul-welt.de/19829.htm";
    private const string KiDirective2025 = "Richtlinie für die Förderung Kommunaler Integrationszentren, Gemeinsamer Runderlass MKJFGFI und MSB, 03.04.2025 (zu BASS 11-02 Nr. 10): https://bass.schule.nrw/20166.htm";
    private const string KiPortal2026 = "Förderportal NRW (nordrhein-westfalen-foerdert.nrw), \"Förderung Kommunaler Integrationszentren 2026\": https://www.nordrhein-westfalen-foerdert.nrw/foerdermassnahmen/foerderung-kommunaler-integrationszentren-2026-2026";
    private const string DeadlineNote = "The portal gives the application window 17.04.2025 to 31.10.2025 for the funding year 2026; that 31 October of the year before is the yearly rule is inferred from this one call.";
    private const string KiSummary = "BR Arnsberg summary of the KI directive 2023, via mirror: https://www.pufii.de/html/link.cms?id=2012";
    private const string KommAnGuideline = "Richtlinie \"KOMM-AN KI NRW\", RdErl. MKFFI 21.12.2017 (MBl. NRW. 2018 Nr. 3 S. 27); https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=7&vd_id=16836&ver=8&val=16836&sg=0&menu=1&vd_back=N";
    private const string KommAnPress2016 = "Press releases of several MdL, 02.06.2016: https://rainerthiel.spd-kreis-neuss.de/integrationsarbeit-vor-ort-wird-mit-komman-nrw-gestaerkt/";
    private const string KommAnPartI = "https://www.mkffi.nrw/baustein-i";
    private const string KommAnPartII = "https://www.bra.nrw.de/integration-migration/kompetenzzentrum-fuer-integration/foerderung-kommunen/komm/komm-ii";
    private const string KommAnPartIII = "https://www.bra.nrw.de/-2822";
    private const string KommAnConcept = "Förderkonzeption KOMM-AN NRW, editions Dec 2017 / 12 Dec 2018 / Nov 2019: https://9dok.net/document/y6e88l0o-dezember-f%C3%B6rderkonzeption-programm-f%C3%B6rderung-integration-fl%C3%BCchtlingen-neuzugewanderten-kommunen.html";
    private const string HerneOneYear = "https://www.herne.de/Stadt-und-Leben/Integration/Kommunales-Integrationszentrum/Komm-AN-NRW/";
    private const string KimDirective2020 = "Richtlinie KIM \"Implementierung und Betrieb ...\", 25.11.2020 (MBl. NRW. 2020 S. 751); https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=7&vd_id=18921&ver=8&val=18921&sg=0&menu=0&vd_back=N";
    private const string KimBra = "https://bra.nrw.de/integration-migration/kompetenzzentrum-fuer-integration/foerderung-kommunen/kommunales-integrationsmanagement-kim";
    private const string KimBraOld = "Bezirksregierung Arnsberg, \"Kommunales Integrationsmanagement (KIM)\", earlier version of the page (2020 directive), via mirror: https://www.pufii.de/html/link.cms?id=2010";
    private const string KimCoesfeld = "Kreis Coesfeld, Sitzungsvorlage SV-10-0898 \"Umsetzung des Kommunalen Integrationsmanagements im Kreis Coesfeld\" (2023): https://www.kreis-coesfeld.de/sessionnet/sessionnetbi/vo0050.php?__kvonr=5924";
    private const string CoesfeldPostNote = "'Die Personalkostenförderung für eine Vollzeitstelle umfasst aktuell (2023) 57.000 € pro Jahr', said for the KIM posts of all three blocks; that the amount held in other years, and is the same in the directive of 12.12.2024, is not verified.";
    private const string KimBudget = "https://www.mkffi.nrw/kommunales-integrationsmanagement-nrw-0";
    private const string Pauschale2018Law = "§ 14a TIntG (old), law of 12.10.2018 (GV. NRW. 2018 S. 573): https://www.recht.nrw.de/lmi/owa/br_vbl_detail_text?print=1&anw_nr=6&val=&ver=0&sg=0&menu=1&vd_id=17302&keyword=";
    private const string Pauschale2018Key = "https://rat.eschweiler.de/bi/vo0050.php?__kvonr=6098 ; https://kirstin-korte.de/lokal_1_1_294_Zwei-Millionen-mehr-fuer-die-Kommunen-im-Muehlenkreis.html";
    private const string Pauschale2018Amounts = "Published amounts per Gemeinde: https://www.fit-fuer-nrw.de/lokal_1_1_64_Zusaetzliche-17-Millionen-fuer-die-Gemeinden-im-Kreis-Paderborn.html ; https://kirstin-korte.de/lokal_1_1_294_Zwei-Millionen-mehr-fuer-die-Kommunen-im-Muehlenkreis.html";
    private const string Tintg2021 = "Teilhabe- und Integrationsgesetz (TIntG), 25.11.2021 (GV. NRW. S. 1213a): https://recht.nrw.de/lmi/owa/br_bes_text?anw_nr=2&gld_nr=2&ugl_nr=24&bes_id=47273&menu=0&sg=0&aufgehoben=N&keyword=TINTG";
    private const string Tintg17 = "§ 17 TIntG 2021: https://recht.nrw.de/lmi/owa/br_bes_detail?sg=0&menu=0&bes_id=47273&anw_nr=2&aufgehoben=N&det_id=634496";
    private const string ArnsbergInferred = "Inferred: the rules are published by the Kompetenzzentrum für Integration at BR Arnsberg.";

    private static readonly RegionKey Arnsberg = RegionKey.ParseNrw("059");

    /// <summary>Builds the catalogue.</summary>
    public static ProgrammeCatalogue Build() => new(
        [KiFunding(), KommAn(), Kim(), Pauschale2018(), Pauschale17()],
        [KiFundingMix2016()])
    {
        KiProgrammes = DefaultKiProgrammes.Build(),
    };

    private static Figure<Euro> Eur(long euros, SourceReference source) => new(Euro.FromEuros(euros), source);

    private static LocalDate Date(int year, int month, int day) => new(year, month, day);

    private static DateInterval Open(LocalDate start) => new(start, LocalDate.MaxIsoValue);

    private static Programme KiFunding()
    {
        var basis = new LegalBasis("Richtlinie für die Förderung Kommunaler Integrationszentren", Date(2023, 3, 10), V(KiDirective2023));
        var basis2025 = new LegalBasis("Richtlinie für die Förderung Kommunaler Integrationszentren", Date(2025, 4, 3),
            V(KiDirective2025, "Section 1 read: grants to Kreise and kreisfreie Städte for the KIs and their integration work under § 8(1) TIntG. The amounts in its later sections were not read."));
        SourceReference validity2023 = U(KiDirective2023, "From the date of the directive to the day before the new version of 03.04.2025; in-force dates not read.");
        SourceReference validity2025 = U(KiDirective2025, "From the date of the directive; the in-force date was not read.");
        const string summaryNote = "Authority page read via a mirror.";
        const string carried = " Carried over to the 2025 version: the summary gives these figures without naming the directive version, and the 2025 text's amounts were not read.";

        // The 2023 figures are [V] from the Bezirksregierung's summary; for the 2025 version the same figures are [U].
        SourceReference Src(bool is2025, string note) => is2025 ? U(KiSummary, note + carried) : V(KiSummary, note);

        // Both lines: a fixed amount per unit, for a Kreis or kreisfreie Stadt that runs a KI, decided in Arnsberg.
        FundingLineVersion CentreVersion(DateInterval period, SourceReference financing, SourceReference validity, LegalBasis? legal, bool is2025, ImmutableArray<UnitAmount> units, ImmutableArray<string> notes) =>
            new(period, F(FinancingType.FixedAmount, financing))
            {
                Basis = legal,
                ValiditySource = validity,
                UnitAmounts = units,
                ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt],
                RequiresIntegrationCentre = true,
                ApprovalAuthority = F(Arnsberg, is2025 ? V(KiPortal2026, "The Land's funding portal names the Bezirksregierung Arnsberg as the body that runs the programme.") : U(KiSummary, ArnsbergInferred)),
                Deadline = is2025 ? new ApplicationDeadline(new AnnualDate(10, 31), -1) : null,
                DeadlineSource = is2025 ? U(KiPortal2026, DeadlineNote) : default,
                Notes = notes,
            };

        FundingLineVersion Staff(DateInterval period, SourceReference validity, LegalBasis? legal, bool is2025) =>
            CentreVersion(
                period,
                Src(is2025, summaryNote),
                validity,
                legal,
                is2025,
                [
                    new UnitAmount("specialist-post", new LocalizedText("Fachkraftstelle", "specialist post"), Eur(57_000, Src(is2025, "Up to 57,000 EUR per Fachkraft post. " + summaryNote)))
                    {
                        MaxUnitsByKind = ImmutableDictionary.CreateRange(new[]
                        {
                            KeyValuePair.Create(ApplicantKind.KreisfreieStadt, F(5m, Src(is2025, "Assessment basis 5 Fachkraft + 0.5 Verwaltungsassistenz for kreisfreie Städte."))),
                            KeyValuePair.Create(ApplicantKind.Kreis, F(6m, Src(is2025, "Assessment basis 6 Fachkraft + 0.5 Verwaltungsassistenz for Kreise."))),
                        }),
                    },
                    new UnitAmount("half-admin-post", new LocalizedText("halbe Stelle Verwaltungsassistenz", "half administrative assistant post"), Eur(22_500, Src(is2025, "Up to 22,500 EUR per half VA post. " + summaryNote)))
                    {
                        MaxUnits = F(1m, Src(is2025, "0.5 Verwaltungsassistenz for Kreise and kreisfreie Städte alike, that is one half post.")),
                    },
                ],
                [
                    "Festbetrag per post: a Kreis counts up to 6 specialist posts at 57,000 EUR and one half administrative post at 22,500 EUR, a kreisfreie Stadt up to 5 specialist posts and the same half post.",
                    "Derived maxima [D]: kreisfreie Stadt 5 × 57,000 + 1 × 22,500 = 307,500 EUR; Kreis 6 × 57,000 + 1 × 22,500 = 364,500 EUR. The interpreter pool (up to 50,000 EUR) is the separate line ki-2023-interpreter-pool.",
                    "Teachers are seconded by the school ministry and are not part of the grant.",
                ]);

        FundingLineVersion Pool(DateInterval period, SourceReference validity, LegalBasis? legal, bool is2025) =>
            CentreVersion(
                period,
                U(KiSummary, "The summary says 'up to 50,000 EUR per year and KI' of Sachausgaben; the financing type of this part was not read."),
                validity,
                legal,
                is2025,
                [
                    new UnitAmount("interpreter-pool", new LocalizedText("Laiensprachmittlerpool (je Jahr)", "lay interpreter pool (per year)"), Eur(50_000, Src(is2025, "Up to 50,000 EUR per year and KI. " + summaryNote)))
                    {
                        MaxUnits = F(1m, Src(is2025, "One pool per KI and year.")),
                    },
                ],
                ["Sachausgaben for Laiensprachmittlerpools, on top of the staff grant; never more than the eligible costs."]);

        var until2025 = new DateInterval(Date(2023, 3, 10), Date(2025, 4, 2));
        var from2025 = Open(Date(2025, 4, 3));
        return new Programme("ki-foerderung", new LocalizedText("Förderung Kommunaler Integrationszentren", "Funding of Kommunale Integrationszentren"), basis,
        [
            new FundingLine("ki-2023-staff", new LocalizedText("KI-Personal (Fachkräfte und Verwaltungsassistenz)", "KI staff (specialists and administrative assistance)"),
                [Staff(until2025, validity2023, null, false), Staff(from2025, validity2025, basis2025, true)]),
            new FundingLine("ki-2023-interpreter-pool", new LocalizedText("Laiensprachmittlerpool", "Lay interpreter pool"),
                [Pool(until2025, validity2023, null, false), Pool(from2025, validity2025, basis2025, true)]),
        ]);
    }

    private static Programme KommAn()
    {
        var basis = new LegalBasis("Richtlinie \"KOMM-AN KI NRW\" (RdErl. MKFFI)", Date(2017, 12, 21), V(KommAnGuideline));
        var basis2016 = new LegalBasis("KOMM-AN NRW action programme, supplementary budget 2016", Date(2016, 6, 2),
            S(KommAnPress2016, "Date of the press releases; the 2016 programme text itself was not read."));
        var basis2023 = new LegalBasis("Richtlinie für die Förderung Kommunaler Integrationszentren (KOMM-AN parts I and II)", Date(2023, 3, 10), V(KiDirective2023));

        var budgets = ImmutableArray.Create(
            new AnnualBudget(FiscalYear.Of(2016), Eur(13_000_000, S(KommAnPress2016,
                "About 13 Mio EUR, of which 7.7 Mio EUR to strengthen volunteering (not split by part or block here: which parts it funds is not stated); https://sgk.nrw/?p=28656 gives about 13.4 Mio EUR for the supplementary budget."))),
            new AnnualBudget(FiscalYear.Of(2017), Eur(13_000_000, U("https://sgk.nrw/archive/28949", "'Unchanged budget line' in 2017; the amount is assumed equal to 2016."))));

        // Parts I and II: approved for one year, read as the calendar year.
        SourceReference calendarYear = U(HerneOneYear, "Measures are approved 'for the period of one year'; that this is the calendar year is assumed.");

        FundingLine Line(string id, LocalizedText name, Func<DateInterval, SourceReference, LegalBasis, FundingLineVersion> make) => new(id, name,
        [
            make(new DateInterval(Date(2016, 1, 1), Date(2017, 12, 31)), U(KommAnPress2016, "The programme ran from the 2016 budget; the exact start was not read."), basis2016),
            make(new DateInterval(Date(2018, 1, 1), Date(2023, 3, 9)), U(KommAnGuideline, "From the guideline of 21.12.2017 to the KI directive of 10.03.2023; in-force dates assumed."), basis),
            make(Open(Date(2023, 3, 10)), U(KiDirective2023, "Parts I and II sit inside the KI directive from 2023; its new version of 03.04.2025 was not read."), basis2023),
        ]);

        FundingLineVersion PartI(DateInterval validity, SourceReference validitySource, LegalBasis legal) =>
            new(validity, F(FinancingType.FixedAmount, U(KommAnPartI, "Amounts per KI come from the Zuwendungsbescheid; the financing type and key of part I were not found.")))
            {
                Basis = legal,
                ValiditySource = validitySource,
                ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt],
                RequiresIntegrationCentre = true,
                ApprovalAuthority = F(Arnsberg, S(KommAnPress2016, "Funds are called via the Kompetenzzentrum für Integration at BR Arnsberg.")),
                ApprovalPeriod = AnnualPeriod.WholeYear,
                DeliveryPeriod = AnnualPeriod.WholeYear,
                PeriodSource = calendarYear,
                DistributionKey = new DistributionKey([])
                {
                    Method = "Not found; take each KI's amount from its Zuwendungsbescheid.",
                    MethodSource = U(KommAnConcept, "Reference 1.5 and 6: the KOMM-AN key and the part I amounts per KI were not found."),
                },
                Notes = ["Staff in the KI to guide, connect and train volunteers, plus a Sachausgabenzuschuss; only KIs apply. In 2016 each KI got at least one extra post plus Sachkosten [S]."],
            };

        Func<DateInterval, SourceReference, LegalBasis, FundingLineVersion> PartII(string block) => (validity, validitySource, legal) =>
            new(validity, F(FinancingType.FixedAmount, U(KommAnConcept, "Part II, section 2 'Zuwendungsempfänger, Zuwendungshöhe und Verteilschlüssel' could not be retrieved; the financing type is not verified.")))
            {
                Basis = legal,
                ValiditySource = validitySource,
                ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt],
                RequiresIntegrationCentre = true,
                PassThroughAllowed = true,
                ApprovalAuthority = F(Arnsberg, V(KommAnPartII, "BR Arnsberg's Kompetenzzentrum für Integration runs KOMM-AN II.")),
                ApprovalPeriod = AnnualPeriod.WholeYear,
                DeliveryPeriod = AnnualPeriod.WholeYear,
                PeriodSource = calendarYear,
                DistributionKey = new DistributionKey([])
                {
                    Method = "Not found; neither a population share nor the FlüAG key fits the published amounts. Take amounts from the Zuwendungsbescheid.",
                    MethodSource = U(KommAnConcept, "Reference 1.5: the KOMM-AN distribution key was NOT found."),
                },
                Notes = [block, "The applicant is always the Kommune that has the KI; clubs and initiatives are reached through pass-through (Weiterleitung, Nr. 12 VVG: ANBest-P applies to them)."],
            };

        var partIII = new FundingLineVersion(Open(Date(2016, 1, 1)), F(FinancingType.Share, V(KommAnPartIII)))
        {
            Basis = new LegalBasis("Förderkonzeption KOMM-AN NRW, Programmteil III", Date(2017, 12, 1), V(KommAnConcept, "Editions Dec 2017 / 12 Dec 2018 / Nov 2019; the day of the first edition is not given.")),
            ValiditySource = U(KommAnConcept, "Part III appears in the editions from Dec 2017; its start in 2016 and its end were not read."),
            Rate = F(0.9m, V(KommAnPartIII, "Up to 90 % of eligible expenditure.")),
            MinimumGrant = Eur(5_000, V(KommAnPartIII, "'Each measure must be at least 5,000 EUR'; modelled as the minimum grant per measure, as issue 4 reads it.")),
            UnitAmounts =
            [
                new UnitAmount("post-material-flat", new LocalizedText("Sachkostenpauschale je Vollzeitstelle", "flat material costs per full-time post"),
                    Eur(8_800, V(KommAnPartIII, "Sachkosten are paid as a flat 8,800 EUR per full post per year.")), UnitAmountRole.FlatEligibleCostPerUnit),
            ],
            ApplicantKinds = [ApplicantKind.WelfareAssociation],
            ApprovalAuthority = F(Arnsberg, U(KommAnPartIII, ArnsbergInferred)),
            Notes =
            [
                "Stärkung der Integrationsagenturen: for the Freie Wohlfahrtspflege, not for KIs.",
                "Staff costs count up to TV-L E 11 Stufe 5 [V].",
            ],
        };

        return new Programme("komm-an", new LocalizedText("KOMM-AN NRW", "KOMM-AN NRW"), basis,
        [
            Line("komm-an-1", new LocalizedText("Programmteil I: Stärkung der Kommunalen Integrationszentren", "Part I: strengthening the KIs"), PartI),
            Line("komm-an-2a", new LocalizedText("Programmteil II A: Ankommenstreffpunkte", "Part II A: arrival meeting points"),
                PartII("Block A: renovation, equipment and running of Ankommenstreffpunkte.")),
            Line("komm-an-2b", new LocalizedText("Programmteil II B: Begegnung, Orientierung, Begleitung", "Part II B: encounter, orientation, accompaniment"),
                PartII("Block B: measures for getting together, orientation and accompaniment.")),
            Line("komm-an-2c", new LocalizedText("Programmteil II C: Information und Wissensvermittlung", "Part II C: information and knowledge transfer"),
                PartII("Block C: information and knowledge transfer.")),
            Line("komm-an-2d", new LocalizedText("Programmteil II D: Qualifizierung Ehrenamtlicher", "Part II D: qualification of volunteers"),
                PartII("Block D: qualification of volunteers and support for their work.")),
            new FundingLine("komm-an-3", new LocalizedText("Programmteil III: Stärkung der Integrationsagenturen", "Part III: strengthening the Integrationsagenturen"), [partIII]),
        ])
        {
            Budgets = budgets,
        };
    }

    private static Programme Kim()
    {
        var basis = new LegalBasis("Richtlinie Kommunales Integrationsmanagement (KIM)", Date(2020, 11, 25), V(KimDirective2020));
        var block1 = new FundingLineVersion(Open(Date(2020, 11, 25)), F(FinancingType.FixedAmount, V(KimBra)))
        {
            ValiditySource = U(KimDirective2020, "From the directive of 25.11.2020; a new directive of 12.12.2024 (MBl. NRW. 2024 S. 1229) exists. The figures are those of the current BR Arnsberg page."),
            UnitAmounts =
            [
                new UnitAmount("coordination-post", new LocalizedText("Koordinierungsstelle (je Jahr)", "coordination post (per year)"), Eur(57_000, V(KimBra, "Up to 57,000 EUR per year per coordination post."))),
                new UnitAmount("half-admin-post", new LocalizedText("halbe Stelle Verwaltungsassistenz (je Jahr)", "half administrative assistant post (per year)"), Eur(22_500, V(KimBra, "22,500 EUR per year for 0.5 Verwaltungsassistenz."))),
                new UnitAmount("workplace", new LocalizedText("Einrichtung eines Arbeitsplatzes je Vollzeitstelle", "setting up a workplace per full-time post"), Eur(5_700, V(KimBra, "Up to 5,700 EUR per full-time post to set up a workplace."))),
            ],
            ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt],
            RequiresIntegrationCentre = true,
            ApprovalAuthority = F(Arnsberg, V(KimBra)),
            Notes =
            [
                "Block 1, strategic management. Block 2 (case management) and block 3 (staff in foreigners' and naturalisation offices) are the lines kim-2 and kim-3.",
                "Applications: the 2025 call for blocks 1 and 2 under the directive of 12.12.2024 ran from 19.12.2024 to 16.01.2025 [V, Förderportal NRW]; no yearly deadline rule was found, so none is set.",
                "A kreisangehörige Kommune with its own foreigners' office, youth office and integration council can get an extra coordination post through its Kreis.",
            ],
        };

        SourceReference blocksValidity = U(KimDirective2020, "From the directive of 25.11.2020; the directive of 12.12.2024 keeps the three blocks [V], but its amounts were not read, so no second version is set.");
        var block2 = new FundingLineVersion(Open(Date(2020, 11, 25)), F(FinancingType.FixedAmount, U(KimBraOld, "Block 2 is a 'fachbezogene Pauschale für Personalstellen' (a lump sum per post); modelled as a fixed amount per post.")))
        {
            Basis = new LegalBasis("Richtlinie Kommunales Integrationsmanagement NRW", Date(2020, 11, 25), V(KimDirective2020)),
            ValiditySource = blocksValidity,
            UnitAmounts =
            [
                new UnitAmount("case-management-post", new LocalizedText("Case-Management-Stelle (je Jahr)", "case management post (per year)"), Eur(57_000, U(KimCoesfeld, CoesfeldPostNote))),
            ],
            ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt],
            RequiresIntegrationCentre = true,
            PassThroughAllowed = true,
            ApprovalAuthority = F(Arnsberg, V(KimBra)),
            Notes =
            [
                "Block 2: posts for a case management across legal areas (rechtskreisübergreifendes Case Management) for people with a migration history [V, BR Arnsberg].",
                "Posts may sit with the Kreis, the kreisfreie Stadt, kreisangehörige Kommunen or the Freie Wohlfahrtspflege [S, kim.nrw]; Kreise pass posts on (Kreis Heinsberg, Kreis Coesfeld council papers) [S].",
                "The 2025 call took applications for blocks 1 and 2 from Kreise and kreisfreie Städte, 19.12.2024 to 16.01.2025 [V, Förderportal NRW]. How many posts a Kommune gets was not found.",
            ],
        };

        var block3 = new FundingLineVersion(Open(Date(2020, 11, 25)), F(FinancingType.FixedAmount, U(KimBraOld, "Block 3 is a 'fachbezogene Pauschale für zusätzliche Personalstellen' in the foreigners' and naturalisation offices; modelled as a fixed amount per post.")))
        {
            Basis = new LegalBasis("Richtlinie Kommunales Integrationsmanagement NRW", Date(2020, 11, 25), V(KimDirective2020)),
            ValiditySource = blocksValidity,
            UnitAmounts =
            [
                new UnitAmount("immigration-office-post", new LocalizedText("Stelle in der Ausländer- oder Einbürgerungsbehörde (je Jahr)", "post in the foreigners' or naturalisation office (per year)"), Eur(57_000, U(KimCoesfeld, CoesfeldPostNote))),
            ],
            ApplicantKinds = [ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt, ApplicantKind.Gemeinde],
            ApprovalAuthority = F(Arnsberg, V(KimBra)),
            Notes =
            [
                "Block 3: extra posts in the Ausländer- und Einbürgerungsbehörden, to secure the residence of well-integrated people (§§ 25a, 25b AufenthG) and their naturalisation [S, Kreis Kleve and Stadt Münster pages].",
                "Kommunen with a KI and Kommunen with their own foreigners' and/or naturalisation office may receive it [V, BR Arnsberg], so a kreisangehörige Gemeinde with its own office qualifies without a KI.",
                "The 2025 call took applications for blocks 1 and 2 only [V, Förderportal NRW]; how block 3 is granted under the directive of 12.12.2024 was not read.",
            ],
        };

        return new Programme("kim", new LocalizedText("Kommunales Integrationsmanagement (KIM)", "Municipal integration management (KIM)"), basis,
            [
                new FundingLine("kim-1", new LocalizedText("KIM Baustein 1: strategisches Management", "KIM block 1: strategic management"), [block1]),
                new FundingLine("kim-2", new LocalizedText("KIM Baustein 2: Case Management", "KIM block 2: case management"), [block2]),
                new FundingLine("kim-3", new LocalizedText("KIM Baustein 3: Ausländer- und Einbürgerungsbehörden", "KIM block 3: foreigners' and naturalisation offices"), [block3]),
            ])
        {
            Budgets = [new AnnualBudget(FiscalYear.Of(2021), Eur(50_000_000, V(KimBudget, "Budget 2021; later 75 Mio EUR per year [S] (kim.nrw).")))],
        };
    }

    private static Programme Pauschale2018()
    {
        var basis = new LegalBasis("§ 14a TIntG (old): Integrationspauschale 2018", Date(2018, 10, 12), V(Pauschale2018Law));
        var version = new FundingLineVersion(new DateInterval(Date(2018, 1, 1), Date(2018, 12, 31)),
            F(FinancingType.FixedAmount, U(Pauschale2018Law, "A statutory allocation to the Gemeinden by key; 'fixed amount by key' is this catalogue's reading.")))
        {
            ValiditySource = U(Pauschale2018Law, "The money is for 2018; the fiscal year 2018 is taken as the validity."),
            Budget = Eur(100_000_000, S(Pauschale2018Key, "100 Mio EUR to the 396 Gemeinden.")),
            ApplicantKinds = [ApplicantKind.Gemeinde],
            DistributionKey = new DistributionKey(
            [
                new DistributionIndicator(new LocalizedText("Personen nach AWoV am 1.1.2018", "persons under the AWoV on 1.1.2018"), F(0.6m, S(Pauschale2018Key)))
                {
                    Code = "awov-persons",
                    Total = F(153_727m, S(Pauschale2018Key, "NRW total.")),
                },
                new DistributionIndicator(new LocalizedText("Personen nach FlüAG, Durchschnitt Okt.–Dez. 2017", "persons under the FlüAG, average Oct-Dec 2017"), F(0.4m, S(Pauschale2018Key)))
                {
                    Code = "flueag-persons",
                    Total = F(88_380m, S(Pauschale2018Key, "NRW total.")),
                },
            ])
            {
                Floor = Eur(50_000, S(Pauschale2018Key, "Minimum 50,000 EUR per Gemeinde.")),
                Method = "Reconstruction: amount = round(s × (60,000,000 · W / 153,727 + 40,000,000 · F / 88,380)), floored at 50,000, with s ≈ 0.99325 paying for the minimum top-ups; reproduces 17 of 19 published amounts to within 1 EUR.",
                MethodSource = U(Pauschale2018Amounts, "Derived [D] in this catalogue from the amounts published per Gemeinde (Kreis Paderborn, Kreis Minden-Lübbecke); the statutory scaling and rounding rule was not read in the law text [U]."),
            },
            Notes = ["Is there a per-municipality annex in the law? No evidence [U]; the ministries published the amounts per Kommune."],
        };

        return new Programme("integrationspauschale-2018", new LocalizedText("Integrationspauschale 2018", "Integration lump sum 2018"), basis,
            [new FundingLine("integrationspauschale-2018", new LocalizedText("Integrationspauschale 2018 (§ 14a TIntG a. F.)", "Integration lump sum 2018 (old § 14a TIntG)"), [version])]);
    }

    private static Programme Pauschale17()
    {
        var basis = new LegalBasis("Teilhabe- und Integrationsgesetz (TIntG), § 17 Integrationspauschalen", Date(2021, 11, 25), V(Tintg2021));
        var version = new FundingLineVersion(Open(Date(2022, 1, 1)), F(FinancingType.FixedAmount, V(Tintg17)))
        {
            ValiditySource = V(Tintg2021, "In force 1.1.2022."),
            UnitAmounts =
            [
                new UnitAmount("person-quarter", new LocalizedText("Person und Quartal", "person and quarter"), Eur(300, V(Tintg17, "300 EUR per quarter per person for 2 years from entry, for the groups in § 14."))),
            ],
            ApplicantKinds = [ApplicantKind.Gemeinde],
            ApprovalAuthority = F(Arnsberg, V(Tintg17, "The KfI at BR Arnsberg sets and pays it, using the stock on the quarterly key dates.")),
            Notes = ["Children born within 2 years of the mother's entry count for 2 years from birth. Before 2022 (old § 14): 1,050 EUR (SGB XII) and 250 EUR (SGB II) per quarter [S], not in this catalogue."],
        };

        return new Programme("integrationspauschale-17", new LocalizedText("Integrationspauschalen nach § 17 TIntG", "Integration lump sums under § 17 TIntG"), basis,
            [new FundingLine("integrationspauschale-17", new LocalizedText("Integrationspauschale je Person und Quartal", "Integration lump sum per person and quarter"), [version])]);
    }

    private static FundingMix KiFundingMix2016() => new("NRW's Kommunale Integrationszentren, 2016",
        [
            new FundingContribution(FundingSource.Municipal, Euro.FromEuros(19_600_000)),
            new FundingContribution(FundingSource.Land, Euro.FromEuros(14_500_000)),
            new FundingContribution(FundingSource.FoundationsAndThirdParties, Euro.FromEuros(5_300_000)),
        ],
        S(DefaultKiProgrammes.HerfordPress2017, "Published total 39.4 Mio EUR; third-party funds 'fast 5,3' (almost 5.3) Mio EUR; not found in a second source."));
}
