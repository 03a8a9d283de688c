using FluentValidation.Results;

namespace Ki.Domain.Tests.Programmes;

public sealed class ValidatorTests
{
    private static readonly SourceReference Src = new("test", Confidence.Verified);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static FundingLineVersion Share(decimal rate, long? minimum = null, long? cap = null) =>
        new(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), new Figure<FinancingType>(FinancingType.Share, Src))
        {
            ValiditySource = Src,
            Rate = new Figure<decimal>(rate, Src),
            MinimumGrant = minimum is { } m ? new Figure<Euro>(Euro.FromEuros(m), Src) : null,
            Cap = cap is { } c ? new Figure<Euro>(Euro.FromEuros(c), Src) : null,
        };

    private static ValidationFailure Single(FundingLineVersion version, CultureInfo culture) =>
        Assert.Single(new FundingLineVersionValidator(culture).Validate(version).Errors);

    [Fact]
    public void Validate_ValidVersion_HasNoErrors()
    {
        Assert.True(new FundingLineVersionValidator(English).Validate(Share(0.9m, minimum: 5_000, cap: 100_000)).IsValid);
        Assert.True(new FundingLineVersionValidator(English).Validate(Share(1m)).IsValid);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.0001")]
    [InlineData("-0.5")]
    public void Validate_RateOutsideZeroToOne_FailsWithRateCode(string rate)
    {
        ValidationFailure failure = Single(Share(decimal.Parse(rate, CultureInfo.InvariantCulture)), English);
        Assert.Equal("KI-CAT-RATE", failure.ErrorCode);
        Assert.Equal($"The rate {rate} is not in (0, 1].", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_MessagesFollowTheChosenCultureNotTheMachines()
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("Der Fördersatz 1.5 liegt nicht in (0, 1].", Single(Share(1.5m), German).ErrorMessage);
            Assert.Equal("The rate 1.5 is not in (0, 1].", Single(Share(1.5m), English).ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Validate_MinimumAboveCap_Fails()
    {
        ValidationFailure failure = Single(Share(0.5m, minimum: 6_000, cap: 5_000), German);
        Assert.Equal("KI-CAT-MINIMUM", failure.ErrorCode);
        Assert.Equal("Die Bagatellgrenze 6000.00 übersteigt den Höchstbetrag 5000.00.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_ShareWithoutRate_Fails()
    {
        var version = new FundingLineVersion(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(FinancingType.Share, Src)) { ValiditySource = Src };
        Assert.Equal("KI-CAT-RATE", Single(version, English).ErrorCode);
    }

    [Fact]
    public void Validate_UnorderedAndOutsidePeriods_Fail()
    {
        var version = new FundingLineVersion(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(FinancingType.Full, Src))
        {
            ValiditySource = Src,
            ApprovalPeriod = new AnnualPeriod(new AnnualDate(12, 1), new AnnualDate(1, 31)),
            PeriodSource = Src,
        };
        Assert.Equal("KI-CAT-PERIOD", Single(version, English).ErrorCode);

        var outside = new FundingLineVersion(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(FinancingType.Full, Src))
        {
            ValiditySource = Src,
            ApprovalPeriod = new AnnualPeriod(new AnnualDate(3, 1), new AnnualDate(10, 31)),
            DeliveryPeriod = AnnualPeriod.WholeYear,
            PeriodSource = Src,
        };
        ValidationFailure failure = Single(outside, English);
        Assert.Equal("KI-CAT-PERIOD", failure.ErrorCode);
        Assert.Equal("The delivery period --01-01/--12-31 is not inside the approval period --03-01/--10-31.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_FigureWithoutSource_Fails()
    {
        var version = new FundingLineVersion(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(FinancingType.Full, Src))
        {
            ValiditySource = Src,
            Cap = new Figure<Euro>(Euro.FromEuros(10), default),
        };
        ValidationFailure failure = Single(version, English);
        Assert.Equal("KI-CAT-SOURCE", failure.ErrorCode);
        Assert.Equal("The figure 'cap' has no source.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_FixedAmountWithNothingToPay_Fails()
    {
        var version = new FundingLineVersion(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(FinancingType.FixedAmount, Src)) { ValiditySource = Src };
        Assert.Equal("KI-CAT-FIXED", Single(version, English).ErrorCode);
    }

    [Fact]
    public void Validate_AuthorityOutsideNrw_Fails()
    {
        var version = new FundingLineVersion(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(FinancingType.Full, Src))
        {
            ValiditySource = Src,
            ApprovalAuthority = new Figure<RegionKey>(RegionKey.Parse("091"), Src),
        };
        Assert.Equal("KI-CAT-AUTHORITY", Single(version, English).ErrorCode);
    }

    [Fact]
    public void FundingLineValidator_OverlappingVersions_FailsWithOverlapCode()
    {
        var line = new FundingLine("x", default,
        [
            new FundingLineVersion(new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2017, 12, 31)), new Figure<FinancingType>(FinancingType.Full, Src)) { ValiditySource = Src },
            new FundingLineVersion(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2018, 12, 31)), new Figure<FinancingType>(FinancingType.Full, Src)) { ValiditySource = Src },
        ]);

        ValidationFailure failure = Assert.Single(new FundingLineValidator(German).Validate(line).Errors);
        Assert.Equal(GrantCodes.CatalogueOverlap, failure.ErrorCode);
        Assert.StartsWith("Förderlinie x: Fassungen 1 und 2 überschneiden sich", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FundingLineValidator_InvalidVersion_IsReportedThroughTheLine()
    {
        var line = new FundingLine("x", default, [Share(2m)]);
        ValidationResult result = new FundingLineValidator(English).Validate(line);
        Assert.Equal("KI-CAT-RATE", Assert.Single(result.Errors).ErrorCode);
    }

    [Fact]
    public void ProgrammeValidator_DuplicateLineIds_Fails()
    {
        var basis = new LegalBasis("T", new LocalDate(2020, 1, 1), Src);
        var programme = new Programme("p", default, basis, [new FundingLine("x", default, [Share(0.5m)]), new FundingLine("x", default, [Share(0.5m)])]);
        Assert.Equal("KI-CAT-ID", Assert.Single(new ProgrammeValidator(English).Validate(programme).Errors).ErrorCode);
    }
}
