namespace Ki.Domain.Programmes;

/// <summary>Zielgruppe: whom a programme of a Kommunales Integrationszentrum is for.</summary>
/// <remarks>
/// There is deliberately no member with the value 0: <c>default(TargetGroup)</c> is not a group. A programme usually
/// names several groups (Rucksack KiTa: parents, Kita children and Kita staff). German and English names are in
/// <see cref="ProgrammeTerms"/>.
/// </remarks>
public enum TargetGroup
{
    /// <summary>Eltern und Familien: parents and families.</summary>
    Parents = 1,

    /// <summary>Kleinkinder: children up to three years old (and, for griffbereitMINI, expectant mothers).</summary>
    YoungChildren = 2,

    /// <summary>Kita-Kinder: children of Kita age.</summary>
    KitaChildren = 3,

    /// <summary>Grundschulkinder: children at primary school.</summary>
    PrimarySchoolChildren = 4,

    /// <summary>Seiteneinsteigerinnen und Seiteneinsteiger: newly arrived pupils who join a German school mid-way.</summary>
    NewlyArrivedPupils = 5,

    /// <summary>Jugendliche und junge Erwachsene: young people and young adults.</summary>
    YoungPeople = 6,

    /// <summary>Erwachsene mit ausländischen Abschlüssen: adults whose qualifications were gained abroad.</summary>
    AdultsWithForeignQualifications = 7,

    /// <summary>Menschen ohne oder mit geringen Deutschkenntnissen: people with little or no German.</summary>
    PeopleWithLittleGerman = 8,

    /// <summary>Pädagogische Fachkräfte: staff of Kitas and schools.</summary>
    EducationStaff = 9,

    /// <summary>Einrichtungen und Behörden: public and non-profit institutions (offices, Kitas, schools, counselling services).</summary>
    Institutions = 10,

    /// <summary>Schulen: schools as a whole, their pupils and staff.</summary>
    Schools = 11,
}
