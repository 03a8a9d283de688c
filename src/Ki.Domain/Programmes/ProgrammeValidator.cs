using System.Globalization;
using FluentValidation;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Checks a programme: a cited legal basis, unique line identifiers, and every line valid
/// (<see cref="FundingLineValidator"/>).
/// </summary>
/// <remarks>
/// Messages are in German or English as chosen by the culture passed to the constructor; the machine's culture is
/// never used. Safe to share across threads once built.
/// </remarks>
public sealed class ProgrammeValidator : AbstractValidator<Programme>
{
    /// <summary>Creates the validator with messages in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture whose language the messages use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public ProgrammeValidator(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        string T(string german, string english) => CatalogueMessages.Pick(culture, german, english);

        RuleFor(p => p.Lines).Must(lines => lines.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count() == lines.Length)
            .WithErrorCode(CatalogueMessages.Identifier)
            .WithMessage(p => T($"Im Programm {p.Id} haben zwei Förderlinien dieselbe Kennung.", $"Two funding lines of programme {p.Id} share an identifier."));

        RuleForEach(p => p.Lines).SetValidator(new FundingLineValidator(culture));
    }
}
