namespace Ki.Domain.Tests.Places;

public sealed partial class GazetteerTests
{
    [Fact]
    public void IntegrationCentres_Count54Places_For53Districts()
    {
        Assert.Equal(53, G.Districts.Length);
        Assert.Equal(54, G.IntegrationCentres.Length);
        IntegrationCentre city = Assert.Single(G.IntegrationCentres, c => c.IsRunByCityApartFromDistrict);
        Assert.Equal("05334002", city.Code);
        Assert.Equal("Aachen, Stadt", city.OperatorName);
        Assert.Equal(DistrictKey.Parse("05334"), city.District);
        Assert.Equal(248_960, city.Population);
        Assert.Equal(MunicipalityKey.Parse("05334002"), city.City);
    }

    [Fact]
    public void IntegrationCentres_StaedteregionServesTheOtherNine()
    {
        IntegrationCentre region = Assert.Single(G.IntegrationCentres, c => c.Code == "05334");
        Assert.Equal(9, region.MunicipalityKeys.Length);
        Assert.DoesNotContain(MunicipalityKey.Parse("05334002"), region.MunicipalityKeys);
        Assert.Equal(557_026 - 248_960, region.Population);
        Assert.Same(region, G.IntegrationCentreOf(MunicipalityKey.Parse("05334004")));
        Assert.Equal("05334002", G.IntegrationCentreOf(MunicipalityKey.Parse("05334002")).Code);
    }

    [Fact]
    public void IntegrationCentres_ServeEveryMunicipalityExactlyOnce_AndAddUpToNrw()
    {
        Assert.Equal(
            G.Municipalities.Select(m => m.Key).Order(),
            G.IntegrationCentres.SelectMany(c => c.MunicipalityKeys).Order());
        Assert.Equal(G.Totals.Population, G.IntegrationCentres.Sum(c => c.Population));
        Assert.Equal(G.Totals.AreaKm2, G.IntegrationCentres.Sum(c => c.AreaKm2));
    }

    [Fact]
    public void WithSeparateCentreCities_None_GivesOneCentrePerDistrict()
    {
        Gazetteer plain = G.WithSeparateCentreCities([]);
        Assert.Equal(53, plain.IntegrationCentres.Length);
        Assert.Equal(557_026, Assert.Single(plain.IntegrationCentres, c => c.Code == "05334").Population);
        Assert.Equal(54, G.IntegrationCentres.Length);
    }

    [Theory]
    [InlineData("05314000", "kreisfreie Stadt")]
    [InlineData("05974999", "not in the gazetteer")]
    public void WithSeparateCentreCities_Misfit_SaysWhy(string key, string why)
    {
        var e = Assert.Throws<ArgumentException>(() => G.WithSeparateCentreCities([MunicipalityKey.Parse(key)]));
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernmentRegion_FiveWithTheirBezirksregierung()
    {
        Assert.Equal(["051", "053", "055", "057", "059"], GovernmentRegion.All.Select(r => r.Key.Code));
        Assert.Equal("Bezirksregierung Arnsberg", GovernmentRegion.Of(RegionKey.Parse("059")).Authority);
        Assert.Equal("Bezirksregierung Köln", GovernmentRegion.Koeln.Authority);
        Assert.Same(GovernmentRegion.Detmold, G.GetDistrict(DistrictKey.Parse("05711")).Region);
        Assert.False(GovernmentRegion.TryOf(RegionKey.Parse("091"), out _));
        Assert.Throws<ArgumentException>(() => GovernmentRegion.Of(RegionKey.Parse("052")));
    }

    [Fact]
    public void Create_DistrictTotalsDisagree_NamesTheDistrict()
    {
        var bonn = new Municipality(MunicipalityKey.Parse("05314000"), "Bonn, Stadt", MunicipalityKind.KreisfreieStadt, 1000, 10m, null);
        var district = new District(DistrictKey.Parse("05314"), "Bonn, Stadt", DistrictKind.KreisfreieStadt, 999, 10m, [bonn.Key]);
        var e = Assert.Throws<ArgumentException>(() => Gazetteer.Create("test", new LocalDate(2020, 1, 1), [district], [bonn], []));
        Assert.Contains("05314", e.Message, StringComparison.Ordinal);
        Assert.Contains("999", e.Message, StringComparison.Ordinal);
        Assert.Contains("1000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_ProgrammerMistakes_ThrowNamingTheArgument()
    {
        MunicipalityKey soest = MunicipalityKey.Parse("05974040");
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => new Municipality(MunicipalityKey.Parse("09162000"), "München", MunicipalityKind.KreisfreieStadt, 1, 1m, null)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new Municipality(soest, "Soest", MunicipalityKind.KreisfreieStadt, 1, 1m, null)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality(soest, "Soest", MunicipalityKind.KreisangehoerigeStadt, -1, 1m, null)).ParamName);
        Assert.Equal("areaKm2", Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality(soest, "Soest", MunicipalityKind.KreisangehoerigeStadt, 1, 1.001m, null)).ParamName);
        Assert.Equal("postalCode", Assert.Throws<ArgumentException>(() => new Municipality(soest, "Soest", MunicipalityKind.KreisangehoerigeStadt, 1, 1m, "5949")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Municipality(soest, "So\test", MunicipalityKind.KreisangehoerigeStadt, 1, 1m, null)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new District(DistrictKey.Parse("05974"), "Soest", default, 1, 1m, [soest])).ParamName);
        Assert.Equal("municipalityKeys", Assert.Throws<ArgumentException>(() => new District(DistrictKey.Parse("05970"), "X", DistrictKind.Kreis, 1, 1m, [soest])).ParamName);
        Assert.Equal("municipalityKeys", Assert.Throws<ArgumentException>(() => new District(DistrictKey.Parse("05974"), "Soest", DistrictKind.Kreis, 1, 1m, [])).ParamName);
    }

    [Fact]
    public void ToText_FromText_RoundTripsTheDefault_Losslessly()
    {
        Gazetteer back = Gazetteer.FromText(new StringReader(G.ToText()));
        Assert.Equal<District>(G.Districts, back.Districts);
        Assert.Equal<Municipality>(G.Municipalities, back.Municipalities);
        Assert.Equal(G.Source, back.Source);
        Assert.Equal(G.ReferenceDate, back.ReferenceDate);
        Assert.Equal(G.ToText(), back.ToText());
    }

    [Property(MaxTest = 50)]
    public Property ToText_FromText_RoundTripsAnySubsetOfDistricts() =>
        Prop.ForAll(PlacesGen.District.NonEmptyListOf().ToArbitrary(), picked =>
        {
            District[] districts = [.. picked.DistinctBy(d => d.Key)];
            Gazetteer subset = Gazetteer.Create(G.Source, G.ReferenceDate, districts, districts.SelectMany(d => G.MembersOf(d.Key)), []);
            Gazetteer back = Gazetteer.FromText(new StringReader(subset.ToText()));
            return back.Districts.SequenceEqual(subset.Districts)
                && back.Municipalities.SequenceEqual(subset.Municipalities)
                && back.Totals == PlaceTotals.Of(districts.SelectMany(d => G.MembersOf(d.Key)));
        });

    [Fact]
    public void Default_IsSafeToShareAcrossThreads()
    {
        Gazetteer[] seen = new Gazetteer[8];
        Parallel.For(0, seen.Length, i => seen[i] = Gazetteer.Default);
        Assert.All(seen, g => Assert.Same(Gazetteer.Default, g));
        Assert.All(Enumerable.Range(0, 8).AsParallel().Select(_ => G.FindMunicipalities("Soest").Length), n => Assert.Equal(1, n));
    }
}
