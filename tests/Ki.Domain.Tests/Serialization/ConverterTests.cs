namespace Ki.Domain.Tests.Serialization;

public sealed class ConverterTests
{
    [Fact]
    public void DefaultSerializer_EuroAndKeys_WriteTheirStringsWithoutRegisteredConverters()
    {
        // What a host developer does first: plain JsonSerializer, no KiJsonConverters.AddTo.
        var payment = new { Amount = Euro.FromCents(123_456), District = DistrictKey.Parse("05974"), Municipality = MunicipalityKey.Parse("05974040"), Region = RegionKey.Parse("059") };
        Assert.Equal("{\"Amount\":\"1234.56\",\"District\":\"05974\",\"Municipality\":\"05974040\",\"Region\":\"059\"}", JsonSerializer.Serialize(payment));
        Assert.Equal(Euro.FromCents(123_456), JsonSerializer.Deserialize<Euro>("\"1234.56\""));
        Assert.Equal(DistrictKey.Parse("05974"), JsonSerializer.Deserialize<DistrictKey>("\"05974\""));
        Assert.Equal(MunicipalityKey.Parse("05974040"), JsonSerializer.Deserialize<MunicipalityKey>("\"05974040\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Euro>("1234.56"));
    }

    private static readonly JsonSerializerOptions Options = KiJsonConverters.AddTo(new JsonSerializerOptions());

    private static readonly FsCheck.Gen<LocalDate> Dates =
        Gen.Choose(-200_000, 2_900_000).Select(d => new LocalDate(1900, 1, 1).PlusDays(d % 80_000));

    [Fact]
    public void Euro_IsAStringWithTwoDecimals()
    {
        Assert.Equal("\"1234.50\"", JsonSerializer.Serialize(Euro.FromCents(123450), Options));
        Assert.Equal(Euro.FromCents(-5), JsonSerializer.Deserialize<Euro>("\"-0.05\"", Options));
    }

    /// <summary>Each converter refuses what is not its value with a <see cref="JsonException"/> that says why.</summary>
    [Theory]
    [InlineData(typeof(Euro), "1234.5", "as a JSON string, but found a number")]
    [InlineData(typeof(Euro), "\"1.234,50\"", "not a euro amount")]
    [InlineData(typeof(Euro), "\"0.005\"", "fraction of a cent")]
    [InlineData(typeof(Euro), "\"131.000\"", "'131.000' has three decimals")]
    [InlineData(typeof(Euro), "\"0,500\"", "a group separator cannot follow a leading 0")]
    [InlineData(typeof(Euro), "\"1e400\"", "not a euro amount")]
    [InlineData(typeof(Euro), "\"99999999999999999999\"", "outside the range")]
    [InlineData(typeof(Euro), "null", "found null")]
    [InlineData(typeof(LocalDate), "\"2016-02-30\"", "'2016-02-30' is not an ISO date")]
    [InlineData(typeof(LocalDate), "\"02.06.2016\"", "'02.06.2016' is not an ISO date")]
    [InlineData(typeof(LocalDate), "20160602", "as a JSON string, but found a number")]
    [InlineData(typeof(DateInterval), "\"2016-12-31/2016-01-01\"", "end lies before the start")]
    [InlineData(typeof(DateInterval), "\"2016-01-01\"", "two ISO dates")]
    [InlineData(typeof(DateInterval), "\"2016-01-01/2016-06-01/2016-12-31\"", "two ISO dates")]
    [InlineData(typeof(DateInterval), "\"2016-01-01/x\"", "not a date interval")]
    [InlineData(typeof(Instant), "\"2016-06-02T10:00:00+02:00\"", "is not an ISO instant in UTC")]
    public void BadJson_ThrowsJsonExceptionWithReason(Type type, string json, string reason)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, Options));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NodaTimeValues_AreIsoStrings()
    {
        Assert.Equal("\"2016-06-02\"", JsonSerializer.Serialize(new LocalDate(2016, 6, 2), Options));
        Assert.Equal("\"2016-09-30T21:59:59Z\"", JsonSerializer.Serialize(Instant.FromUtc(2016, 9, 30, 21, 59, 59), Options));
        Assert.Equal("\"2016-01-01/2016-12-31\"", JsonSerializer.Serialize(new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31)), Options));
    }

    [Fact]
    public void Keys_AreCodeStrings_AndBadKeysNameTheRule()
    {
        Assert.Equal("\"05974\"", JsonSerializer.Serialize(DistrictKey.Parse("05974"), Options));
        Assert.Equal(MunicipalityKey.Parse("05974040"), JsonSerializer.Deserialize<MunicipalityKey>("\"05974040\"", Options));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DistrictKey>("\"5974\"", Options));
        Assert.Contains("exactly 5 digits", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegionKey>("59", Options));
    }

    [Property]
    public Property Property_Euro_RoundTrips()
    {
        return Prop.ForAll(DomainGen.Euros.ToArbitrary(), x =>
            JsonSerializer.Deserialize<Euro>(JsonSerializer.Serialize(x, Options), Options) == x);
    }

    [Property]
    public Property Property_DatesIntervalsAndInstants_RoundTrip()
    {
        var gen = Gen.Zip(Dates, Gen.Zip(Gen.Choose(0, 5000), Gen.Choose(0, 86_399))).Select(t =>
            (Date: t.Item1, Interval: new DateInterval(t.Item1, t.Item1.PlusDays(t.Item2.Item1)),
             Instant: t.Item1.AtMidnight().InUtc().ToInstant().Plus(Duration.FromSeconds(t.Item2.Item2)).Plus(Duration.FromNanoseconds(t.Item2.Item1 * 1_234L))));
        return Prop.ForAll(gen.ToArbitrary(), v =>
            JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(v.Date, Options), Options) == v.Date
            && JsonSerializer.Deserialize<DateInterval>(JsonSerializer.Serialize(v.Interval, Options), Options)!.Equals(v.Interval)
            && JsonSerializer.Deserialize<Instant>(JsonSerializer.Serialize(v.Instant, Options), Options) == v.Instant);
    }
}
