namespace Ki.Domain.Tests.Places;

public sealed partial class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Theory]
    [InlineData("ruthen")]
    [InlineData("Ruethen")]
    [InlineData("Rüthen")]
    [InlineData("RÜTHEN")]
    [InlineData("Rüthen, Stadt")]
    [InlineData("  rüthen,   stadt ")]
    public void FindMunicipalities_ForgivesCaseUmlautsAndSuffix_FindsRuethen(string typed)
    {
        Municipality m = Assert.Single(G.FindMunicipalities(typed));
        Assert.Equal("Rüthen, Stadt", m.Name);
        Assert.Equal("05974036", m.Key.Code);
        Assert.Same(m, G.GetMunicipality(typed));
    }

    [Theory]
    [InlineData("Stolberg", "05334032")]
    [InlineData("stolberg rhld", "05334032")]
    [InlineData("Halle (Westf.)", "05754012")]
    [InlineData("Mülheim an der Ruhr", "05117000")]
    [InlineData("Muelheim-an-der-Ruhr", "05117000")]
    [InlineData("Hagen", "05914000")]
    [InlineData("05974028", "05974028")]
    public void GetMunicipality_ByNameOrKey_FindsIt(string typed, string key) =>
        Assert.Equal(key, G.GetMunicipality(typed).Key.Code);

    [Fact]
    public void FindMunicipalities_UnknownName_IsEmptyAndGetSaysSo()
    {
        Assert.Empty(G.FindMunicipalities("München"));
        Assert.Empty(G.FindMunicipalities("05974999"));
        var e = Assert.Throws<ArgumentException>(() => G.GetMunicipality("München"));
        Assert.Contains("'München'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindMunicipalities_AmbiguousName_GivesEveryMatchAndGetRefusesToPick()
    {
        // "Städteregion" is no municipality; "Aachen" is one municipality, but also a district name: the district
        // search gives the Städteregion, the municipality search the city. A made-up gazetteer with two towns that
        // share a short name shows the ambiguous case.
        Gazetteer twins = GazetteerFixtures.Twins();
        Assert.Equal(2, twins.FindMunicipalities("Neustadt").Length);
        var e = Assert.Throws<ArgumentException>(() => twins.GetMunicipality("neustadt"));
        Assert.Contains("matches 2 municipalities", e.Message, StringComparison.Ordinal);
        Assert.Contains("05974004", e.Message, StringComparison.Ordinal);
        Assert.Contains("05974008", e.Message, StringComparison.Ordinal);
        Assert.Single(twins.FindMunicipalities("Neustadt, Stadt"));
    }

    [Theory]
    [InlineData("Soest", "05974")]
    [InlineData("Kreis Soest", "05974")]
    [InlineData("maerkischer kreis", "05962")]
    [InlineData("Märkischer Kreis", "05962")]
    [InlineData("Städteregion Aachen", "05334")]
    [InlineData("Bonn", "05314")]
    [InlineData("05974", "05974")]
    public void FindDistricts_ByNameOrKey_FindsIt(string typed, string key) =>
        Assert.Equal(key, Assert.Single(G.FindDistricts(typed)).Key.Code);

    [Fact]
    public void GetDistrict_NonNrwKey_SaysTheGazetteerIsNrwOnly()
    {
        DistrictKey munich = DistrictKey.Parse("09162");
        Assert.False(G.TryGetDistrict(munich, out _));
        var e = Assert.Throws<ArgumentException>(() => G.GetDistrict(munich));
        Assert.Contains("09162", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside North Rhine-Westphalia", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => G.GetMunicipality(MunicipalityKey.Parse("09162000")));
    }

    [Fact]
    public void GetDistrict_UnknownNrwKey_SaysNoneHasIt()
    {
        var e = Assert.Throws<ArgumentException>(() => G.MembersOf(DistrictKey.Parse("05975")));
        Assert.Contains("No district has the key 05975", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MembersOf_KreisfreieStadt_IsTheCityItself()
    {
        Municipality bonn = Assert.Single(G.MembersOf(DistrictKey.Parse("05314")));
        Assert.Equal("05314000", bonn.Key.Code);
        Assert.Equal(MunicipalityKind.KreisfreieStadt, bonn.Kind);
    }

    [Property]
    public Property EveryMunicipality_IsFoundByItsOwnNameAndKey() =>
        Prop.ForAll(PlacesGen.Municipality.ToArbitrary(), m =>
            G.FindMunicipalities(m.Name).Contains(m)
            && G.FindMunicipalities(m.ShortName).Contains(m)
            && G.GetMunicipality(m.Key) == m
            && G.FindMunicipalities(m.Key.Code).Single() == m);

    [Property]
    public Property EveryMunicipality_IsFoundByItsNameAsTyped() =>
        Prop.ForAll(PlacesGen.TypedMunicipalityName.ToArbitrary(), t =>
            G.FindMunicipalities(t.Typed).Contains(t.Place));

    [Property]
    public Property EveryDistrict_IsFoundByItsOwnNameAndKey_AndContainsItsMembers() =>
        Prop.ForAll(PlacesGen.District.ToArbitrary(), d =>
            G.FindDistricts(d.Name).Contains(d)
            && G.GetDistrict(d.Key) == d
            && G.MembersOf(d.Key).All(m => m.District == d.Key && G.TryGetDistrict(m.District, out District? owner) && owner == d));
}
