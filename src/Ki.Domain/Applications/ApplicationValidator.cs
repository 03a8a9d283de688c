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
        : this(german: TextFormats.IsGerman(Preconditions.CheckNotNull(culture)))
    {
    }

    /// <summary>Creates the validator with German or English messages, needing no culture data.</summary>
    private ApplicationValidator(bool german)
    {
        string T(string germanText, string englishText) => german ? germanText : englishText;

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
        NotNegative(a => a.EligibleCosts.GetValueOrDefault().Cents, nameof(Application.EligibleCosts), "Die zuwendungsfähigen Ausgaben", "The eligible costs");
        NotNegative(a => a.OwnContribution.GetValueOrDefault().Cents, nameof(Application.OwnContribution), "Der Eigenanteil", "The own contribution");
        NotNegative(a => a.ThirdPartyFunds.GetValueOrDefault().Cents, nameof(Application.ThirdPartyFunds), "Die Drittmittel", "The third-party funds");

        RuleForEach(a => a.Units).Must(u => u.Value >= 0m)
            .WithErrorCode(ApplicationCodes.Negative)
            .WithMessage((_, u) => T($"Die Anzahl der Einheit '{u.Key}' darf nicht negativ sein.", $"The count of unit '{u.Key}' must not be negative."));

        RuleFor(a => a).Must(a => !Application.StartsAfterDelivery(a.PlannedStart, a.DeliveryPeriod))
            .When(a => a.PlannedStart is not null && a.DeliveryPeriod is not null)
            .OverridePropertyName(nameof(Application.PlannedStart))
            .WithErrorCode(ApplicationCodes.Dates)
            .WithMessage(a => T($"Der geplante Beginn {FactTexts.DateDe(a.PlannedStart!.Value)} liegt nach dem Ende des Durchführungszeitraums {FactTexts.DateDe(a.DeliveryPeriod!.End)}.",
                $"The planned start {FactTexts.DateEn(a.PlannedStart!.Value)} lies after the end of the delivery period {FactTexts.DateEn(a.DeliveryPeriod!.End)}."));

        RuleFor(a => a).Must(a => !GrantRequest.FundsExceed(a.EligibleCosts, a.OwnContribution, a.ThirdPartyFunds))
            .When(a => a.EligibleCosts is { IsNegative: false } && a.OwnContribution is not { IsNegative: true } && a.ThirdPartyFunds is not { IsNegative: true })
            .OverridePropertyName(nameof(Application.OwnContribution))
            .WithErrorCode(ApplicationCodes.FundsExceedCosts)
            .WithMessage(a => T($"Eigenanteil ({StatedDe(a.OwnContribution)}) und Drittmittel ({StatedDe(a.ThirdPartyFunds)}) übersteigen die zuwendungsfähigen Ausgaben ({StatedDe(a.EligibleCosts)}).",
                $"Own contribution ({StatedEn(a.OwnContribution)}) and third-party funds ({StatedEn(a.ThirdPartyFunds)}) exceed the eligible costs ({StatedEn(a.EligibleCosts)})."));

        static string StatedDe(Money.Euro? amount) => amount is { } a ? Texts.De(a) : "nicht angegeben";
        static string StatedEn(Money.Euro? amount) => amount is { } a ? Texts.En(a) : "not stated";

        void NotNegative(System.Linq.Expressions.Expression<Func<Application, long>> cents, string property, string german, string english) =>
            RuleFor(cents).GreaterThanOrEqualTo(0)
                .OverridePropertyName(property)
                .WithErrorCode(ApplicationCodes.Negative)
                .WithMessage((_, c) => T($"{german} darf nicht negativ sein ({Texts.De(Money.Euro.FromCents(c))}).", $"{english} must not be negative ({Texts.En(Money.Euro.FromCents(c))})."));
    }

    private static readonly ApplicationValidator German = new(german: true);
    private static readonly ApplicationValidator English = new(german: false);

    /// <summary>Checks an application and returns every finding with its code and its German and English message.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The findings; empty when the application is well formed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static System.Collections.Immutable.ImmutableArray<ApplicationFinding> Check(Application application)
    {
        Preconditions.CheckNotNull(application);
        if (IsWellFormed(application))
        {
            return [];
        }

        List<FluentValidation.Results.ValidationFailure> english = English.Validate(application).Errors;
        List<FluentValidation.Results.ValidationFailure> german = German.Validate(application).Errors;
        return [.. english.Select((e, i) => new ApplicationFinding(e.ErrorCode, e.PropertyName,
            new LocalizedText(i < german.Count ? german[i].ErrorMessage : e.ErrorMessage, e.ErrorMessage)))];
    }

    /// <summary>
    /// The validator's rules as one cheap test, so that evaluating a well-formed application (the usual case) does not
    /// pay for running the validator; a property test pins it to the validator.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWellFormed(Application a)
    {
        // Each field on its own, and each rule that joins fields, was checked as the fields were set.
        return !(a.HasMalformedField | a.HasConflictingFields | a.Applicant.HasMalformedField);
    }
}
