namespace Ki.Domain.Tests.Places;

public sealed partial class GazetteerTests
{
    private const string CsvDistricts =
        "# source: made up for tests\n" +
        "kreisschluessel,name,typ,regierungsbezirk_code,regierungsbezirk,bevoelkerung_31_12_2020,flaeche_km2,anzahl_gemeinden\n" +
        "05974,Soest,Kreis,059,Arnsberg,300,20.25,2\n";

    private const string CsvMunicipalities =
        "ags,ars,name,kreisschluessel,kreis,typ,bevoelkerung_31_12_2020,flaeche_km2,plz\r\n" +
        "05974004,059740004004,\"Neustadt, Stadt\",05974,Soest,Stadt (kreisangehörig),100,10.00,59505\r\n" +
        "05974008,059740008008,Neustadt,05974,Soest,Gemeinde (kreisangehörig),200,10.25,\r\n";

    [Fact]
    public void FromText_ValidFixture_Loads()
    {
        Gazetteer g = GazetteerFixtures.Twins();
        Assert.Equal("made up for tests", g.Source);
        Assert.Equal(new LocalDate(2019, 12, 31), g.ReferenceDate);
        Assert.Equal(2, g.Districts.Length);
        Assert.Null(g.GetMunicipality(MunicipalityKey.Parse("05974004")).PostalCode);
        Assert.Equal(new PlaceTotals(3, 1300, 30.75m), g.Totals);
        Assert.Equal<GovernmentRegion>([GovernmentRegion.Koeln, GovernmentRegion.Arnsberg], g.Regions);
    }

    [Theory]
    [InlineData(6, "municipality\t05314000\tkreisfreie-stadt\tabc\t10.50\t53111\tBonn, Stadt", "population", "'abc' is not a whole number")]
    [InlineData(6, "municipality\t05314000\tkreisfreie-stadt\t1000\t10.505\t53111\tBonn, Stadt", "area", "more than two decimals")]
    [InlineData(6, "municipality\t05314000\tkreisfreie-stadt\t1000\t10,50\t53111\tBonn, Stadt", "area", "'10,50' is not an area")]
    [InlineData(6, "municipality\t05314000\tkreisfreie-stadt\t1000\t10.50\t5311\tBonn, Stadt", "postal code", "five-digit")]
    [InlineData(6, "municipality\t05314000\tkreisfreie-stadt\t1000\t10.50\t53111\t", "name", "empty")]
    [InlineData(6, "municipality\t05314000\tkreisfreie-stadt\t1000\t10.50\tBonn, Stadt", "record", "7 TAB-separated fields")]
    [InlineData(7, "district\t5974\tkreis\t300\t20.25\tSoest", "key", "exactly 5 digits")]
    [InlineData(7, "district\t09162\tkreis\t300\t20.25\tSoest", "key", "North Rhine-Westphalia is required")]
    [InlineData(7, "district\t05974\tdorf\t300\t20.25\tSoest", "kind", "'dorf' is not a district kind")]
    [InlineData(7, "district\t05974\tkreis\t301\t20.25\tSoest", "population", "add up to 300")]
    [InlineData(7, "district\t05974\tkreis\t300\t20.26\tSoest", "area", "add up to 20.25")]
    [InlineData(7, "district\t05974\tkreisfreie-stadt\t300\t20.25\tSoest", "municipalities", "exactly one municipality")]
    [InlineData(8, "municipality\t05974004\tkreisfreie-stadt\t100\t10.00\t\tNeustadt, Stadt", "kind", "ends in 000")]
    [InlineData(8, "municipality\t05975004\tstadt\t100\t10.00\t\tNeustadt, Stadt", "key", "05975, which has no district row")]
    [InlineData(9, "municipality\t05974004\tgemeinde\t200\t10.25\t59505\tNeustadt", "key", "appears twice, first at test.txt line 8")]
    [InlineData(9, "village\t05974008", "record", "'village' is not a record type")]
    [InlineData(4, "reference-date\t31.12.2019", "reference-date", "not an ISO date")]
    [InlineData(4, "reference-date\t2019-02-30", "reference-date", "not an ISO date")]
    [InlineData(2, "ki-gazetteer\t2", "version", "version '2' is not supported")]
    [InlineData(2, "name,ags", "format", "not a Ki.Domain gazetteer file")]
    public void FromText_BadLine_FailsWithLineFieldAndReason(int line, string text, string field, string reason)
    {
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(GazetteerFixtures.WithLine(line, text)), "test.txt"));
        Assert.Equal($"test.txt line {line}", e.Location);
        Assert.Contains($"field '{field}'", e.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"test.txt line {line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_MissingSource_SaysSo()
    {
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(GazetteerFixtures.WithLine(3, "# no source"))));
        Assert.Equal("end of input", e.Location);
        Assert.Contains("field 'source'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_Empty_SaysItIsNoGazetteer() =>
        Assert.Contains("no 'ki-gazetteer' record", Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(string.Empty))).Reason, StringComparison.Ordinal);

    [Fact]
    public void FromText_SeparateCentreThatIsTheOnlyMember_FailsAtItsLine()
    {
        string text = GazetteerFixtures.ValidText + "separate-centre\t05314000\n";
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromText(new StringReader(text)));
        Assert.Equal("line 10", e.Location);
        Assert.Contains("kreisfreie Stadt", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_SeparateCentre_CountsTheTownApart()
    {
        Gazetteer g = Gazetteer.FromText(new StringReader(GazetteerFixtures.ValidText + "separate-centre\t05974008\n"));
        Assert.Equal(3, g.IntegrationCentres.Length);
        Assert.Equal(100, g.IntegrationCentreOf(MunicipalityKey.Parse("05974004")).Population);
        Assert.Equal(200, g.IntegrationCentreOf(MunicipalityKey.Parse("05974008")).Population);
    }

    [Fact]
    public void FromGvIsysCsv_SmallFiles_LoadWithSourceAndDateFromTheFiles()
    {
        Gazetteer g = Gazetteer.FromGvIsysCsv(new StringReader(CsvDistricts), new StringReader(CsvMunicipalities), []);
        Assert.Equal("made up for tests", g.Source);
        Assert.Equal(new LocalDate(2020, 12, 31), g.ReferenceDate);
        Assert.Equal(new PlaceTotals(2, 300, 20.25m), g.TotalsOf(DistrictKey.Parse("05974")));
        Assert.Equal("59505", g.GetMunicipality("Neustadt, Stadt").PostalCode);
        Assert.Equal(MunicipalityKind.KreisangehoerigeGemeinde, g.GetMunicipality(MunicipalityKey.Parse("05974008")).Kind);
    }

    [Theory]
    [InlineData(false, "100,10.00", "12x,10.00", "municipalities line 2", "bevoelkerung_31_12_2020", "'12x' is not a whole number")]
    [InlineData(false, "10.25,", "10.25,5950", "municipalities line 3", "plz", "five-digit")]
    [InlineData(false, "Gemeinde (kreisangehörig)", "Dorf", "municipalities line 3", "typ", "'Dorf' is not a municipality type")]
    [InlineData(false, "059740008008", "059740008009", "municipalities line 3", "ars", "Regionalschlüssel")]
    [InlineData(false, "Neustadt,05974,Soest", "Neustadt,05974,Soest-Nord", "municipalities line 3", "kreis", "'Soest-Nord'")]
    [InlineData(false, "\"Neustadt, Stadt\"", "\"Neustadt, Stadt", "municipalities line 2", "row", "not closed")]
    [InlineData(false, ",plz", ",name", "municipalities line 1", "name", "appears twice in the header")]
    [InlineData(false, "bevoelkerung_31_12_2020", "bevoelkerung_31_12_2019", "municipalities line 1", "bevoelkerung_31_12_2019", "differs from the district file")]
    [InlineData(true, "300,20.25,2", "301,20.25,2", "districts line 3", "population", "add up to 300")]
    [InlineData(true, "300,20.25,2", "300,20.25,3", "districts line 3", "anzahl_gemeinden", "says 3 municipalities, but the municipality file has 2")]
    [InlineData(true, "059,Arnsberg", "057,Arnsberg", "districts line 3", "regierungsbezirk_code", "lies in 059")]
    [InlineData(true, ",flaeche_km2", ",flaeche", "districts line 2", "flaeche_km2", "no such column")]
    [InlineData(true, "bevoelkerung_31_12_2020", "bevoelkerung", "districts line 2", "bevoelkerung_DD_MM_YYYY", "exactly one population column")]
    public void FromGvIsysCsv_BadRow_FailsWithFileLineFieldAndReason(bool inDistricts, string find, string replace, string location, string field, string reason)
    {
        string districts = inDistricts ? Replace(CsvDistricts, find, replace) : CsvDistricts;
        string municipalities = inDistricts ? CsvMunicipalities : Replace(CsvMunicipalities, find, replace);
        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromGvIsysCsv(new StringReader(districts), new StringReader(municipalities), []));
        Assert.Equal(location, e.Location);
        Assert.Contains($"field '{field}'", e.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);

        static string Replace(string text, string find, string replace)
        {
            int at = text.LastIndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{find}' is not in the fixture");
            return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        }
    }

    [Fact]
    public void FromGvIsysCsvFiles_NamesTheFileInErrors()
    {
        using var folder = new TempFolder("ki-places-");
        string d = folder.Write("kreise.csv", CsvDistricts);
        string m = folder.Write("gemeinden.csv", CsvMunicipalities.Replace("200,10.25", "200,-10.25", StringComparison.Ordinal));

        var e = Assert.Throws<KiDataException>(() => Gazetteer.FromGvIsysCsvFiles(d, m, []));
        Assert.Equal("gemeinden.csv line 3", e.Location);
        Assert.Contains("field 'flaeche_km2'", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTextFile_ReadsWhatToTextWrote()
    {
        using var folder = new TempFolder("ki-places-");
        string path = folder.Write("places.txt", GazetteerFixtures.Twins().ToText());

        Assert.Equal(GazetteerFixtures.Twins().ToText(), Gazetteer.FromTextFile(path).ToText());
    }
}
