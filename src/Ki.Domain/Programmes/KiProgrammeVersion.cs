using System.Collections.Immutable;
using System.Globalization;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// What a KI programme is during one period: its description, target groups, education stages, age band, languages,
/// who delivers it and who pays, each claim with its source; no money figure is needed.
/// </summary>
/// <remarks>
/// <para>
/// A version is built with an object initializer and not changed afterwards. Absent values mean "no source here says":
/// no <see cref="AgeRange"/> means no age band was found, an empty <see cref="Funding"/> means no funder was found,
/// never that there is none. <see cref="Notes"/> say what was looked for and not found. A validity that ends on
/// <see cref="LocalDate.MaxIsoValue"/> means "until further notice" (<see cref="IsOpenEnded"/>).
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class KiProgrammeVersion
{
    /// <summary>Creates a version valid for a period with a description; set the other claims with an initializer.</summary>
    /// <param name="validity">The dates on which the version holds, both ends included.</param>
    /// <param name="description">What the programme is, in German and English, with its source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="validity"/> is null.</exception>
    /// <exception cref="ArgumentException">The description has an empty text or no source.</exception>
    public KiProgrammeVersion(DateInterval validity, Figure<LocalizedText> description)
    {
        Validity = Preconditions.CheckNotNull(validity);
        Preconditions.CheckArgument(description.Value.German.Length > 0 && description.Value.English.Length > 0, nameof(description),
            "A programme description needs a text in German and English.", "Eine Programmbeschreibung braucht einen Text auf Deutsch und Englisch.");
        Preconditions.CheckArgument(!description.Source.IsDefault, nameof(description), "A programme description needs a source citation.", "Eine Programmbeschreibung braucht eine Quellenangabe.");
        Description = description;
    }

    /// <summary>The dates on which the version holds, both ends included.</summary>
    public DateInterval Validity { get; }

    /// <summary>Whether the version holds until further notice (its validity ends on <see cref="LocalDate.MaxIsoValue"/>).</summary>
    public bool IsOpenEnded => Validity.End == LocalDate.MaxIsoValue;

    /// <summary>The source of <see cref="Validity"/>: why the version starts and ends when it does.</summary>
    public SourceReference ValiditySource { get; init; }

    /// <summary>What the programme is, in German and English.</summary>
    public Figure<LocalizedText> Description { get; }

    /// <summary>Zielgruppen: whom the programme is for.</summary>
    public ImmutableArray<Figure<TargetGroup>> TargetGroups { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Bildungsabschnitte: the stages of the education chain the programme serves.</summary>
    public ImmutableArray<Figure<EducationStage>> Stages { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Altersspanne: the children's age band, where a source names one.</summary>
    public Figure<AgeRange>? AgeRange { get; init; }

    /// <summary>Sprachen: which languages the programme uses, where a source says.</summary>
    public Figure<LocalizedText>? Languages { get; init; }

    /// <summary>Who coordinates, delivers, trains, supplies materials and pays for delivery.</summary>
    public ImmutableArray<ProgrammeResponsibility> Responsibilities { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Who gives money for the programme, for what and when.</summary>
    public ImmutableArray<ProgrammeFunding> Funding { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Notes in English: what was looked for and not found, how claims were read.</summary>
    public ImmutableArray<string> Notes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether the programme is for a target group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>Whether <see cref="TargetGroups"/> names it.</returns>
    public bool IsFor(TargetGroup group) => TargetGroups.Any(g => g.Value == group);

    /// <summary>The funding entries that cover a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The entries whose period contains the date or is not named.</returns>
    public IEnumerable<ProgrammeFunding> FundingOn(LocalDate date) => Funding.Where(f => f.Covers(date));

    /// <summary>Every claim of the version with its source, in a fixed order, for listings and audits.</summary>
    /// <returns>The claims, each as a name, a value and a source.</returns>
    public IEnumerable<CatalogueFigure> Figures()
    {
        var invariant = CultureInfo.InvariantCulture;
        yield return new CatalogueFigure("validity", ValidityText(), ValiditySource);
        yield return new CatalogueFigure("description", Description.Value.English, Description.Source);
        foreach (Figure<TargetGroup> group in TargetGroups)
        {
            yield return new CatalogueFigure("target group", ProgrammeTerms.For(group.Value).English, group.Source);
        }

        foreach (Figure<EducationStage> stage in Stages)
        {
            yield return new CatalogueFigure("education stage", ProgrammeTerms.For(stage.Value).English, stage.Source);
        }

        if (AgeRange is { } age)
        {
            yield return new CatalogueFigure("age band", age.Value.ToString(), age.Source);
        }

        if (Languages is { } languages)
        {
            yield return new CatalogueFigure("languages", languages.Value.English, languages.Source);
        }

        foreach (ProgrammeResponsibility responsibility in Responsibilities)
        {
            yield return new CatalogueFigure(ProgrammeTerms.For(responsibility.Role).English, responsibility.Party.English, responsibility.Source);
        }

        foreach (ProgrammeFunding funding in Funding)
        {
            yield return new CatalogueFigure("funding", funding.ToString(), funding.Source);
            if (funding.Period is { } period && !funding.PeriodSource.IsDefault)
            {
                yield return new CatalogueFigure("funding period", Iso(period.Start) + ".." + (period.End == LocalDate.MaxIsoValue ? "open" : Iso(period.End)), funding.PeriodSource);
            }

            if (funding.Amount is { } amount)
            {
                yield return new CatalogueFigure("funding amount", amount.Value.ToString(invariant), amount.Source);
            }
        }
    }

    /// <summary>The claims of this version that are marked uncertain ([U]).</summary>
    /// <returns>The uncertain claims, in the order of <see cref="Figures"/>.</returns>
    public IEnumerable<CatalogueFigure> UncertainFigures() => Figures().Where(f => f.Source.IsUncertain);

    /// <summary>Returns the validity and the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ValidityText()} {Description.Value.English}";

    private string ValidityText() => $"{Iso(Validity.Start)}..{(IsOpenEnded ? "open" : Iso(Validity.End))}";

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
