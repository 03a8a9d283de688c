namespace Ki.Domain.Programmes;

/// <summary>Bildungsabschnitt: the stage of the education chain (Bildungskette) a programme serves.</summary>
/// <remarks>
/// There is deliberately no member with the value 0: <c>default(EducationStage)</c> is not a stage. German and
/// English names are in <see cref="ProgrammeTerms"/>.
/// </remarks>
public enum EducationStage
{
    /// <summary>Elementarbereich: early childhood, before school (family, Kita, play groups).</summary>
    EarlyChildhood = 1,

    /// <summary>Primarbereich: primary school (years 1 to 4).</summary>
    Primary = 2,

    /// <summary>Sekundarbereich: secondary school, including vocational colleges (Berufskollegs).</summary>
    Secondary = 3,

    /// <summary>Übergang Schule–Beruf: the move from school into training or work.</summary>
    SchoolToWork = 4,

    /// <summary>Erwachsenenbereich: adults.</summary>
    Adult = 5,
}
