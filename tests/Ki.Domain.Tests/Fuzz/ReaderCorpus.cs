using NodaTime.Testing;

namespace Ki.Domain.Tests.Fuzz;

/// <summary>
/// Every public JSON reader of the library with a valid document for it and the invariants its result must pass:
/// the seeds of the fuzz suite and of the reader-wide guard tests.
/// </summary>
internal static class ReaderCorpus
{
    /// <summary>One reader: its name, a valid document, and a function that reads bytes and returns the broken invariant (or null).</summary>
    internal sealed record Reader(string Name, byte[] Valid, Func<byte[], KiJsonLimits?, string?> ReadAndCheck)
    {
        public override string ToString() => Name;
    }

    private static readonly Lazy<Reader[]> LazyAll = new(Build);

    /// <summary>All readers.</summary>
    public static IReadOnlyList<Reader> All => LazyAll.Value;

    /// <summary>The readers as xunit theory data.</summary>
    public static TheoryData<string> Names => [.. All.Select(r => r.Name)];

    /// <summary>The readers whose valid document holds a list.</summary>
    public static TheoryData<string> NamesWithLists => [.. All.Where(r => r.Valid.Contains((byte)'[')).Select(r => r.Name)];

    /// <summary>The reader of the given name.</summary>
    public static Reader Get(string name) => All.Single(r => r.Name == name);

    /// <summary>A small gazetteer: Bonn (kreisfreie Stadt) and Kreis Soest with two towns.</summary>
    public static Gazetteer SmallGazetteer() => Gazetteer.FromText(new StringReader(Places.GazetteerFixtures.ValidText));

    private static Reader[] Build()
    {
        AllocationRecipient[] recipients = [new("a", 3m, "Ahlen"), new AllocationRecipient("b", 1.5m, "Bönen").WithFloor(Euro.FromEuros(10)), new("c", 0m, "Castrop")];
        AllocationRequest request = AllocationRequest.Of(Euro.FromEuros(1_000), recipients).WithCap(Euro.FromEuros(700));
        AllocationResult allocation = Allocator.Allocate(request);
        ApportionmentResult apportionment = Apportioner.Apportion(ApportionmentMethod.SainteLague, 8, AllocationGen.Recipients([41, 29, 17, 13]));
        Gazetteer gazetteer = SmallGazetteer();
        ProgrammeCatalogue catalogue = ProgrammeCatalogue.Default;
        Assert.True(catalogue.TryFindLine("komm-an-3", out FundingLine? line));
        var calculator = new GrantCalculator(new FakeClock(Instant.FromUtc(2016, 6, 1, 10, 0)), RoundingMode.Commercial);
        GrantRequest grantRequest = new(Euro.FromEuros(12_000)) { On = new LocalDate(2016, 6, 1) };
        GrantResult grant = calculator.Calculate(line, grantRequest);
        byte[] round = File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", "round-komm-an-3-2020.json"));
        byte[] application = File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", "application-eligible.json"));
        byte[] settlementCase = File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", "settlement-fixed-posts.json"));

        return
        [
            new("AllocationJson.ReadRequest", AllocationJson.Write(request), (b, l) => RoundTrip(AllocationJson.ReadRequest(b, l), AllocationJson.Write, x => AllocationJson.ReadRequest(x))),
            new("AllocationJson.ReadResult", AllocationJson.Write(allocation), (b, l) => CheckAllocation(AllocationJson.ReadResult(b, l))),
            new("AllocationJson.ReadApportionment", AllocationJson.Write(apportionment), (b, l) => CheckApportionment(AllocationJson.ReadApportionment(b, l))),
            new("GazetteerJson.Read", GazetteerJson.Write(gazetteer), (b, l) => CheckGazetteer(GazetteerJson.Read(b, l))),
            new("GazetteerJson.ReadDistrict", GazetteerJson.Write(gazetteer.Districts[0]), (b, l) => RoundTrip(GazetteerJson.ReadDistrict(b, l), GazetteerJson.Write, x => GazetteerJson.ReadDistrict(x))),
            new("GazetteerJson.ReadMunicipality", GazetteerJson.Write(gazetteer.Municipalities[1]), (b, l) => RoundTrip(GazetteerJson.ReadMunicipality(b, l), GazetteerJson.Write, x => GazetteerJson.ReadMunicipality(x))),
            new("GazetteerJson.ReadIntegrationCentre", GazetteerJson.Write(gazetteer.IntegrationCentres[1]), (b, l) => RoundTrip(GazetteerJson.ReadIntegrationCentre(b, gazetteer, l), GazetteerJson.Write, x => GazetteerJson.ReadIntegrationCentre(x, gazetteer))),
            new("CatalogueJson.Read", CatalogueJson.Write(catalogue), (b, l) => RoundTrip(CatalogueJson.Read(b, l), CatalogueJson.Write, x => CatalogueJson.Read(x))),
            new("CatalogueJson.ReadProgramme", CatalogueJson.Write(catalogue.Programmes[0]), (b, l) => RoundTrip(CatalogueJson.ReadProgramme(b, l), CatalogueJson.Write, x => CatalogueJson.ReadProgramme(x))),
            new("CatalogueJson.ReadFundingLine", CatalogueJson.Write(line), (b, l) => RoundTrip(CatalogueJson.ReadFundingLine(b, l), CatalogueJson.Write, x => CatalogueJson.ReadFundingLine(x))),
            new("CatalogueJson.ReadFundingLineVersion", CatalogueJson.Write(line.Versions[0]), (b, l) => RoundTrip(CatalogueJson.ReadFundingLineVersion(b, l), CatalogueJson.Write, x => CatalogueJson.ReadFundingLineVersion(x))),
            new("CatalogueJson.ReadFundingMix", CatalogueJson.Write(new FundingMix("Komm-An 3, Beispiel", [new FundingContribution(FundingSource.Land, Euro.FromEuros(9_000)), new FundingContribution(FundingSource.Municipal, Euro.FromEuros(1_000))], new SourceReference("Beispiel", Confidence.Verified))), (b, l) => RoundTrip(CatalogueJson.ReadFundingMix(b, l), CatalogueJson.Write, x => CatalogueJson.ReadFundingMix(x))),
            new("GrantJson.ReadRequest", GrantJson.Write(grantRequest), (b, l) => RoundTrip(GrantJson.ReadRequest(b, l), GrantJson.Write, x => GrantJson.ReadRequest(x))),
            new("GrantJson.ReadResult", GrantJson.Write(grant), (b, l) => RoundTrip(GrantJson.ReadResult(b, l), GrantJson.Write, x => GrantJson.ReadResult(x))),
            new("EligibilityJson.ReadRules", EligibilityJson.WriteRules(Ki.Domain.Eligibility.RuleBook.Default), (b, l) => RoundTrip(EligibilityJson.ReadRules(b, l), EligibilityJson.WriteRules, x => EligibilityJson.ReadRules(x))),
            new("EligibilityJson.ReadApplication", application, (b, l) => RoundTrip(EligibilityJson.ReadApplication(b, l), EligibilityJson.WriteApplication, x => EligibilityJson.ReadApplication(x))),
            new("AwardJson.ReadRound", round, (b, l) => CheckRound(AwardJson.ReadRound(b, l))),
            new("SettlementJson.ReadBaseRates", SettlementJson.Write(Ki.Domain.Settlement.BaseRateTable.Default), (b, l) => RoundTrip(SettlementJson.ReadBaseRates(b, l), SettlementJson.Write, x => SettlementJson.ReadBaseRates(x))),
            new("SettlementJson.ReadCase", settlementCase, (b, l) => RoundTrip(SettlementJson.ReadCase(b, l), SettlementJson.Write, x => SettlementJson.ReadCase(x))),
        ];
    }

    /// <summary>The law for a value read from outside: written and read again it gives the same document.</summary>
    private static string? RoundTrip<T>(T value, Func<T, byte[]> write, Func<byte[], T> read)
    {
        byte[] once = write(value);
        byte[] twice = write(read(once));
        return once.AsSpan().SequenceEqual(twice) ? null : "written, read and written again it gives another document";
    }

    private static string? CheckAllocation(AllocationResult r)
    {
        if (r.Lines.Any(l => l.Amount < Euro.Zero))
        {
            return "a line has a negative amount";
        }

        if (Euro.Sum(r.Lines.Select(l => l.Amount)) != r.Allocated || r.Allocated + r.Unallocated != r.Request.Budget || r.Unallocated < Euro.Zero)
        {
            return "the totals do not reconcile with the lines and the budget";
        }

        return RoundTrip(r, AllocationJson.Write, x => AllocationJson.ReadResult(x));
    }

    private static string? CheckApportionment(ApportionmentResult r)
    {
        if (r.Lines.Any(l => l.Seats < 0 || l.Units < 0 || l.Seats != l.Units * r.Unit))
        {
            return "a line has negative seats or seats that are not its units";
        }

        if (r.Lines.Sum(l => l.Seats) != r.Seats)
        {
            return "the lines do not add up to the seats";
        }

        return RoundTrip(r, AllocationJson.Write, x => AllocationJson.ReadApportionment(x));
    }

    private static string? CheckGazetteer(Gazetteer g)
    {
        PlaceTotals totals = g.Totals;
        if (totals.Population < 0 || g.Districts.Any(d => g.TotalsOf(d.Key).Population != d.Population))
        {
            return "the totals do not add up";
        }

        return RoundTrip(g, GazetteerJson.Write, x => GazetteerJson.Read(x));
    }

    private static string? CheckRound(AwardRound round) =>
        round.Budget < Euro.Zero ? "a negative budget" : null;
}
