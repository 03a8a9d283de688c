using System.Globalization;
using FluentValidation;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Applications;

/// <summary>
/// Checks the structure of an application: required fields, amounts and unit counts ≥ 0, the planned start not after
/// the end of the delivery period, defined enums, own and third-party funds not above the eligible costs.
/// </summary>
/// <remarks>
/// Structure only: whether the application is eligible is decided by the eligibility rules
/// (<c>Ki.Domain.Eligibility</c>). Messages are in German or English as chosen by the culture passed to the
/// constructor (any <c>de</c> culture gives German, every other English); the machine's culture is never used. Each
/// failure carries a stable code from <see cref="ApplicationCodes"/>. Safe to share across threads once built.
/// </remarks>
public sealed class ApplicationValidator : AbstractValidator<Application>
{
    /// <summary>Creates the validator with messages in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture whose language the messages use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public ApplicationValidator(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        string T(string german, string english) => new LocalizedText(german, english).For(culture);

        RuleFor(a => a.Id).Must(s => !string.IsNullOrWhiteSpace(s))
            .WithErrorCode(ApplicationCodes.Required)
            .WithMessage(T("Das Aktenzeichen des Antrags fehlt.", "The application's identifier is missing."));
        RuleFor(a => a.Applicant.Name).Must(s => !string.IsNullOrWhiteSpace(s))
            .WithErrorCode(ApplicationCodes.Required)
            .WithMessage(T("Der Name des Antragstellers fehlt.", "The applicant's name is missing."));
        RuleFor(a => a.LineId).Must(s => !string.IsNullOrWhiteSpace(s))
            .WithErrorCode(ApplicationCodes.Required)
            .WithMessage(T("Die Förderlinie fehlt.", "The funding line is missing."));
        RuleFor(a => a.Applicant.Kind).Must(Enum.IsDefined)
            .WithErrorCode(ApplicationCodes.Undefined)
            .WithMessage((_, k) => T($"Die Art des Antragstellers {(int)k} ist nicht definiert.", $"The applicant kind {(int)k} is not defined."));
        RuleFor(a => a.Route!.Value).Must(Enum.IsDefined).When(a => a.Route is not null)
            .OverridePropertyName(nameof(Application.Route))
            .WithErrorCode(ApplicationCodes.Undefined)
            .WithMessage((_, r) => T($"Der Antragsweg {(int)r} ist nicht definiert.", $"The route {(int)r} is not defined."));
        RuleFor(a => a.FiscalYear.Year).InclusiveBetween(1, 9999)
            .OverridePropertyName(nameof(Application.FiscalYear))
            .WithErrorCode(ApplicationCodes.Undefined)
            .WithMessage(T("Das Haushaltsjahr fehlt.", "The fiscal year is missing."));

        NotNegative(a => a.RequestedAmount.Cents, nameof(Application.RequestedAmount), "Die beantragte Zuwendung", "The requested amount");
        NotNegative(a => a.EligibleCosts.Cents, nameof(Application.EligibleCosts), "Die zuwendungsfähigen Ausgaben", "The eligible costs");
        NotNegative(a => a.OwnContribution.Cents, nameof(Application.OwnContribution), "Der Eigenanteil", "The own contribution");
        NotNegative(a => a.ThirdPartyFunds.Cents, nameof(Application.ThirdPartyFunds), "Die Drittmittel", "The third-party funds");

        RuleForEach(a => a.Units).Must(u => u.Value >= 0m)
            .WithErrorCode(ApplicationCodes.Negative)
            .WithMessage((_, u) => T($"Die Anzahl der Einheit '{u.Key}' darf nicht negativ sein.", $"The count of unit '{u.Key}' must not be negative."));

        RuleFor(a => a).Must(a => a.PlannedStart!.Value <= a.DeliveryPeriod!.End)
            .When(a => a.PlannedStart is not null && a.DeliveryPeriod is not null)
            .OverridePropertyName(nameof(Application.PlannedStart))
            .WithErrorCode(ApplicationCodes.Dates)
            .WithMessage(a => T($"Der geplante Beginn {FactTexts.DateDe(a.PlannedStart!.Value)} liegt nach dem Ende des Durchführungszeitraums {FactTexts.DateDe(a.DeliveryPeriod!.End)}.",
                $"The planned start {FactTexts.DateEn(a.PlannedStart!.Value)} lies after the end of the delivery period {FactTexts.DateEn(a.DeliveryPeriod!.End)}."));

        RuleFor(a => a).Must(a => !GrantRequest.FundsExceed(a.EligibleCosts, a.OwnContribution, a.ThirdPartyFunds))
            .When(a => !a.OwnContribution.IsNegative && !a.ThirdPartyFunds.IsNegative && !a.EligibleCosts.IsNegative)
            .OverridePropertyName(nameof(Application.OwnContribution))
            .WithErrorCode(ApplicationCodes.FundsExceedCosts)
            .WithMessage(a => T($"Eigenanteil ({Texts.De(a.OwnContribution)}) und Drittmittel ({Texts.De(a.ThirdPartyFunds)}) übersteigen die zuwendungsfähigen Ausgaben ({Texts.De(a.EligibleCosts)}).",
                $"Own contribution ({Texts.En(a.OwnContribution)}) and third-party funds ({Texts.En(a.ThirdPartyFunds)}) exceed the eligible costs ({Texts.En(a.EligibleCosts)})."));

        void NotNegative(System.Linq.Expressions.Expression<Func<Application, long>> cents, string property, string german, string english) =>
            RuleFor(cents).GreaterThanOrEqualTo(0)
                .OverridePropertyName(property)
                .WithErrorCode(ApplicationCodes.Negative)
                .WithMessage((_, c) => T($"{german} darf nicht negativ sein ({Texts.De(Money.Euro.FromCents(c))}).", $"{english} must not be negative ({Texts.En(Money.Euro.FromCents(c))})."));
    }
}
