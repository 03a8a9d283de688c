using System.Globalization;
using FluentValidation;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Checks a funding line: an identifier, at least one version, every version valid
/// (<see cref="FundingLineVersionValidator"/>) and no two versions overlapping.
/// </summary>
/// <remarks>
/// Messages are in German or English as chosen by the culture passed to the constructor; the machine's culture is
/// never used. Gaps between versions are allowed here (a line may pause) and reported by
/// <see cref="ProgrammeCatalogue.Check"/>. Safe to share across threads once built.
/// </remarks>
public sealed class FundingLineValidator : AbstractValidator<FundingLine>
{
    /// <summary>Creates the validator with messages in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture whose language the messages use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public FundingLineValidator(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        string T(string german, string english) => CatalogueMessages.Pick(culture, german, english);

        RuleFor(l => l.Versions).NotEmpty()
            .WithErrorCode(CatalogueMessages.NoVersions)
            .WithMessage(l => T($"Förderlinie {l.Id} hat keine Fassung.", $"Funding line {l.Id} has no version."));

        RuleForEach(l => l.Versions).SetValidator(new FundingLineVersionValidator(culture));

        RuleForEach(l => ProgrammeCatalogue.CheckLine(l).Where(i => i.Code == GrantCodes.CatalogueOverlap))
            .Must(_ => false)
            .OverridePropertyName(nameof(FundingLine.Versions))
            .WithErrorCode(GrantCodes.CatalogueOverlap)
            .WithMessage((_, issue) => issue.Message.For(culture));
    }
}
