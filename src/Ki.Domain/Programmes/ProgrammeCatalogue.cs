using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// A catalogue of funding programmes and their lines, versioned in time; <see cref="Default"/> holds the embedded
/// NRW catalogue (KI-Förderung, KOMM-AN NRW, KIM, Integrationspauschalen, and the programmes KIs run such as Griffbereit
/// and Rucksack) with a citation for every figure.
/// </summary>
/// <remarks>
/// <para>
/// The catalogue is data: the embedded one is built by plain code from literals (no reflection, no resource
/// parsing), so it stays trim- and AOT-safe. <see cref="Check"/> reports overlapping versions, gaps between versions
/// and duplicate identifiers as data.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed partial class ProgrammeCatalogue
{
    private static readonly Lazy<ProgrammeCatalogue> Embedded = new(DefaultCatalogue.Build);

    private static readonly FundingLineVersionValidator EnglishRules = new(german: false);

    private static readonly FundingLineVersionValidator GermanRules = new(german: true);

    /// <summary>Creates a catalogue.</summary>
    /// <param name="programmes">The programmes.</param>
    /// <param name="fundingMixes">Published funding mixes (where the money of KIs or measures came from), if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programmes"/> or a programme is null.</exception>
    public ProgrammeCatalogue(IEnumerable<Programme> programmes, IEnumerable<FundingMix>? fundingMixes = null)
    {
        Programmes = ModelChecks.CopyNotNull(programmes);

        FundingMixes = fundingMixes is null ? [] : [.. fundingMixes];
    }

    /// <summary>The embedded default catalogue.</summary>
    public static ProgrammeCatalogue Default => Embedded.Value;

    /// <summary>The programmes.</summary>
    public ImmutableArray<Programme> Programmes { get; }

    /// <summary>Published funding mixes, such as NRW's KIs in 2016.</summary>
    public ImmutableArray<FundingMix> FundingMixes { get; }

    /// <summary>Every funding line of every programme, in catalogue order.</summary>
    public IEnumerable<FundingLine> Lines => Programmes.SelectMany(p => p.Lines);

    /// <summary>Finds a funding line by its identifier.</summary>
    /// <param name="id">The identifier, such as <c>komm-an-3</c>.</param>
    /// <param name="line">The line, or <see langword="null"/> when none has that identifier.</param>
    /// <returns>Whether a line was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFindLine(string id, [NotNullWhen(true)] out FundingLine? line)
    {
        Preconditions.CheckNotNull(id);
        line = Lines.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));
        return line is not null;
    }

    /// <summary>The programme a line belongs to.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The programme, or <see langword="null"/> when the line is not in this catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public Programme? ProgrammeOf(FundingLine line)
    {
        Preconditions.CheckNotNull(line);
        return Programmes.FirstOrDefault(p => p.Lines.Contains(line));
    }

    /// <summary>Checks the catalogue: overlapping versions, gaps between versions, duplicate identifiers, and every
    /// version by the <see cref="FundingLineVersionValidator"/> (a share rate outside (0, 1], a minimum above the cap).</summary>
    /// <returns>Every finding; empty when the catalogue is consistent.</returns>
    public ImmutableArray<CatalogueIssue> Check()
    {
        var issues = ImmutableArray.CreateBuilder<CatalogueIssue>();
        foreach (IGrouping<string, Programme> duplicate in Programmes.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new CatalogueIssue(GrantCodes.CatalogueDuplicateId, duplicate.Key, null, new LocalizedText(
                $"Die Programmkennung {duplicate.Key} kommt {duplicate.Count()}-mal vor.",
                $"The programme identifier {duplicate.Key} occurs {duplicate.Count()} times.")));
        }

        foreach (IGrouping<string, FundingLine> duplicate in Lines.GroupBy(l => l.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            issues.Add(new CatalogueIssue(GrantCodes.CatalogueDuplicateId, duplicate.Key, null, new LocalizedText(
                $"Die Kennung der Förderlinie {duplicate.Key} kommt {duplicate.Count()}-mal vor.",
                $"The funding line identifier {duplicate.Key} occurs {duplicate.Count()} times.")));
        }

        foreach (FundingLine line in Lines)
        {
            issues.AddRange(CheckLine(line));
            foreach (FundingLineVersion version in line.Versions)
            {
                List<FluentValidation.Results.ValidationFailure> english = EnglishRules.Validate(version).Errors;
                List<FluentValidation.Results.ValidationFailure> german = GermanRules.Validate(version).Errors;
                for (int i = 0; i < english.Count; i++)
                {
                    issues.Add(new CatalogueIssue(english[i].ErrorCode, line.Id, version.Validity, new LocalizedText(
                        $"Förderlinie {line.Id}: {(i < german.Count ? german[i].ErrorMessage : english[i].ErrorMessage)}",
                        $"Funding line {line.Id}: {english[i].ErrorMessage}")));
                }
            }
        }

        issues.AddRange(CheckKiProgrammes());
        return issues.ToImmutable();
    }

    /// <summary>Checks one line's versions for overlaps and gaps.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Every overlap and gap, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static ImmutableArray<CatalogueIssue> CheckLine(FundingLine line)
    {
        Preconditions.CheckNotNull(line);
        var issues = ImmutableArray.CreateBuilder<CatalogueIssue>();
        foreach (Timeline.Finding finding in Timeline.Find([.. line.Versions.Select(v => v.Validity)]))
        {
            string de = Dates(finding.Period, german: true);
            string en = Dates(finding.Period, german: false);
            issues.Add(finding.IsOverlap
                ? new CatalogueIssue(GrantCodes.CatalogueOverlap, line.Id, finding.Period, new LocalizedText(
                    $"Förderlinie {line.Id}: Fassungen {finding.First + 1} und {finding.Second + 1} überschneiden sich vom {de}.",
                    $"Funding line {line.Id}: versions {finding.First + 1} and {finding.Second + 1} overlap from {en}."))
                : new CatalogueIssue(GrantCodes.CatalogueGap, line.Id, finding.Period, new LocalizedText(
                    $"Förderlinie {line.Id}: zwischen Fassung {finding.First + 1} und {finding.Second + 1} fehlt der Zeitraum vom {de}.",
                    $"Funding line {line.Id}: no version covers {en}, between versions {finding.First + 1} and {finding.Second + 1}.")));
        }

        return issues.ToImmutable();
    }

    private static string Dates(DateInterval period, bool german) => german
        ? $"{period.Start.ToString("dd'.'MM'.'uuuu", CultureInfo.InvariantCulture)} bis {period.End.ToString("dd'.'MM'.'uuuu", CultureInfo.InvariantCulture)}"
        : $"{period.Start.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)} to {period.End.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)}";
}
