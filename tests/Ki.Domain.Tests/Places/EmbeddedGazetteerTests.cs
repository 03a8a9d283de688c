namespace Ki.Domain.Tests.Places;

/// <summary>
/// The embedded default gazetteer: it is exactly what the GV-ISys CSVs in TestData/ (copied from
/// shared/domain/data, source in their first line) convert to, and it holds the published figures.
/// </summary>
public sealed class EmbeddedGazetteerTests
{
    private static readonly string EmbeddedPath = RepositoryPaths.Combine("src", "Ki.Domain", "Places", "Data", "nrw-gazetteer-2019-12-31.txt");

    private static Gazetteer FromTestCsv() => Gazetteer.FromGvIsysCsvFiles(
        RepositoryPaths.Combine("tests", "Ki.Domain.Tests", "TestData", "nrw_kreise_kreisfreie_staedte.csv"),
        RepositoryPaths.Combine("tests", "Ki.Domain.Tests", "TestData", "nrw_gemeinden.csv"),
        [MunicipalityKey.Parse("05334002")]);

    [Fact]
    public void EmbeddedFile_IsTheConversionOfTheCsvs()
    {
        string converted = FromTestCsv().ToText();
        if (Environment.GetEnvironmentVariable("KI_WRITE_GAZETTEER") == "1")
        {
            // Regenerates the embedded file from the CSVs; review the diff and commit it.
            File.WriteAllText(EmbeddedPath, converted, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.Equal(converted, File.ReadAllText(EmbeddedPath, Encoding.UTF8));
        Assert.Equal(converted, Gazetteer.Default.ToText());
    }

    [Fact]
    public void Default_EqualsTheCsvGazetteer_PlaceByPlace()
    {
        Gazetteer csv = FromTestCsv();
        Gazetteer embedded = Gazetteer.Default;
        Assert.Equal<District>(csv.Districts, embedded.Districts);
        Assert.Equal<Municipality>(csv.Municipalities, embedded.Municipalities);
        Assert.Equal(csv.Source, embedded.Source);
        Assert.Equal(csv.ReferenceDate, embedded.ReferenceDate);
        Assert.Equal<MunicipalityKey>(csv.SeparateCentreCities, embedded.SeparateCentreCities);
    }

    [Fact]
    public void Default_HasSourceAndReferenceDate()
    {
        Assert.Equal(new LocalDate(2019, 12, 31), Gazetteer.Default.ReferenceDate);
        Assert.Contains("GV-ISys", Gazetteer.Default.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_Has53DistrictsAnd396Municipalities()
    {
        Gazetteer g = Gazetteer.Default;
        Assert.Equal(53, g.Districts.Length);
        Assert.Equal(396, g.Municipalities.Length);
        Assert.Equal(22, g.Districts.Count(d => d.Kind == DistrictKind.KreisfreieStadt));
        Assert.Equal(30, g.Districts.Count(d => d.Kind == DistrictKind.Kreis));
        Assert.Equal(DistrictKind.Staedteregion, Assert.Single(g.Districts, d => d.Kind == DistrictKind.Staedteregion).Kind);
        Assert.Equal<GovernmentRegion>(GovernmentRegion.All, g.Regions);
    }

    [Fact]
    public void Default_NrwPopulationIs17947221()
    {
        PlaceTotals nrw = Gazetteer.Default.Totals;
        Assert.Equal(17_947_221, nrw.Population);
        Assert.Equal(396, nrw.MunicipalityCount);
        Assert.Equal(34_112.33m, nrw.AreaKm2);
        Assert.Equal(17_947_221, Gazetteer.Default.Districts.Sum(d => d.Population));
    }

    [Fact]
    public void Default_KreisSoestHas14MunicipalitiesWith301785People()
    {
        DistrictKey soest = DistrictKey.Parse("05974");
        Assert.Equal(14, Gazetteer.Default.MembersOf(soest).Length);
        Assert.Equal(new PlaceTotals(14, 301_785, 1_328.63m), Gazetteer.Default.TotalsOf(soest));
        District district = Gazetteer.Default.GetDistrict(soest);
        Assert.Equal("Soest", district.Name);
        Assert.Equal(GovernmentRegion.Arnsberg, district.Region);
        Assert.Equal(301_785, district.Population);
    }

    [Fact]
    public void Default_EveryMunicipalitysDistrictExists()
    {
        foreach (Municipality m in Gazetteer.Default.Municipalities)
        {
            Assert.True(Gazetteer.Default.TryGetDistrict(m.District, out District? d), m.ToString());
            Assert.Contains(m.Key, d.MunicipalityKeys);
        }
    }

    [Fact]
    public void Default_EachDistrictsTotalsEqualTheSumOfItsMembers()
    {
        foreach (District d in Gazetteer.Default.Districts)
        {
            ImmutableArrayAssert(d);
            PlaceTotals sum = PlaceTotals.Of(Gazetteer.Default.MembersOf(d.Key));
            Assert.Equal(d.Population, sum.Population);
            Assert.Equal(d.AreaKm2, sum.AreaKm2);
            Assert.Equal(d.MunicipalityKeys.Length, sum.MunicipalityCount);
        }

        static void ImmutableArrayAssert(District d) =>
            Assert.Equal<MunicipalityKey>(d.MunicipalityKeys, Gazetteer.Default.MembersOf(d.Key).Select(m => m.Key));
    }

    [Theory]
    [InlineData("051", 15)]
    [InlineData("053", 11)]
    [InlineData("055", 8)]
    [InlineData("057", 7)]
    [InlineData("059", 12)]
    public void Default_RegionsHaveTheirDistricts(string region, int districts)
    {
        RegionKey key = RegionKey.Parse(region);
        Assert.Equal(districts, Gazetteer.Default.DistrictsIn(key).Length);
        Assert.Equal(
            Gazetteer.Default.DistrictsIn(key).Sum(d => d.Population),
            Gazetteer.Default.TotalsOf(key).Population);
    }

    [Fact]
    public void RegionTotals_AddUpToNrw()
    {
        Gazetteer g = Gazetteer.Default;
        Assert.Equal(g.Totals.Population, g.Regions.Sum(r => g.TotalsOf(r.Key).Population));
        Assert.Equal(g.Totals.AreaKm2, g.Regions.Sum(r => g.TotalsOf(r.Key).AreaKm2));
    }
}
