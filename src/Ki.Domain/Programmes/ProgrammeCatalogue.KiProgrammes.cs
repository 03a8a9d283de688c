using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <content>The programmes KIs run (<see cref="KiProgramme"/>) and the queries a host application needs on them.</content>
public sealed partial class ProgrammeCatalogue
{
    /// <summary>The programmes KIs run (Griffbereit, Rucksack KiTa, the Interkulturelles Assessment Center ...).</summary>
    /// <exception cref="ArgumentNullException">On initialisation: an entry is null.</exception>
    public ImmutableArray<KiProgramme> KiProgrammes { get; init => field = ModelChecks.OrEmptyNotNull(value, nameof(KiProgrammes)); } = [];

    /// <summary>Finds a KI programme by its identifier.</summary>
    /// <param name="id">The identifier, such as <c>rucksack-kita</c>.</param>
    /// <param name="programme">The programme, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether a programme was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFindKiProgramme(string id, [NotNullWhen(true)] out KiProgramme? programme)
    {
        Preconditions.CheckNotNull(id);
        programme = KiProgrammes.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        return programme is not null;
    }

    /// <summary>The KI programmes for a target group on a date, in catalogue order.</summary>
    /// <param name="group">The target group.</param>
    /// <param name="on">The date; a programme counts when its version on that date names the group.</param>
    /// <returns>The programmes.</returns>
    public IEnumerable<KiProgramme> KiProgrammesFor(TargetGroup group, LocalDate on) =>
        KiProgrammes.Where(p => p.VersionOn(on)?.IsFor(group) == true);

    /// <summary>The KI programmes that a kind of money funds on a date (Auridis foundation money, Land programmes ...).</summary>
    /// <param name="source">The kind of money.</param>
    /// <param name="on">The date; a funding counts when its period contains the date or is not named.</param>
    /// <returns>The programmes, in catalogue order.</returns>
    public IEnumerable<KiProgramme> KiProgrammesFundedBy(FundingSource source, LocalDate on) =>
        KiProgrammes.Where(p => p.VersionOn(on)?.FundingOn(on).Any(f => f.Kind == source) == true);

    /// <summary>The KI programmes that a funding line of this catalogue pays for on a date.</summary>
    /// <param name="lineId">The funding line's identifier, such as <c>ki-2023-interpreter-pool</c>.</param>
    /// <param name="on">The date.</param>
    /// <returns>The programmes, in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/> is null.</exception>
    public IEnumerable<KiProgramme> KiProgrammesFundedByLine(string lineId, LocalDate on)
    {
        Preconditions.CheckNotNull(lineId);
        return KiProgrammes.Where(p => p.VersionOn(on)?.FundingOn(on).Any(f => string.Equals(f.FundingLineId, lineId, StringComparison.Ordinal)) == true);
    }

    /// <summary>The KI programmes a source says the KI with this code runs.</summary>
    /// <param name="centreCode">The KI's code: a Kreisschlüssel (<c>05974</c>) or the AGS of a town with its own KI.</param>
    /// <returns>The programmes, in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="centreCode"/> is null.</exception>
    public IEnumerable<KiProgramme> KiProgrammesRunBy(string centreCode)
    {
        Preconditions.CheckNotNull(centreCode);
        return KiProgrammes.Where(p => p.IsRunBy(centreCode));
    }

    /// <summary>Duplicate KI programme identifiers, and funding references to lines this catalogue does not have.</summary>
    private IEnumerable<CatalogueIssue> CheckKiProgrammes()
    {
        foreach (IGrouping<string, KiProgramme> duplicate in KiProgrammes.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new CatalogueIssue(GrantCodes.CatalogueDuplicateId, duplicate.Key, null, new LocalizedText(
                $"Die Kennung des KI-Programms {duplicate.Key} kommt {duplicate.Count()}-mal vor.",
                $"The KI programme identifier {duplicate.Key} occurs {duplicate.Count()} times."));
        }

        var lineIds = new HashSet<string>(Lines.Select(l => l.Id), StringComparer.Ordinal);
        foreach (KiProgramme programme in KiProgrammes)
        {
            foreach (string missing in programme.Versions.SelectMany(v => v.Funding).Select(f => f.FundingLineId).OfType<string>().Where(id => !lineIds.Contains(id)).Distinct(StringComparer.Ordinal))
            {
                yield return new CatalogueIssue(GrantCodes.CatalogueUnknownLine, programme.Id, null, new LocalizedText(
                    $"KI-Programm {programme.Id} verweist auf die Förderlinie {missing}, die der Katalog nicht enthält.",
                    $"KI programme {programme.Id} refers to funding line {missing}, which the catalogue does not hold."));
            }
        }
    }
}
