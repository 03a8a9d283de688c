using System.Collections.Immutable;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Förderlinie: one line of a programme (Programmteil, Baustein) with its versions in time.
/// </summary>
/// <remarks>
/// <para>
/// Versions are kept in order of their start date. The constructor accepts overlapping versions and gaps so that a
/// catalogue can be checked and reported (<see cref="ProgrammeCatalogue.Check"/>); <see cref="FindVersion"/> answers
/// <see cref="VersionLookupStatus.Ambiguous"/> on an overlap instead of picking one.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FundingLine
{
    /// <summary>Creates a funding line.</summary>
    /// <param name="id">A stable identifier in kebab case, such as <c>komm-an-3</c>.</param>
    /// <param name="name">The line's name in German and English.</param>
    /// <param name="versions">The versions in time, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="versions"/> or a version is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or contains white space.</exception>
    public FundingLine(string id, LocalizedText name, IEnumerable<FundingLineVersion> versions)
    {
        ModelChecks.CheckIdentifier(id, "A funding line identifier", "Die Kennung einer Förderlinie");
        ImmutableArray<FundingLineVersion> all = ModelChecks.CopyNotNull(versions);
        Id = id;
        Name = name;
        Versions = [.. all.OrderBy(v => v.Validity.Start).ThenBy(v => v.Validity.End)];
    }

    /// <summary>The stable identifier, such as <c>komm-an-3</c>.</summary>
    public string Id { get; }

    /// <summary>The line's name in German and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The versions in order of their start date.</summary>
    public ImmutableArray<FundingLineVersion> Versions { get; }

    /// <summary>Finds the version in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version, or an explicit "not in force" or "ambiguous" answer.</returns>
    public VersionLookup FindVersion(LocalDate date) =>
        new(Id, date, [.. Versions.Where(v => v.Validity.Contains(date))]);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
