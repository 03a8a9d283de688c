using FluentValidation.Results;
using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Applications;

public sealed class ApplicationValidatorTests
{
    private static readonly ApplicationValidator English = new(CultureInfo.InvariantCulture);
    private static readonly ApplicationValidator German = new(CultureInfo.GetCultureInfo("de-DE"));

    [Fact]
    public void Validate_Fixture_IsValid() => Assert.True(English.Validate(Caritas()).IsValid);

    [Fact]
    public void Validate_NegativeAmount_FailsWithCodeInBothLanguages()
    {
        Application a = Caritas();
        var negative = new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, Euro.FromCents(-1));

        ValidationFailure en = English.Validate(negative).Errors.Single();
        ValidationFailure de = German.Validate(negative).Errors.Single();

        Assert.Equal(ApplicationCodes.Negative, en.ErrorCode);
        Assert.Equal("RequestedAmount", en.PropertyName);
        Assert.Equal("The requested amount must not be negative (-0.01 EUR).", en.ErrorMessage);
        Assert.Equal("Die beantragte Zuwendung darf nicht negativ sein (-0,01 €).", de.ErrorMessage);
    }

    [Fact]
    public void Validate_StartAfterDelivery_FailsWithDates()
    {
        Application a = Caritas();
        var late = new Application(a.Id, a.Applicant, a.LineId, a.FiscalYear, a.RequestedAmount)
        {
            PlannedStart = new LocalDate(2021, 1, 1),
            DeliveryPeriod = a.DeliveryPeriod,
        };

        ValidationFailure failure = German.Validate(late).Errors.Single();

        Assert.Equal(ApplicationCodes.Dates, failure.ErrorCode);
        Assert.Equal("Der geplante Beginn 01.01.2021 liegt nach dem Ende des Durchführungszeitraums 31.12.2020.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_BlankFieldsUndefinedKindAndFundsAboveCosts_ReportEach()
    {
        var bad = new Application(" ", new Applicant("", (ApplicantKind)42), "", default, Euro.Zero)
        {
            EligibleCosts = Euro.FromEuros(100),
            OwnContribution = Euro.FromEuros(80),
            ThirdPartyFunds = Euro.FromEuros(30),
            Route = (ApplicationRoute)9,
            Units = new Dictionary<string, decimal> { ["post"] = -1m }.ToImmutableDictionary(),
        };

        string[] codes = [.. English.Validate(bad).Errors.Select(e => e.ErrorCode)];

        Assert.Equal(3, codes.Count(c => c == ApplicationCodes.Required));
        Assert.Equal(3, codes.Count(c => c == ApplicationCodes.Undefined));
        Assert.Contains(ApplicationCodes.FundsExceedCosts, codes);
        Assert.Contains(ApplicationCodes.Negative, codes);
    }

    [Fact]
    public void ToGrantRequest_CarriesTheFigures()
    {
        GrantRequest request = Caritas().ToGrantRequest(AsOf);

        Assert.Equal(Euro.FromEuros(40_000), request.EligibleCosts);
        Assert.Equal(Euro.FromEuros(4_000), request.OwnContribution);
        Assert.Equal(ApplicantKind.WelfareAssociation, request.ApplicantKind);
        Assert.Equal(AsOf, request.On);
    }
}
