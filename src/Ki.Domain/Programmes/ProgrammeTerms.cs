namespace Ki.Domain.Programmes;

/// <summary>
/// The German and English names of the KI programme terms (target groups, education stages, roles), for texts shown
/// to users; enum identifiers never appear in user texts.
/// </summary>
/// <remarks>Stateless; safe to call from many threads.</remarks>
public static class ProgrammeTerms
{
    /// <summary>The name of a target group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The name in German and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static LocalizedText For(TargetGroup group) => group switch
    {
        TargetGroup.Parents => new("Eltern und Familien", "parents and families"),
        TargetGroup.YoungChildren => new("Kleinkinder", "young children"),
        TargetGroup.KitaChildren => new("Kinder im Kita-Alter", "children of Kita age"),
        TargetGroup.PrimarySchoolChildren => new("Grundschulkinder", "primary school children"),
        TargetGroup.NewlyArrivedPupils => new("Seiteneinsteigerinnen und Seiteneinsteiger", "newly arrived pupils"),
        TargetGroup.YoungPeople => new("Jugendliche und junge Erwachsene", "young people and young adults"),
        TargetGroup.AdultsWithForeignQualifications => new("Erwachsene mit ausländischen Abschlüssen", "adults with qualifications from abroad"),
        TargetGroup.PeopleWithLittleGerman => new("Menschen ohne oder mit geringen Deutschkenntnissen", "people with little or no German"),
        TargetGroup.EducationStaff => new("pädagogische Fachkräfte", "Kita and school staff"),
        TargetGroup.Institutions => new("Einrichtungen und Behörden", "institutions and public offices"),
        TargetGroup.Schools => new("Schulen", "schools"),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, $"Target group {(int)group} is not defined."),
    };

    /// <summary>The name of an education stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The name in German and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public static LocalizedText For(EducationStage stage) => stage switch
    {
        EducationStage.EarlyChildhood => new("Elementarbereich", "early childhood"),
        EducationStage.Primary => new("Primarbereich", "primary school"),
        EducationStage.Secondary => new("Sekundarbereich", "secondary school"),
        EducationStage.SchoolToWork => new("Übergang Schule–Beruf", "school-to-work transition"),
        EducationStage.Adult => new("Erwachsenenbereich", "adults"),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, $"Education stage {(int)stage} is not defined."),
    };

    /// <summary>The name of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name in German and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public static LocalizedText For(ProgrammeRole role) => role switch
    {
        ProgrammeRole.Coordinates => new("koordiniert und begleitet", "coordinates"),
        ProgrammeRole.Delivers => new("führt durch", "delivers"),
        ProgrammeRole.Trains => new("qualifiziert", "trains"),
        ProgrammeRole.ProvidesMaterials => new("stellt Material bereit", "provides materials"),
        ProgrammeRole.PaysForDelivery => new("finanziert die Durchführung", "pays for delivery"),
        ProgrammeRole.Develops => new("entwickelt weiter", "develops"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, $"Programme role {(int)role} is not defined."),
    };
}
