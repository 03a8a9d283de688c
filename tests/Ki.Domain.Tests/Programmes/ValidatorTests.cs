using FluentValidation.Results;

namespace Ki.Domain.Tests.Programmes;

public sealed class ValidatorTests
{
    private static readonly SourceReference Src = new("test", Confidence.Verified);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static FundingLineVersion Share(decimal rate, long? minimum = null, long? cap = null) =>
        Version(FinancingType.Share, rate, minimum, cap);

    /// <summary>A version for 2020 with only the given figures, each sourced to <see cref="Src"/> unless a cap source is given.</summary>
    private static FundingLineVersion Version(
        FinancingType financing,
        decimal? rate = null,
        long? minimum = null,
        long? cap = null,
        SourceReference? capSource = null,
        AnnualPeriod? approval = null,
        AnnualPeriod? delivery = null,
        RegionKey? authority = null) =>
        new(FiscalYear.Of(2020).Interval, new Figure<FinancingType>(financing, Src))
        {
            ValiditySource = Src,
            Rate = rate is { } r ? new Figure<decimal>(r, Src) : null,
            MinimumGrant = minimum is { } m ? new Figure<Euro>(Euro.FromEuros(m), Src) : null,
            Cap = cap is { } c ? new Figure<Euro>(Euro.FromEuros(c), capSource ?? Src) : null,
            ApprovalPeriod = approval,
            DeliveryPeriod = delivery,
            PeriodSource = approval is null && delivery is null ? default : Src,
            ApprovalAuthority = authority is { } a ? new Figure<RegionKey>(a, Src) : null,
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

    /// <summary>A version of 2020 broken in one way, named by the rows of <see cref="Validate_BrokenVersion_FailsWithOneError"/>.</summary>
    private static FundingLineVersion Broken(string name) => name switch
    {
        "minimum above cap" => Share(0.5m, minimum: 6_000, cap: 5_000),
        "share without rate" => Version(FinancingType.Share),
        "unordered approval period" => Version(FinancingType.Full, approval: new AnnualPeriod(new AnnualDate(12, 1), new AnnualDate(1, 31))),
        "delivery outside approval" => Version(FinancingType.Full, approval: new AnnualPeriod(new AnnualDate(3, 1), new AnnualDate(10, 31)), delivery: AnnualPeriod.WholeYear),
        "figure without source" => Version(FinancingType.Full, cap: 10, capSource: default(SourceReference)),
        "fixed amount with nothing to pay" => Version(FinancingType.FixedAmount),
        "authority outside NRW" => Version(FinancingType.Full, authority: RegionKey.Parse("091")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such broken version."),
    };

    [Theory]
    [InlineData("minimum above cap", "de-DE", "KI-CAT-MINIMUM", "Die Bagatellgrenze 6000.00 übersteigt den Höchstbetrag 5000.00.")]
    [InlineData("share without rate", "en-GB", "KI-CAT-RATE", null)]
    [InlineData("unordered approval period", "en-GB", "KI-CAT-PERIOD", null)]
    [InlineData("delivery outside approval", "en-GB", "KI-CAT-PERIOD", "The delivery period --01-01/--12-31 is not inside the approval period --03-01/--10-31.")]
    [InlineData("figure without source", "en-GB", "KI-CAT-SOURCE", "The figure 'cap' has no source.")]
    [InlineData("fixed amount with nothing to pay", "en-GB", "KI-CAT-FIXED", null)]
    [InlineData("authority outside NRW", "en-GB", "KI-CAT-AUTHORITY", null)]
    public void Validate_BrokenVersion_FailsWithOneError(string version, string culture, string code, string? message)
    {
        ValidationFailure failure = Single(Broken(version), CultureInfo.GetCultureInfo(culture));
        Assert.Equal(code, failure.ErrorCode);
        if (message is not null)
        {
            Assert.Equal(message, failure.ErrorMessage);
        }
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
