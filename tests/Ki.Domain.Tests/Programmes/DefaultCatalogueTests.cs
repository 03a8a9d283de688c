using FluentValidation.Results;

namespace Ki.Domain.Tests.Programmes;

/// <summary>The embedded catalogue: consistent, valid, every figure cited, [U] figures marked.</summary>
public sealed class DefaultCatalogueTests
{
    private static readonly ProgrammeCatalogue Catalogue = ProgrammeCatalogue.Default;

    private static FundingLine Line(string id) => Catalogue.TryFindLine(id, out FundingLine? line) ? line : throw new InvalidOperationException(id);

    private static FundingLineVersion On(string id, int year, int month, int day) => Line(id).FindVersion(new LocalDate(year, month, day)).Version!;

    [Fact]
    public void Check_EmbeddedCatalogue_HasNoOverlapGapOrDuplicate()
    {
        Assert.Empty(Catalogue.Check());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    public void ProgrammeValidator_EmbeddedCatalogue_IsValid(string culture)
    {
        var validator = new ProgrammeValidator(CultureInfo.GetCultureInfo(culture));
        foreach (Programme programme in Catalogue.Programmes)
        {
            ValidationResult result = validator.Validate(programme);
            Assert.True(result.IsValid, programme.Id + ": " + string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
        }
    }

    [Fact]
    public void Catalogue_HoldsTheProgrammesOfTheBrief()
    {
        Assert.Equal(["ki-foerderung", "komm-an", "kim", "integrationspauschale-2018", "integrationspauschale-17"], Catalogue.Programmes.Select(p => p.Id));
        Assert.Equal(["komm-an-1", "komm-an-2a", "komm-an-2b", "komm-an-2c", "komm-an-2d", "komm-an-3"], Catalogue.Programmes[1].Lines.Select(l => l.Id));
    }

    [Fact]
    public void EveryFigure_HasACitation()
    {
        foreach (FundingLine line in Catalogue.Lines)
        {
            foreach (FundingLineVersion version in line.Versions)
            {
                foreach (CatalogueFigure figure in version.Figures())
                {
                    Assert.False(figure.Source.IsDefault, $"{line.Id} {version}: {figure.Name} has no source");
                    Assert.False(string.IsNullOrWhiteSpace(figure.Source.Citation), $"{line.Id}: {figure.Name}");
                }
            }
        }

        Assert.All(Catalogue.Programmes, p => Assert.False(p.Basis.Source.IsDefault));
        Assert.All(Catalogue.Programmes.SelectMany(p => p.Budgets), b => Assert.False(b.Amount.Source.IsDefault));
    }

    [Fact]
    public void KiStaff_HasTheFiguresOfTheReference()
    {
        FundingLineVersion v = On("ki-2023-staff", 2024, 1, 1);

        Assert.Equal(FinancingType.FixedAmount, v.Financing.Value);
        Assert.Equal(Euro.FromEuros(57_000), v.FindUnit("specialist-post")!.Amount.Value);
        Assert.Equal(Euro.FromEuros(22_500), v.FindUnit("half-admin-post")!.Amount.Value);
        Assert.Equal(6m, v.FindUnit("specialist-post")!.MaxUnitsFor(ApplicantKind.Kreis)!.Value.Value);
        Assert.Equal(5m, v.FindUnit("specialist-post")!.MaxUnitsFor(ApplicantKind.KreisfreieStadt)!.Value.Value);
        Assert.Equal(6m, v.FindUnit("specialist-post")!.MaxUnitsFor(null)!.Value.Value);
        Assert.Equal([ApplicantKind.Kreis, ApplicantKind.KreisfreieStadt], v.ApplicantKinds.ToArray());
        Assert.True(v.RequiresIntegrationCentre);
        Assert.Equal("059", v.ApprovalAuthority!.Value.Value.Code);
        Assert.Contains(v.Notes, n => n.Contains("364,500", StringComparison.Ordinal) && n.Contains("307,500", StringComparison.Ordinal));
        Assert.Equal(Euro.FromEuros(50_000), On("ki-2023-interpreter-pool", 2024, 1, 1).FindUnit("interpreter-pool")!.Amount.Value);
    }

    [Fact]
    public void KommAn_LinesRunFrom2016WithoutGapsAndPartIIIsPassThrough()
    {
        foreach (string id in new[] { "komm-an-1", "komm-an-2a", "komm-an-2b", "komm-an-2c", "komm-an-2d" })
        {
            FundingLine line = Line(id);
            Assert.Equal(3, line.Versions.Length);
            Assert.Equal(new LocalDate(2016, 1, 1), line.Versions[0].Validity.Start);
            Assert.True(line.Versions[^1].IsOpenEnded);
            Assert.False(line.FindVersion(new LocalDate(2015, 12, 31)).IsInForce);
        }

        Assert.True(On("komm-an-2a", 2016, 6, 1).PassThroughAllowed);
        Assert.False(On("komm-an-1", 2016, 6, 1).PassThroughAllowed);
        // The 7.7 Mio EUR for volunteering (2016) are not split by block, so no block carries them as its budget.
        Assert.All(Catalogue.Lines.Where(l => l.Id.StartsWith("komm-an-2", StringComparison.Ordinal)), l => Assert.Null(l.Versions[0].Budget));
        AnnualBudget budget2016 = Catalogue.Programmes.Single(p => p.Id == "komm-an").Budgets.Single(b => b.Year == FiscalYear.Of(2016));
        Assert.Equal(Euro.FromEuros(13_000_000), budget2016.Amount.Value);
        Assert.Contains("7.7 Mio EUR", budget2016.Amount.Source.Note, StringComparison.Ordinal);
        Assert.True(Catalogue.Programmes.Single(p => p.Id == "komm-an").Budgets.Single(b => b.Year == FiscalYear.Of(2017)).Amount.IsUncertain);
        Assert.Equal("Richtlinie \"KOMM-AN KI NRW\" (RdErl. MKFFI)", On("komm-an-1", 2019, 1, 1).Basis!.Title);
    }

    [Fact]
    public void KommAnIII_IsShareOf90PercentWith5000MinimumAnd8800FlatPerPost()
    {
        FundingLineVersion v = On("komm-an-3", 2019, 1, 1);

        Assert.Equal(FinancingType.Share, v.Financing.Value);
        Assert.Equal(0.9m, v.Rate!.Value.Value);
        Assert.Equal(Euro.FromEuros(5_000), v.MinimumGrant!.Value.Value);
        UnitAmount flat = v.FindUnit("post-material-flat")!;
        Assert.Equal(Euro.FromEuros(8_800), flat.Amount.Value);
        Assert.Equal(UnitAmountRole.FlatEligibleCostPerUnit, flat.Role);
        Assert.Equal([ApplicantKind.WelfareAssociation], v.ApplicantKinds.ToArray());
    }

    [Fact]
    public void Kim_HasThreeUnitAmounts()
    {
        FundingLineVersion v = On("kim-1", 2022, 1, 1);
        Assert.Equal(["coordination-post", "half-admin-post", "workplace"], v.UnitAmounts.Select(u => u.Id));
        Assert.Equal([57_000L, 22_500L, 5_700L], v.UnitAmounts.Select(u => u.Amount.Value.Cents / 100));
        Assert.Equal(Euro.FromEuros(50_000_000), Catalogue.Programmes.Single(p => p.Id == "kim").Budgets.Single().Amount.Value);
    }

    [Fact]
    public void Integrationspauschale2018_HasTheKey60To40WithFloorAndItsMethodIsUncertain()
    {
        FundingLineVersion v = On("integrationspauschale-2018", 2018, 6, 1);
        DistributionKey key = v.DistributionKey!;

        Assert.Equal(Euro.FromEuros(100_000_000), v.Budget!.Value.Value);
        Assert.Equal([0.6m, 0.4m], key.Indicators.Select(i => i.Weight.Value));
        Assert.Equal(1m, key.Indicators.Sum(i => i.Weight.Value));
        Assert.Equal([153_727m, 88_380m], key.Indicators.Select(i => i.Total!.Value.Value));
        Assert.Equal(Euro.FromEuros(50_000), key.Floor!.Value.Value);
        Assert.True(key.MethodSource.IsUncertain);
        Assert.False(Line("integrationspauschale-2018").FindVersion(new LocalDate(2019, 1, 1)).IsInForce);
    }

    [Fact]
    public void UncertainFigures_AreMarkedWhereTheReferenceMarksThemU()
    {
        // Reference 1.5: the KOMM-AN key was not found [U].
        Assert.Contains(On("komm-an-2b", 2017, 1, 1).UncertainFigures(), f => f.Name == "key method");
        // Reference 1.5 / 6: part I amounts per KI not found, so its financing type is uncertain.
        Assert.Contains(On("komm-an-1", 2017, 1, 1).UncertainFigures(), f => f.Name == "financing type");
        // Reference 3.3: the statutory scaling and rounding of § 14a was not read [U].
        Assert.Contains(On("integrationspauschale-2018", 2018, 1, 1).UncertainFigures(), f => f.Name == "key method");
        // Verified figures are not marked.
        Assert.DoesNotContain(On("komm-an-3", 2019, 1, 1).UncertainFigures(), f => f.Name is "rate" or "minimum grant");
        Assert.Equal(Confidence.Secondary, On("komm-an-1", 2016, 6, 1).ApprovalAuthority!.Value.Source.Confidence);
    }

    [Fact]
    public void FundingMixes_HoldNrwsKis2016()
    {
        FundingMix mix = Assert.Single(Catalogue.FundingMixes);
        Assert.Equal(Euro.FromEuros(39_400_000), mix.Total);
        Assert.Equal(Confidence.Secondary, mix.Source.Confidence);
        Assert.StartsWith("Pressetext Kreis Herford, 07.08.2017", mix.Source.Citation, StringComparison.Ordinal);
        Assert.DoesNotContain("shared/", mix.Source.Citation, StringComparison.Ordinal);
    }
}
