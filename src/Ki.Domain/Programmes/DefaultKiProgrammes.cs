using System.Collections.Immutable;
using NodaTime;
using static Ki.Domain.Programmes.EmbeddedFacts;

namespace Ki.Domain.Programmes;

/// <summary>
/// The embedded programmes KIs run, written as data in plain code (trim and AOT safe). Every claim cites the
/// publication it comes from (title, publisher, date where known, address); nothing is filled in that no source says.
/// </summary>
/// <remarks>
/// Validity starts are the earliest date a source here attests the programme as run by a KI; the programmes may be
/// older, so every start is marked [U]. No entry carries an amount: none of the sources read names one.
/// </remarks>
internal static class DefaultKiProgrammes
{
    // Press releases of the Kreise (the project's seed texts), cited as the releases themselves.
    private const string SoestPress2019 = "Pressemeldung Kreis Soest, 26.09.2019: \"Serap Güler besucht Kommunales Integrationszentrum Kreis Soest\" (kso.2019.09.26.374.sm/-rn)";
    private const string SoestPress2018 = "Pressemeldung Kreis Soest, 18.06.2018: \"Integrationszentrum koordiniert Courage-Schulen\", https://www.kreis-soest.de/pressemitteilungen/presseservice/990829.php";
    internal const string HerfordPress2017 = "Pressetext Kreis Herford, 07.08.2017: \"Sommertour: Staatssekretärin für Integration besucht Kommunales Integrationszentrum im Kreis Herford\"";

    // Programme and authority pages.
    private const string ProgrammeSite = "Griffbereit & Rucksack KiTa, programme website (ZfTI), home page: https://www.griffbereit-rucksack.de/en/";
    private const string Bundestransfer = "Griffbereit & Rucksack KiTa, \"Bundestransfer\": https://www.griffbereit-rucksack.de/ueber-uns/bundestransfer/";
    private const string Auridis = "Auridis Stiftung, \"Bundestransfer griffbereitMINI, Griffbereit und Rucksack KiTa\": https://www.auridis-stiftung.de/unsere-projekte/bundestransfer-griffbereit-rucksack-kita (also https://www.auridis.de/node/46)";
    private const string KiKoeln = "Kommunales Integrationszentrum Köln, \"Projekte und Programme\" (frühkindliche Bildung): https://ki-koeln.de/en/bildung/fruehkindliche-bildung/projekte-und-programme";
    private const string LippeGriffbereit = "Kreis Lippe via medien-lippe.de, \"Mehrsprachigkeit als Grundstein ... Programm Griffbereit nun auch in Lippe\": https://medien-lippe.de/mehrsprachigkeit-als-grundstein-fuer-bildungserfolg-und-gesellschaftliche-teilhabe-programm-griffbereit-nun-auch-in-lippe";
    private const string LippeRucksackSchule = "Kreis Lippe, willkommen-in-lippe.de, \"Rucksack Schule\": https://willkommen-in-lippe.de/bildung/schule/rucksack-schule";
    private const string LasiRucksackSchule = "Landesstelle Schulische Integration (LaSI), \"Rucksack Schule\": https://lasi-netzwerk-nrw.de/handlungsfelder/foerderung-mehrsprachigkeit/rucksack-schule";
    private const string BraRucksackSchule = "Bezirksregierung Arnsberg, \"Rucksack Schule – Landeskoordination\": https://www.bra.nrw.de/bildung-schule/landesstelle-schulische-integration/rucksack-schule-landeskoordination";
    private const string RsKreisRucksackSchule = "Rhein-Sieg-Kreis, Kommunales Integrationszentrum, \"Rucksack Schule\": https://www.rhein-sieg-kreis.de/micosites/integrationsportal/angebote-ki/rucksack-schule.php";
    private const string RpHilden = "RP Online (Hilden), \"Rucksack-Projekt hilft bei der Sprachbildung\" (article date not recorded): https://rp-online.de/nrw/staedte/hilden/rucksack-projekt-hilft-bei-der-sprachbildung_aid-23117705";
    private const string SoestIac = "Kreis Soest, Integrationsportal zuhause-im-kreis-soest.de, \"Interkulturelles Assessmentcenter\": https://www.zuhause-im-kreis-soest.de/interkulturelles-assessmentcenter";
    private const string RemscheidIac = "Stadt Remscheid, Kommunales Integrationszentrum, \"Interkulturelles Assessmentcenter (IAC)\": https://remscheid.de/menschen-soziales/integration-migration/kommunales-integrationszentrum/interkulturelles-assessmentcenter.php";
    private const string KiSummary = "Bezirksregierung Arnsberg, \"Förderung Kommunaler Integrationszentren (KI)\" (summary of the KI directive), via mirror: https://www.pufii.de/html/link.cms?id=2012";
    private const string DuerenPool = "Kreis Düren, Kommunales Integrationszentrum, \"Ehrenamtlicher Dolmetscherdienst\": https://www.kreis-dueren.de/kreishaus/amt/amt46/ki/integrationskonzept/03-1_Ehrenamtlicher-Dolmetscherdienst.php";
    private const string LippePool = "Kreis Lippe, willkommen-in-lippe.de, \"Laiensprachmittelndenpool\": https://willkommen-in-lippe.de/angebote/sprachmittler";
    private const string HeinsbergSeb = "Kreis Heinsberg, Integrationsportal, \"Seiteneinsteigerberatung\": https://www.integrationsportal-kreis-heinsberg.de/kommunales-integrationszentrum-kreis-heinsberg/schulische-bildung/seiteneinsteigerberatung/";
    private const string HerneSeb = "Stadt Herne, Kommunales Integrationszentrum, \"Schulische Erstberatung\": https://www.herne.de/Stadt-und-Leben/Integration/Kommunales-Integrationszentrum/Schulische-Erstberatung/";
    private const string SoestRecognition = "suedwestfalen-nachrichten.de, \"KI berät zu Anerkennung ausländischer Abschlüsse\" (Kreis Soest; article date not recorded): https://suedwestfalen-nachrichten.de/mittelstand-suedwestfalen/ki-beraet-zu-anerkennung-auslaendischer-abschluesse";
    private const string KoelnCourage = "Stadt Köln, Presseservice, \"Stärkung der Anti-Diskriminierungsarbeit Kölner Schulen\": https://www.stadt-koeln.de/politik-und-verwaltung/presseservice/staerkung-der-anti-diskriminierungsarbeit-koelner-schulen";

    private const string StartNote = "Start = the earliest date a source here attests the programme as run by a KI; the programme may be older. No end is known.";

    private static readonly LocalizedText Ki = new("Kommunales Integrationszentrum (KI)", "the Kommunales Integrationszentrum (KI)");

    /// <summary>Builds the KI programmes.</summary>
    public static ImmutableArray<KiProgramme> Build() =>
        [GriffbereitMini(), Griffbereit(), RucksackKita(), RucksackSchule(), AssessmentCentre(), InterpreterPool(), NewcomerCounselling(), RecognitionCounselling(), CourageSchools()];

    private static DateInterval From(int year, int month, int day) => new(new LocalDate(year, month, day), LocalDate.MaxIsoValue);

    private static LocalDelivery Soest2019() => new("05974", new LocalDate(2019, 9, 26), S(SoestPress2019));

    private static ProgrammeFunding AuridisTransfer() =>
        new(T("Auridis Stiftung", "Auridis foundation"),
            T("Bundestransfer: ein Team am ZfTI verbreitet die Programme in andere Bundesländer", "federal transfer: a team at the ZfTI spreads the programmes to other Länder"),
            S(Bundestransfer, "The transfer team was set up in 2017 and is funded by the Auridis foundation. This funds the transfer beyond NRW, not the groups KIs run in NRW."))
        {
            Kind = FundingSource.FoundationsAndThirdParties,
            Period = From(2017, 1, 1),
            PeriodSource = U(Bundestransfer, "'Im Jahr 2017 ... etabliert'; the day is not given, so 1 January 2017 is assumed; no end is given (Auridis aims at coordination offices in at least nine Länder by 2026)."),
        };

    private static KiProgramme GriffbereitMini() => new("griffbereit-mini", T("griffbereitMINI", "griffbereitMINI"),
    [
        new KiProgrammeVersion(From(2017, 1, 1), F(T(
                "Alltagsintegrierte mehrsprachige Sprach- und Familienbildung in Eltern-Kind-Gruppen für Familien mit Babys (0–1 Jahre) und Schwangere, geleitet von zwei Elternbegleitungen.",
                "Multilingual language and family education in parent-and-child groups for families with babies (0-1 years) and expectant mothers, led by two parent facilitators."), S(KiKoeln)))
        {
            ValiditySource = U(Auridis, StartNote + " griffbereitMINI is named in the Bundestransfer funded since 2017."),
            TargetGroups = [F(TargetGroup.Parents, S(KiKoeln)), F(TargetGroup.YoungChildren, S(KiKoeln, "Babies between zero and one year old; expectant mothers may take part."))],
            Stages = [F(EducationStage.EarlyChildhood, S(KiKoeln))],
            AgeRange = F(new AgeRange(0, 1), S(KiKoeln, "'Families with babies between zero and one year old as well as pregnant women'.")),
            Languages = F(T("Mehrsprachig: Familiensprache(n) und Deutsch", "multilingual: the family language(s) and German"), S(Auridis)),
            Responsibilities =
            [
                new(ProgrammeRole.Coordinates, Ki, S(KiKoeln, "The KI Köln has coordinated griffbereitMINI, Griffbereit and Rucksack KiTa for many years.")),
                new(ProgrammeRole.Delivers, T("zwei Elternbegleitungen in Familienbildungsstätten, Familienzentren oder Migrantenorganisationen", "two parent facilitators in family education centres, family centres or migrant organisations"), S(KiKoeln)),
            ],
            Funding = [AuridisTransfer()],
            Notes = ["No source here names who pays for local griffbereitMINI groups in NRW, or any amount."],
        },
    ]);

    private static KiProgramme Griffbereit() => new("griffbereit", T("Griffbereit", "Griffbereit"),
    [
        new KiProgrammeVersion(From(2017, 1, 1), F(T(
                "Mehrsprachiges, diversitätsbewusstes Programm der frühen Bildung: Eltern-Kind-Gruppen verbinden Sprachbildung mit Elternbildung; Eltern und pädagogische Fachkräfte wirken mit.",
                "Multilingual, diversity-aware early-education programme: parent-and-child groups combine language education with parent education, involving parents and Kita staff."), S(Auridis)))
        {
            ValiditySource = U(Auridis, StartNote + " Griffbereit is named in the Bundestransfer funded since 2017."),
            TargetGroups =
            [
                F(TargetGroup.Parents, S(ProgrammeSite, "A family education programme for families with or without international family history.")),
                F(TargetGroup.YoungChildren, S(ProgrammeSite)),
                F(TargetGroup.EducationStaff, S(Auridis, "Children, parents and educational staff are the actors.")),
            ],
            Stages = [F(EducationStage.EarlyChildhood, S(SoestPress2019, "'Elementar- und Primarbereich' for Griffbereit, Rucksack Kita and Rucksack Schule together."))],
            AgeRange = F(new AgeRange(1, 3), S(ProgrammeSite, "'Children ages one to three'; the KI Lippe says the same (medien-lippe.de).")),
            Languages = F(T("Deutsch und die Familiensprache(n)", "German and the family language(s)"), S(Auridis, "Children are supported in German and at the same time in their family language(s).")),
            Responsibilities =
            [
                new(ProgrammeRole.Coordinates, Ki, S(Auridis, "Described as programmes of the Kommunale Integrationszentren in NRW.")),
                new(ProgrammeRole.Delivers, T("eine mehrsprachige Elternbegleitung", "a multilingual parent facilitator"), S(KiKoeln)),
                new(ProgrammeRole.Delivers, T("Träger von Spielkreisen und Spielgruppen", "providers of play groups"), S(LippeGriffbereit, "Griffbereit 'can also be attached to providers of play groups'.")),
            ],
            Funding = [AuridisTransfer()],
            Notes = ["No source here names who pays for local Griffbereit groups in NRW, or any amount."],
        },
    ])
    {
        LocalDeliveries = [Soest2019(), new("05315", new LocalDate(2025, 1, 1), U(KiKoeln, "The page is undated; the date stands for 'page read as an archived copy', not a publication date.")), new("05766", new LocalDate(2019, 1, 1), U(LippeGriffbereit, "Article date not recorded; 2019 is assumed from the article's context."))],
    };

    private static KiProgramme RucksackKita() => new("rucksack-kita", T("Rucksack KiTa", "Rucksack KiTa"),
    [
        new KiProgrammeVersion(From(2017, 1, 1), F(T(
                "Mehrsprachiges Sprach- und Elternbildungsprogramm in der Kita: Eltern lernen mit Elternbegleitungen und Kita-Fachkräften, wie sie ihre Kinder spielerisch in der Sprache und allgemeinen Entwicklung stärken.",
                "Multilingual language and parent-education programme in the Kita: with parent facilitators and Kita staff, parents learn how to strengthen their children's language and general development through play."), S(ProgrammeSite)))
        {
            ValiditySource = U(Auridis, StartNote + " Rucksack KiTa is named in the Bundestransfer funded since 2017."),
            TargetGroups =
            [
                F(TargetGroup.Parents, S(ProgrammeSite, "Aimed at parents or families with international family history.")),
                F(TargetGroup.KitaChildren, S(ProgrammeSite)),
                F(TargetGroup.EducationStaff, S(Auridis)),
            ],
            Stages = [F(EducationStage.EarlyChildhood, S(SoestPress2019, "'Elementar- und Primarbereich' for the three programmes together."))],
            AgeRange = F(new AgeRange(4, 6), S(ProgrammeSite, "'Children ages four to six'; the KI Lippe says the same (medien-lippe.de).")),
            Languages = F(T("Deutsch und die Familiensprache(n)", "German and the family language(s)"), S(Auridis)),
            Responsibilities =
            [
                new(ProgrammeRole.Coordinates, Ki, S(Auridis, "Described as programmes of the Kommunale Integrationszentren in NRW.")),
                new(ProgrammeRole.Delivers, T("Kindertageseinrichtung mit geschulten Elternbegleitungen", "the Kita, with trained parent facilitators"), S(Bundestransfer)),
            ],
            Funding = [AuridisTransfer()],
            Notes = ["No source here names who pays for local Rucksack KiTa groups in NRW, or any amount."],
        },
    ])
    {
        LocalDeliveries = [Soest2019(), new("05315", new LocalDate(2025, 1, 1), U(KiKoeln, "The page is undated; the date stands for 'page read as an archived copy', not a publication date."))],
    };

    private static KiProgramme RucksackSchule() => new("rucksack-schule", T("Rucksack Schule", "Rucksack Schule"),
    [
        new KiProgrammeVersion(From(2018, 1, 1), F(T(
                "Sprach- und Elternbildungsprogramm der Grundschule: Unterrichtsinhalte werden zeitlich und inhaltlich abgestimmt im Klassenunterricht auf Deutsch, im Herkunftssprachlichen Unterricht (HSU) und in wöchentlichen Elterngruppen in der Familiensprache behandelt.",
                "Primary-school language and parent-education programme: lesson topics are covered in step in class in German, in heritage-language teaching (HSU) and in weekly parent groups in the family language."), S(LasiRucksackSchule)))
        {
            ValiditySource = U(RpHilden, StartNote + " The earliest dated claim found is the IfKuF funding in 2018."),
            TargetGroups =
            [
                F(TargetGroup.PrimarySchoolChildren, S(RsKreisRucksackSchule, "Primary school children and their parents, with and without international family history.")),
                F(TargetGroup.Parents, S(RsKreisRucksackSchule)),
                F(TargetGroup.Schools, S(BraRucksackSchule, "Primary schools get an offer for diversity-aware teaching and school development.")),
            ],
            Stages = [F(EducationStage.Primary, V(BraRucksackSchule, "'Grundschülerinnen und Grundschüler'; the Rhein-Sieg-Kreis page names years 1 to 4."))],
            Languages = F(T("Deutsch und die Herkunfts-/Familiensprachen", "German and the heritage/family languages"), V(BraRucksackSchule)),
            Responsibilities =
            [
                new(ProgrammeRole.Coordinates, Ki, S(LippeRucksackSchule, "The KIs coordinate or accompany the programme, also with other offices and providers, and offer information events and training.")),
                new(ProgrammeRole.ProvidesMaterials, Ki, S(LippeRucksackSchule, "After an agreement between the primary school and the KI, the KI supplies the materials free of charge.")),
                new(ProgrammeRole.PaysForDelivery, T("Träger vor Ort", "the local provider"), S(LippeRucksackSchule, "'Der Träger vor Ort finanziert die Programmdurchführung.'")),
                new(ProgrammeRole.Delivers, T("Grundschule, HSU-Lehrkraft und geschulte Elternbegleitung", "the primary school, the heritage-language teacher and a trained parent facilitator"), V(BraRucksackSchule)),
                new(ProgrammeRole.Trains, Ki, S(RsKreisRucksackSchule, "The parent facilitator is trained by the KI of the Rhein-Sieg-Kreis.")),
                new(ProgrammeRole.Develops, T("Landesstelle Schulische Integration (LaSI)", "the Landesstelle Schulische Integration (LaSI)"), S(LasiRucksackSchule, "LaSI supports the KIs, supplies the materials and develops the programme further.")),
            ],
            Funding =
            [
                new ProgrammeFunding(T("Träger vor Ort", "the local provider"), T("Durchführung des Programms", "delivery of the programme"),
                    S(LippeRucksackSchule, "The kind of money is not stated: the local provider may be a Kommune, a welfare association or another body.")),
                new ProgrammeFunding(
                    T("Land NRW (MKFFI), Programm \"Integrationschancen für Kinder und Familien\" (IfKuF)", "Land NRW (MKFFI), programme 'Integrationschancen für Kinder und Familien' (IfKuF)"),
                    T("Förderung von Rucksack Schule", "funding of Rucksack Schule"),
                    S(RpHilden, "Reported for Hilden; that the whole Land programme ran through IfKuF is not stated."))
                {
                    Kind = FundingSource.Land,
                    Period = new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)),
                    PeriodSource = U(RpHilden, "'In 2018'; the calendar year is assumed. Funding in other years was not found."),
                },
            ],
            Notes =
            [
                "Needs an agreement (Vereinbarung) between the school and the KI [S].",
                "No amount is known: neither the local provider's costs nor the IfKuF grant are named in any source here.",
            ],
        },
    ])
    {
        LocalDeliveries = [Soest2019()],
    };

    private static KiProgramme AssessmentCentre() => new("interkulturelles-assessment-center", T("Interkulturelles Assessment Center (IAC)", "Intercultural assessment centre (IAC)"),
    [
        new KiProgrammeVersion(From(2015, 1, 1), F(T(
                "Migrationssensibel gestaltetes berufliches Trainings- und Feststellungsverfahren: junge Menschen mit Zuwanderungsgeschichte erkennen und trainieren ihre (interkulturellen) beruflichen Kompetenzen; Ziel ist die Anschlussvermittlung in Praktikum oder Ausbildung.",
                "A vocational training and assessment day designed with migration in mind: young people with a migration history find and train their (intercultural) job skills; the aim is a placement or an apprenticeship."), S(SoestPress2019)))
        {
            ValiditySource = U(SoestIac, StartNote + " The Kreis Soest KI began developing its IAC in 2015; the KI Remscheid used the method before."),
            TargetGroups = [F(TargetGroup.YoungPeople, S(SoestIac, "Young people and young adults with a migration history and/or experience of flight."))],
            Stages = [F(EducationStage.SchoolToWork, S(SoestIac))],
            Responsibilities =
            [
                new(ProgrammeRole.Delivers, Ki, S(SoestIac, "Run by the KI Kreis Soest; about seven hours, groups of up to 16.")),
                new(ProgrammeRole.Delivers, T("geschulte Beobachterinnen und Beobachter aus Unternehmen, Kreishandwerkerschaft, IHK und anderen Institutionen", "trained observers from firms, the Kreishandwerkerschaft, the chamber of commerce (IHK) and other institutions"), S(SoestIac)),
                new(ProgrammeRole.Develops, T("Kommunale Integrationszentren Remscheid und Kreis Soest; Landesweite Koordinierungsstelle (LaKI) mit der TU Dortmund (2016–2017)", "the KIs of Remscheid and Kreis Soest; the state-wide coordination office (LaKI) with TU Dortmund (2016-2017)"), S(RemscheidIac)),
            ],
            Notes =
            [
                "The domain reference had found nothing on the IAC [U]; the search found the Kreis Soest and Remscheid pages cited here.",
                "No source here names who pays for an IAC, or any amount.",
            ],
        },
    ])
    {
        LocalDeliveries = [Soest2019(), new("05120", new LocalDate(2025, 1, 1), U(RemscheidIac, "The page is undated; the date stands for 'page read as an archived copy', not a publication date."))],
    };

    private static KiProgramme InterpreterPool() => new("laiensprachmittlerpool", T("Laiensprachmittlerpool", "Lay interpreter pool"),
    [
        new KiProgrammeVersion(From(2013, 1, 1), F(T(
                "Pool ehrenamtlicher, geschulter Sprachmittlerinnen und Sprachmittler, den das KI öffentlichen und gemeinnützigen Einrichtungen für Gespräche mit Menschen ohne ausreichende Deutschkenntnisse vermittelt; keine vereidigten Dolmetscher.",
                "A pool of trained volunteer interpreters whom the KI sends to public and non-profit institutions for conversations with people without enough German; not sworn interpreters."), S(DuerenPool)))
        {
            ValiditySource = U(DuerenPool, StartNote + " The Kreis Düren KI has run its pool 'since 2013'; the KI Lippe since 2016."),
            TargetGroups =
            [
                F(TargetGroup.PeopleWithLittleGerman, S(DuerenPool)),
                F(TargetGroup.Institutions, S(DuerenPool, "Requests come from public or non-profit institutions.")),
            ],
            Languages = F(T("viele Sprachen, je nach Pool (Kreis Düren: 36)", "many languages, depending on the pool (Kreis Düren: 36)"), S(DuerenPool)),
            Responsibilities =
            [
                new(ProgrammeRole.Coordinates, Ki, S(DuerenPool, "The KI arranges the assignments and supports the interpreters.")),
                new(ProgrammeRole.Trains, Ki, S(DuerenPool, "Basic training and further courses by the KI.")),
                new(ProgrammeRole.Delivers, T("ehrenamtliche Laiensprachmittlerinnen und -mittler", "volunteer lay interpreters"), S(LippePool)),
            ],
            Funding =
            [
                new ProgrammeFunding(T("Land NRW, Richtlinie für die Förderung Kommunaler Integrationszentren", "Land NRW, directive on the funding of KIs"),
                    T("Sachausgaben für Aufbau, Einsatz und fachliche Begleitung des Pools, bis zu 50.000 Euro je Jahr und KI", "material costs of setting up, running and supporting the pool, up to 50,000 EUR per year and KI"),
                    V(KiSummary, "Authority page read via a mirror."))
                {
                    Kind = FundingSource.Land,
                    Period = From(2023, 3, 10),
                    PeriodSource = U(KiSummary, "From the KI directive of 10.03.2023, whose line this is; earlier Land funding is reported by the KIs (Düren, Lippe) without dates."),
                    FundingLineId = "ki-2023-interpreter-pool",
                },
                new ProgrammeFunding(T("Land NRW (Integrationsministerium)", "Land NRW (integration ministry)"), T("Laien-Sprachmittlerpool", "lay interpreter pool"),
                    S(DuerenPool, "Funded by the Land integration ministry and, in Kreis Düren, also by the Kreis."))
                {
                    Kind = FundingSource.Land,
                },
            ],
            Notes = ["The cap of 50,000 EUR per year and KI is the Land's grant, not the pool's cost; the pool's costs are not published here."],
        },
    ])
    {
        LocalDeliveries = [Soest2019(), new("05358", new LocalDate(2025, 1, 1), U(DuerenPool, "The page is undated; the date stands for 'page read as an archived copy', not a publication date."))],
    };

    private static KiProgramme NewcomerCounselling() => new("seiteneinsteigerberatung", T("Seiteneinsteigerberatung", "Counselling for newly arrived pupils"),
    [
        new KiProgrammeVersion(From(2017, 8, 7), F(T(
                "Beratung schulpflichtiger neu zugewanderter Kinder und Jugendlicher und ihrer Eltern zum Schulsystem und Unterstützung bei der Suche nach einer Schule und der Anmeldung.",
                "Counselling for newly arrived children and young people of school age and their parents on the school system, and help to find a school and enrol."), S(HeinsbergSeb)))
        {
            ValiditySource = U(HerfordPress2017, StartNote),
            TargetGroups = [F(TargetGroup.NewlyArrivedPupils, S(HeinsbergSeb)), F(TargetGroup.Parents, S(HeinsbergSeb))],
            Stages = [F(EducationStage.Primary, S(HeinsbergSeb)), F(EducationStage.Secondary, S(HeinsbergSeb))],
            Responsibilities =
            [
                new(ProgrammeRole.Delivers, Ki, S(HeinsbergSeb, "Appointments at the KI; the KI also advises teachers and school social workers.")),
                new(ProgrammeRole.Delivers, T("erfahrene Lehrkräfte im KI", "experienced teachers at the KI"), S(HerneSeb, "In Herne the counselling is done by experienced teachers; interpreters join where needed.")),
            ],
            Notes =
            [
                "No source here names a separate funding or amount; the KI's own staff deliver it [U].",
                "Who counts as a Seiteneinsteiger (for example: at most two years at a German school) differs between the pages read.",
            ],
        },
    ])
    {
        LocalDeliveries = [new("05758", new LocalDate(2017, 8, 7), S(HerfordPress2017, "The KI Kreis Herford focuses on the Seiteneinsteigerberatung."))],
    };

    private static KiProgramme RecognitionCounselling() => new("anerkennungsberatung", T("Anerkennungsberatung", "Counselling on the recognition of foreign qualifications"),
    [
        new KiProgrammeVersion(From(2019, 9, 26), F(T(
                "Beratung zur Anerkennung im Ausland erworbener beruflicher Abschlüsse: welche Stelle zuständig ist und wie das Verfahren läuft.",
                "Counselling on the recognition of vocational qualifications gained abroad: which office decides and how the procedure works."), S(SoestRecognition)))
        {
            ValiditySource = U(SoestPress2019, StartNote),
            TargetGroups = [F(TargetGroup.AdultsWithForeignQualifications, S(SoestRecognition))],
            Stages = [F(EducationStage.Adult, S(SoestRecognition))],
            Responsibilities =
            [
                new(ProgrammeRole.Delivers, Ki, S(SoestRecognition, "The Land recognised the KI Kreis Soest as a counselling office; the counselling is given by a specially trained person.")),
                new(ProgrammeRole.Delivers, T("Soester Entwicklungsnetz (Kooperationspartner)", "Soester Entwicklungsnetz (partner)"), S(SoestPress2019, "'Kooperation mit dem Soester Entwicklungsnetz zur Anerkennungsberatung'.")),
            ],
            Funding =
            [
                new ProgrammeFunding(T("Land NRW (Ministerium für Arbeit, Integration und Soziales)", "Land NRW (labour and integration ministry, MAIS)"), T("Anerkennungsberatung im KI Kreis Soest", "recognition counselling at the KI Kreis Soest"),
                    S(SoestRecognition, "'die vom Land bewilligte Beratung'; support by the G.I.B.; no period or amount given."))
                {
                    Kind = FundingSource.Land,
                },
            ],
            Notes = ["Only the Kreis Soest arrangement was found; whether other KIs offer recognition counselling themselves was not checked."],
        },
    ])
    {
        LocalDeliveries = [Soest2019()],
    };

    private static KiProgramme CourageSchools() => new("schule-ohne-rassismus", T("Schule ohne Rassismus – Schule mit Courage", "School without racism – school with courage"),
    [
        new KiProgrammeVersion(From(2018, 6, 18), F(T(
                "Bundesweites Schulnetzwerk gegen Diskriminierung; ein KI kann als Regionalkoordination die Courage-Schulen seines Gebiets beraten und vernetzen.",
                "A nation-wide network of schools against discrimination; a KI can act as regional coordination, advising and connecting the member schools in its area."), S(SoestPress2018)))
        {
            ValiditySource = U(SoestPress2018, StartNote + " The KI Kreis Soest was named regional coordination on this date; other KIs earlier."),
            TargetGroups = [F(TargetGroup.Schools, S(SoestPress2018))],
            Stages = [F(EducationStage.Primary, S(KoelnCourage, "A network for schools of all types.")), F(EducationStage.Secondary, S(KoelnCourage, "A network for schools of all types."))],
            Responsibilities =
            [
                new(ProgrammeRole.Coordinates, Ki, S(SoestPress2018, "Named Regionalkoordination by the Bundeskoordination; 27 Courage schools in Kreis Soest then.")),
                new(ProgrammeRole.Delivers, T("die Schule: mindestens 70 % der Schülerschaft, Lehrkräfte und Beschäftigten verpflichten sich", "the school: at least 70 % of pupils, teachers and staff sign a commitment"), S(KoelnCourage)),
            ],
            Notes = ["No source here names who pays for the KI's regional coordination, or any amount."],
        },
    ])
    {
        LocalDeliveries = [new("05974", new LocalDate(2018, 6, 18), S(SoestPress2018)), Soest2019()],
    };
}
