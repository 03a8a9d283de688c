using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Ki.Domain.SampleHost;

/// <summary>
/// <c>--self-check</c>: exercises the library the way a trimmed host does (the embedded data, every JSON context,
/// the refusals, a check and an award round with their German texts, a host's own document with library values) and
/// prints what it computed. Published with NativeAOT and no culture data, it shows in CI that nothing the library
/// needs was trimmed away and that its German texts need no ICU.
/// </summary>
internal static class SelfCheck
{
    /// <summary>The command-line switch.</summary>
    public const string Switch = "--self-check";

    /// <summary>Runs every check and writes one line per check.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <returns>0 when every check holds, 1 otherwise.</returns>
    public static int Run(TextWriter output)
    {
        var failures = new List<string>();
        void Check(bool condition, string what)
        {
            output.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
            if (!condition)
            {
                failures.Add(what);
            }
        }

        try
        {
            Run(output, Check);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A trimmed-away member or a missing culture shows up as an exception: a failed check, not a crash.
            Check(false, $"no exception ({e.GetType().Name}: {e.Message})");
        }

        output.WriteLine(failures.Count == 0 ? "self-check passed" : $"self-check FAILED: {string.Join("; ", failures)}");
        return failures.Count == 0 ? 0 : 1;
    }

    private static void Run(TextWriter output, Action<bool, string> check)
    {
        // First use of the embedded data in this process (cold: resource read, parsing).
        var clock = Stopwatch.StartNew();
        Gazetteer gazetteer = Gazetteer.Default;
        TimeSpan gazetteerCold = clock.Elapsed;
        clock.Restart();
        ProgrammeCatalogue catalogue = ProgrammeCatalogue.Default;
        TimeSpan catalogueCold = clock.Elapsed;

        // German money without culture data: a host builds the number format itself.
        var german = new NumberFormatInfo
        {
            NumberDecimalSeparator = ",", NumberGroupSeparator = ".",
            CurrencyDecimalSeparator = ",", CurrencyGroupSeparator = ".", CurrencySymbol = "€", CurrencyPositivePattern = 3, CurrencyNegativePattern = 8,
        };
        Euro budget = Euro.Parse("131.000,00 €", german);
        check(budget.Cents == 13_100_000 && budget.ToString("C", german) == "131.000,00 €", $"money parses and prints in German: {budget.ToString("C", german)}");
        check(MunicipalityKey.ParseNrw("05974040").District.Code == "05974", "keys know their district");

        try
        {
            KiJson.Deserialize("{\"a\":1,\"a\":2}"u8, SelfCheckJsonContext.Default.DictionaryStringInt32);
            check(false, "duplicate JSON keys are refused");
        }
        catch (KiDataException e)
        {
            check(e.Location == "$.a", $"duplicate JSON keys are refused at {e.Location}");
        }

        check(gazetteer.Districts.Length == 53 && gazetteer.IntegrationCentres.Length == 54,
            $"embedded gazetteer: {gazetteer.Districts.Length} districts, {gazetteer.Municipalities.Length} municipalities, {gazetteer.IntegrationCentres.Length} KI places, {gazetteer.Totals.Population} people");
        check(catalogue.Check().IsEmpty, $"embedded catalogue: {catalogue.Programmes.Length} programmes, {catalogue.Lines.Count()} funding lines, consistent");

        // One document of each JSON context, written and read back.
        byte[] gazetteerJson = GazetteerJson.Write(gazetteer);
        Gazetteer gazetteerBack = GazetteerJson.Read(gazetteerJson);
        check(gazetteerBack.Municipalities.SequenceEqual(gazetteer.Municipalities) && gazetteerBack.ToText() == gazetteer.ToText(),
            $"gazetteer JSON round trip ({gazetteerJson.Length} bytes)");

        byte[] catalogueJson = CatalogueJson.Write(catalogue);
        ProgrammeCatalogue catalogueBack = CatalogueJson.Read(catalogueJson);
        check(catalogueJson.AsSpan().SequenceEqual(CatalogueJson.Write(catalogueBack)) && catalogueBack.Lines.Select(l => l.Id).SequenceEqual(catalogue.Lines.Select(l => l.Id)),
            $"catalogue JSON round trip ({catalogueJson.Length} bytes)");

        var calculator = new GrantCalculator(SystemClock.Instance, RoundingMode.Commercial);
        catalogue.TryFindLine("komm-an-3", out FundingLine? line);
        GrantResult result = calculator.Calculate(line!, new GrantRequest(Euro.FromEuros(12_000)) { On = new LocalDate(2016, 6, 1) });
        GrantResult resultBack = GrantJson.ReadResult(GrantJson.Write(result));
        check(resultBack.Grant == result.Grant && resultBack.Code == result.Code && resultBack.Steps.Length == result.Steps.Length,
            $"grant result JSON round trip: komm-an-3 on 2016-06-01, costs 12000.00 -> {result.Code} {result.Grant}");

        // An allocation over the 54 KI places by population, and its result through the allocation context.
        AllocationRequest allocationRequest = AllocationRequest.Of(
            Euro.FromEuros(1_000_000),
            gazetteer.IntegrationCentres.Select(c => new AllocationRecipient(c.Code, c.Population, c.OperatorName)));
        AllocationResult allocation = Allocator.Allocate(allocationRequest);
        AllocationResult allocationBack = AllocationJson.ReadResult(AllocationJson.Write(allocation));
        allocation.TryGetLine("05334002", out AllocationLine? aachen);
        check(allocation.Allocated == allocationRequest.Budget && allocationBack.Lines.Select(l => l.Amount).SequenceEqual(allocation.Lines.Select(l => l.Amount)),
            $"allocation JSON round trip: 1000000.00 over {allocation.Lines.Length} KI places by population, Aachen city {aachen?.Amount}");
        ApportionmentResult seats = Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 100, allocationRequest.Recipients);
        check(AllocationJson.ReadApportionment(AllocationJson.Write(seats)).Lines.Sum(l => l.Seats) == 100, "apportionment JSON round trip: 100 seats by Hare-Niemeyer");

        try
        {
            CatalogueJson.Read("{\"schemaVersion\":1,\"programmes\":[{\"id\":1}]}"u8);
            check(false, "a number where an identifier belongs is refused");
        }
        catch (KiDataException e)
        {
            check(e.Location == "$.programmes[0].id", $"a number where an identifier belongs is refused at {e.Location}");
        }

        // Eligibility and an award round from the embedded examples, with their German texts.
        Application eligible = EligibilityJson.ReadApplication(EmbeddedExamples.Read("application-eligible.json"));
        Application notEligible = EligibilityJson.ReadApplication(EmbeddedExamples.Read("application-not-eligible.json"));
        var asOf = new LocalDate(2020, 2, 1);
        EligibilityDecision yes = EligibilityEvaluator.Default.Evaluate(eligible, asOf);
        EligibilityDecision no = EligibilityEvaluator.Default.Evaluate(notEligible, asOf);
        check(yes.IsEligible && yes.RulesHash is not null, $"eligibility check: {yes.ApplicationId} -> {yes.Code} ({yes.Results.Length} criteria, rules {yes.RulesHash?[..12]})");
        check(!no.IsEligible && no.Failures.Any(), $"eligibility check: {no.ApplicationId} -> {no.Code}: {string.Join(", ", no.Failures.Select(f => f.Code))}");
        string grantRange = no.Results.Single(r => r.Code == "KI-ELIG-GRANT-RANGE").Message.German;
        check(grantRange == "Höhe der beantragten Zuwendung: nicht erfüllt (4.000,00 €; verlangt: mindestens 5.000,00 €).", $"German text of a check: {grantRange}");
        AwardRound round = AwardJson.ReadRound(EmbeddedExamples.Read("round-komm-an-3-2020.json"));
        AwardResult awards = AwardAllocator.Default.Allocate(round);
        check(awards.IsReconciled && awards.Awarded + awards.Unallocated == awards.Budget, $"award round {round.Id}: awarded {awards.Awarded} + unallocated {awards.Unallocated} = budget {awards.Budget}");
        check(awards.Message.German.Contains("61.200,00 €", StringComparison.Ordinal), $"German text of an award round: {awards.Message.German}");

        // A host's own document with Euro and keys, through its own source-generated context and no registered
        // converter: the [JsonConverter] attributes on the types write the strings.
        var payment = new HostPayment(Euro.FromCents(123_456), DistrictKey.Parse("05974"));
        string hostJson = JsonSerializer.Serialize(payment, SelfCheckJsonContext.Default.HostPayment);
        check(hostJson == "{\"Amount\":\"1234.56\",\"District\":\"05974\"}", $"Euro and keys serialise by default: {hostJson}");
        check(JsonSerializer.Deserialize(hostJson, SelfCheckJsonContext.Default.HostPayment) == payment, "Euro and keys deserialise by default");

        // Warm: the same work again in the same process.
        clock.Restart();
        Gazetteer warm = Gazetteer.FromText(new StringReader(gazetteer.ToText()));
        TimeSpan gazetteerWarm = clock.Elapsed;
        clock.Restart();
        Gazetteer warmJson = GazetteerJson.Read(gazetteerJson);
        TimeSpan gazetteerJsonWarm = clock.Elapsed;
        clock.Restart();
        ProgrammeCatalogue warmCatalogue = CatalogueJson.Read(catalogueJson);
        TimeSpan catalogueJsonWarm = clock.Elapsed;
        check(warm.Districts.Length == warmJson.Districts.Length && warmCatalogue.Programmes.Length == catalogue.Programmes.Length, "warm reloads agree");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing: embedded gazetteer cold {gazetteerCold.TotalMilliseconds:F1} ms, embedded catalogue cold {catalogueCold.TotalMilliseconds:F1} ms; "
            + $"warm: gazetteer text {gazetteerWarm.TotalMilliseconds:F1} ms, gazetteer JSON {gazetteerJsonWarm.TotalMilliseconds:F1} ms, catalogue JSON {catalogueJsonWarm.TotalMilliseconds:F1} ms"));
    }
}

/// <summary>A host application's own document type holding library values.</summary>
/// <param name="Amount">An amount.</param>
/// <param name="District">A district key.</param>
internal sealed record HostPayment(Euro Amount, DistrictKey District);

/// <summary>Source-generated JSON metadata for the self-check's own documents.</summary>
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(HostPayment))]
internal sealed partial class SelfCheckJsonContext : JsonSerializerContext;
