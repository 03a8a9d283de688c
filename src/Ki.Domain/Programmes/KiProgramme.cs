using System.Collections.Immutable;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// KI-Programm: a programme or service a Kommunales Integrationszentrum runs (Griffbereit, Rucksack KiTa, Rucksack
/// Schule, the Interkulturelles Assessment Center, the interpreter pool), versioned by date and cited like a funding
/// line, with or without a money figure.
/// </summary>
/// <remarks>
/// <para>
/// Versions are kept in order of their start date and must not overlap, so that <see cref="VersionOn"/> has one answer
/// or none; gaps are allowed (a programme may pause). <see cref="LocalDeliveries"/> records which KIs a source says run
/// the programme.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class KiProgramme
{
    /// <summary>Creates a KI programme.</summary>
    /// <param name="id">A stable identifier in kebab case, such as <c>rucksack-kita</c>.</param>
    /// <param name="name">The programme's name in German and English.</param>
    /// <param name="versions">The versions in time, in any order; they must not overlap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="versions"/> or a version is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or contains white space, there is no version, or two versions overlap.</exception>
    public KiProgramme(string id, LocalizedText name, IEnumerable<KiProgrammeVersion> versions)
    {
        ModelChecks.CheckIdentifier(id, "A programme identifier", "Die Kennung eines Programms");
        Preconditions.CheckArgument(name.German.Length > 0 && name.English.Length > 0, nameof(name), "A programme needs a name in German and English.", "Ein Programm braucht einen Namen auf Deutsch und Englisch.");
        ImmutableArray<KiProgrammeVersion> all = ModelChecks.CopyNotNull(versions);
        Preconditions.CheckArgument(all.Length > 0, nameof(versions), $"KI programme {id} needs at least one version.", $"Das KI-Programm {id} braucht mindestens eine Fassung.");
        Id = id;
        Name = name;
        Versions = [.. all.OrderBy(v => v.Validity.Start).ThenBy(v => v.Validity.End)];
        for (int i = 1; i < Versions.Length; i++)
        {
            Preconditions.CheckArgument(Versions[i].Validity.Start > Versions[i - 1].Validity.End, nameof(versions),
                $"KI programme {id}: the versions starting {Versions[i - 1].Validity.Start:uuuu'-'MM'-'dd} and {Versions[i].Validity.Start:uuuu'-'MM'-'dd} overlap.",
                $"KI-Programm {id}: die Fassungen ab {TextFormats.Date(Versions[i - 1].Validity.Start, german: true)} und ab {TextFormats.Date(Versions[i].Validity.Start, german: true)} überschneiden sich.");
        }
    }

    /// <summary>The stable identifier, such as <c>rucksack-kita</c>.</summary>
    public string Id { get; }

    /// <summary>The programme's name in German and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The versions in order of their start date, without overlaps.</summary>
    public ImmutableArray<KiProgrammeVersion> Versions { get; }

    /// <summary>Statements that particular KIs run the programme.</summary>
    /// <exception cref="ArgumentNullException">On initialisation: an entry is null.</exception>
    public ImmutableArray<LocalDelivery> LocalDeliveries { get; init => field = ModelChecks.OrEmptyNotNull(value, nameof(LocalDeliveries)); } = [];

    /// <summary>The version that holds on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version, or <see langword="null"/> when none holds on that date.</returns>
    public KiProgrammeVersion? VersionOn(LocalDate date) => Versions.FirstOrDefault(v => v.Validity.Contains(date));

    /// <summary>Whether a source says the KI with this code runs the programme.</summary>
    /// <param name="centreCode">The KI's code: a Kreisschlüssel (<c>05974</c>) or the AGS of a town with its own KI.</param>
    /// <returns>Whether <see cref="LocalDeliveries"/> names the KI.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="centreCode"/> is null.</exception>
    public bool IsRunBy(string centreCode)
    {
        Preconditions.CheckNotNull(centreCode);
        return LocalDeliveries.Any(d => string.Equals(d.CentreCode, centreCode, StringComparison.Ordinal));
    }

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
