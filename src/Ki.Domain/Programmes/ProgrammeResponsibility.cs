using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Zuständigkeit: who does what for a programme (the KI coordinates, the Kita delivers, the local provider pays for
/// delivery), with its source.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class ProgrammeResponsibility
{
    /// <summary>Creates a responsibility.</summary>
    /// <param name="role">What the party does.</param>
    /// <param name="party">The party in German and English, such as <c>Träger vor Ort</c> / <c>the local provider</c>.</param>
    /// <param name="source">Where the statement comes from.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has an empty text, or <paramref name="source"/> is the default.</exception>
    public ProgrammeResponsibility(ProgrammeRole role, LocalizedText party, SourceReference source)
    {
        Preconditions.CheckRange(role is >= ProgrammeRole.Coordinates and <= ProgrammeRole.Develops, role, $"Programme role {(int)role} is not defined.", $"Die Rolle im Programm {(int)role} ist nicht definiert.");
        Preconditions.CheckArgument(party.German.Length > 0 && party.English.Length > 0, nameof(party), "A responsible party needs a name in German and English.", "Ein Verantwortlicher braucht einen Namen auf Deutsch und Englisch.");
        Role = role;
        Party = party;
        Source = SourceReference.CheckCited(source, "A responsibility needs a source citation.", "Eine Zuständigkeit braucht eine Quellenangabe.");
    }

    /// <summary>What the party does.</summary>
    public ProgrammeRole Role { get; }

    /// <summary>The party in German and English.</summary>
    public LocalizedText Party { get; }

    /// <summary>Where the statement comes from.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns the role and the party in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ProgrammeTerms.For(Role).English}: {Party.English}";
}
