using System.Diagnostics;
using System.Globalization;
using Ki.Domain.Allocation;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;
using NodaTime;

// Exercises the library the way a trimmed host would, and prints what it computed. Exit code 0 only if every
// check holds; the output is read by .ci/run.
var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// First use of the embedded data in this process (cold: resource read, parsing, JIT-free trimmed code paths).
var clock = Stopwatch.StartNew();
Gazetteer gazetteer = Gazetteer.Default;
TimeSpan gazetteerCold = clock.Elapsed;
clock.Restart();
ProgrammeCatalogue catalogue = ProgrammeCatalogue.Default;
TimeSpan catalogueCold = clock.Elapsed;

var german = CultureInfo.GetCultureInfo("de-DE");
Euro budget = Euro.Parse("131.000,00 €", german);
Check(budget.Cents == 13_100_000, $"money parses in de-DE: {budget.ToString(german)}");
Check(MunicipalityKey.ParseNrw("05974040").District.Code == "05974", "keys know their district");

try
{
    KiJson.Deserialize("{\"a\":1,\"a\":2}"u8, TrimCheckJsonContext.Default.DictionaryStringInt32);
    Check(false, "duplicate JSON keys are refused");
}
catch (Ki.Domain.KiDataException e)
{
    Check(e.Location == "$.a", $"duplicate JSON keys are refused at {e.Location}");
}

Check(gazetteer.Districts.Length == 53 && gazetteer.IntegrationCentres.Length == 54,
    $"embedded gazetteer: {gazetteer.Districts.Length} districts, {gazetteer.Municipalities.Length} municipalities, {gazetteer.IntegrationCentres.Length} KI places, {gazetteer.Totals.Population} people");
Check(catalogue.Check().IsEmpty, $"embedded catalogue: {catalogue.Programmes.Length} programmes, {catalogue.Lines.Count()} funding lines, consistent");

// One document of each JSON context, written and read back.
byte[] gazetteerJson = GazetteerJson.Write(gazetteer);
Gazetteer gazetteerBack = GazetteerJson.Read(gazetteerJson);
Check(gazetteerBack.Municipalities.SequenceEqual(gazetteer.Municipalities) && gazetteerBack.ToText() == gazetteer.ToText(),
    $"gazetteer JSON round trip ({gazetteerJson.Length:N0} bytes)");

byte[] catalogueJson = CatalogueJson.Write(catalogue);
ProgrammeCatalogue catalogueBack = CatalogueJson.Read(catalogueJson);
Check(catalogueJson.AsSpan().SequenceEqual(CatalogueJson.Write(catalogueBack)) && catalogueBack.Lines.Select(l => l.Id).SequenceEqual(catalogue.Lines.Select(l => l.Id)),
    $"catalogue JSON round trip ({catalogueJson.Length:N0} bytes)");

var calculator = new GrantCalculator(SystemClock.Instance, RoundingMode.Commercial);
catalogue.TryFindLine("komm-an-3", out FundingLine? line);
GrantResult result = calculator.Calculate(line!, new GrantRequest(Euro.FromEuros(12_000)) { On = new LocalDate(2016, 6, 1) });
GrantResult resultBack = GrantJson.ReadResult(GrantJson.Write(result));
Check(resultBack.Grant == result.Grant && resultBack.Code == result.Code && resultBack.Steps.Length == result.Steps.Length,
    $"grant result JSON round trip: komm-an-3 on 2016-06-01, costs 12000.00 -> {result.Code} {result.Grant}");

// An allocation over the 54 KI places by population, and its result through the allocation context.
AllocationRequest allocationRequest = AllocationRequest.Of(
    Euro.FromEuros(1_000_000),
    gazetteer.IntegrationCentres.Select(c => new AllocationRecipient(c.Code, c.Population, c.OperatorName)));
AllocationResult allocation = Allocator.Allocate(allocationRequest);
AllocationResult allocationBack = AllocationJson.ReadResult(AllocationJson.Write(allocation));
allocation.TryGetLine("05334002", out AllocationLine? aachen);
Check(allocation.Allocated == allocationRequest.Budget && allocationBack.Lines.Select(l => l.Amount).SequenceEqual(allocation.Lines.Select(l => l.Amount)),
    $"allocation JSON round trip: 1000000.00 over {allocation.Lines.Length} KI places by population, Aachen city {aachen?.Amount}");
ApportionmentResult seats = Apportioner.Apportion(ApportionmentMethod.HareNiemeyer, 100, allocationRequest.Recipients);
Check(AllocationJson.ReadApportionment(AllocationJson.Write(seats)).Lines.Sum(l => l.Seats) == 100, "apportionment JSON round trip: 100 seats by Hare-Niemeyer");

try
{
    CatalogueJson.Read("{\"schemaVersion\":1,\"programmes\":[{\"id\":1}]}"u8);
    Check(false, "a number where an identifier belongs is refused");
}
catch (Ki.Domain.KiDataException e)
{
    Check(e.Location == "$.programmes[0].id", $"a number where an identifier belongs is refused at {e.Location}");
}

// Eligibility and an award round, from the example files shipped next to the app (docs/examples).
string examples = Path.Combine(AppContext.BaseDirectory, "examples");
Application eligible = EligibilityJson.ReadApplication(File.ReadAllBytes(Path.Combine(examples, "application-eligible.json")));
Application notEligible = EligibilityJson.ReadApplication(File.ReadAllBytes(Path.Combine(examples, "application-not-eligible.json")));
var asOf = new LocalDate(2020, 2, 1);
EligibilityDecision yes = EligibilityEvaluator.Default.Evaluate(eligible, asOf);
EligibilityDecision no = EligibilityEvaluator.Default.Evaluate(notEligible, asOf);
Check(yes.IsEligible && yes.RulesHash is not null, $"eligibility check: {yes.ApplicationId} -> {yes.Code} ({yes.Results.Length} criteria, rules {yes.RulesHash?[..12]})");
Check(!no.IsEligible && no.Failures.Any(), $"eligibility check: {no.ApplicationId} -> {no.Code}: {string.Join(", ", no.Failures.Select(f => f.Code))}");
AwardRound round = AwardJson.ReadRound(File.ReadAllBytes(Path.Combine(examples, "round-komm-an-3-2020.json")));
AwardResult awards = AwardAllocator.Default.Allocate(round);
Check(awards.IsReconciled && awards.Awarded + awards.Unallocated == awards.Budget, $"award round {round.Id}: awarded {awards.Awarded} + unallocated {awards.Unallocated} = budget {awards.Budget}");

// A host's own document with Euro and keys, through its own source-generated context and no registered converter:
// the [JsonConverter] attributes on the types write the strings.
string hostJson = System.Text.Json.JsonSerializer.Serialize(new HostPayment(Euro.FromCents(123_456), DistrictKey.Parse("05974")), TrimCheckJsonContext.Default.HostPayment);
Check(hostJson == "{\"Amount\":\"1234.56\",\"District\":\"05974\"}", $"Euro and keys serialise by default: {hostJson}");
Check(System.Text.Json.JsonSerializer.Deserialize(hostJson, TrimCheckJsonContext.Default.HostPayment) == new HostPayment(Euro.FromCents(123_456), DistrictKey.Parse("05974")),
    "Euro and keys deserialise by default");

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
Check(warm.Districts.Length == warmJson.Districts.Length && warmCatalogue.Programmes.Length == catalogue.Programmes.Length, "warm reloads agree");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"timing: embedded gazetteer cold {gazetteerCold.TotalMilliseconds:F1} ms, embedded catalogue cold {catalogueCold.TotalMilliseconds:F1} ms; "
    + $"warm: gazetteer text {gazetteerWarm.TotalMilliseconds:F1} ms, gazetteer JSON {gazetteerJsonWarm.TotalMilliseconds:F1} ms, catalogue JSON {catalogueJsonWarm.TotalMilliseconds:F1} ms"));

Console.WriteLine(failures.Count == 0 ? "trim check passed" : $"trim check FAILED: {string.Join("; ", failures)}");
return failures.Count == 0 ? 0 : 1;

/// <summary>A host application's own document type holding library values.</summary>
internal sealed record HostPayment(Euro Amount, DistrictKey District);
