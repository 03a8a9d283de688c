using System.Diagnostics.CodeAnalysis;
using Ki.Domain.Settlement;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.SampleHost;

/// <summary>
/// The sample's endpoints. Every body, in and out, is one of Ki.Domain's own JSON documents, read and written by the
/// library's <c>*Json</c> classes; the host adds no document types of its own.
/// </summary>
internal static class KiEndpoints
{
    private const string Json = "application/json";

    /// <summary>Maps the endpoints; problems with the input become problem details (<see cref="KiProblemFilter"/>).</summary>
    /// <param name="app">The application's routes.</param>
    /// <returns>The group of endpoints.</returns>
    public static RouteGroupBuilder MapKiEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder ki = app.MapGroup(string.Empty).AddEndpointFilter<KiProblemFilter>();

        // Any endpoint may meet a programmer error: a 500 problem without internals (KiExceptionHandler).
        ki.ProducesProblem(StatusCodes.Status500InternalServerError);

        ki.MapGet("/districts", Gazetteer)
            .WithSummary("The gazetteer: every district and municipality of NRW with population and area.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .WithKiDocuments(request: null, response: "gazetteer.schema.json");
        ByKey(ki.MapGet("/districts/{key}", District), "district.schema.json", "One district (Kreis or kreisfreie Stadt) by its five-digit key, such as 05974.");
        ByKey(ki.MapGet("/municipalities/{key}", Municipality), "municipality.schema.json", "One municipality (Gemeinde) by its eight-digit key, such as 05974040.");
        Post(ki.MapPost("/allocations", Allocate), "allocation-request.schema.json", "allocation-result.schema.json", "allocation-request.json", "Allocates a budget over recipients; the body is an allocation request document (docs/json-formats.md).");
        Post(ki.MapPost("/grants/{line}", CalculateGrant), "grant-request.schema.json", "grant-result.schema.json", "grant-request.json", "Calculates the grant of a funding line; the body is a grant request document.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Post(ki.MapPost("/checks", Check), "application.schema.json", "eligibility-decision.schema.json", "application-eligible.json", "Checks an application's eligibility on a date (query 'on', default today in Germany); the body is an application document (docs/schemas/application.schema.json).");
        Post(ki.MapPost("/award-rounds", Award), "award-round.schema.json", "award-result.schema.json", "round-komm-an-3-2020.json", "Runs an award round; the body is an award round document (docs/schemas/award-round.schema.json).");
        Post(ki.MapPost("/settlements", Settle), "settlement-case.schema.json", "settlement-result.schema.json", "settlement-share-lower-costs.json", "Settles a grant after the proof of use, as ki settle does: the final grant, the repayment and its interest; the body is a settlement case document (docs/schemas/settlement-case.schema.json). Query: asOf and ineffectiveFrom (ISO dates, instead of the document's repayment dates), dayCount (act/365, the default, or act/act), rounding (commercial, the default, half-to-even, toward-zero, floor, ceiling).");
        return ki;
    }

    #region Allocate
    /// <summary>POST /allocations: an allocation request document in, the allocation result document out.</summary>
    private static async Task<IResult> Allocate(HttpRequest request, [FromServices] KiJsonLimits limits)
    {
        ReadOnlyMemory<byte> body = await RequestBody.ReadAsync(request, limits).ConfigureAwait(false);
        AllocationRequest allocation = AllocationJson.ReadRequest(body.Span, limits);
        return Results.Bytes(AllocationJson.Write(Allocator.Allocate(allocation)), Json);
    }
    #endregion

    #region Check
    /// <summary>POST /checks?on=2020-02-01: an application document in, the eligibility decision document out.</summary>
    private static async Task<IResult> Check(
        HttpRequest request, string? on, [FromServices] EligibilityEvaluator evaluator, [FromServices] IClock clock, [FromServices] KiJsonLimits limits)
    {
        if (!TryDate(on, clock, out LocalDate asOf))
        {
            return KiProblems.BadRequest(request.HttpContext, KiProblems.InvalidParameter, "on",
                $"'{on}' is not a date such as 2020-02-01.",
                $"'{on}' ist kein Datum wie 2020-02-01.");
        }

        ReadOnlyMemory<byte> body = await RequestBody.ReadAsync(request, limits).ConfigureAwait(false);
        Application application = EligibilityJson.ReadApplication(body.Span, limits);
        return Results.Bytes(EligibilityJson.WriteDecision(evaluator.Evaluate(application, asOf)), Json);
    }
    #endregion

    /// <summary>POST /award-rounds: an award round document in, the award result document out.</summary>
    private static async Task<IResult> Award(HttpRequest request, [FromServices] AwardAllocator allocator, [FromServices] KiJsonLimits limits)
    {
        ReadOnlyMemory<byte> body = await RequestBody.ReadAsync(request, limits).ConfigureAwait(false);
        AwardRound round = AwardJson.ReadRound(body.Span, limits);
        return Results.Bytes(AwardJson.WriteResult(allocator.Allocate(round)), Json);
    }

    #region Settle
    /// <summary>
    /// POST /settlements?asOf=2024-03-31&amp;ineffectiveFrom=2023-06-30&amp;dayCount=act/365&amp;rounding=commercial: a settlement
    /// case document in, the settlement result document out. The query values replace the document's repayment dates
    /// and the defaults, as <c>ki settle</c>'s options do; the base rates are the library's embedded table.
    /// </summary>
    private static async Task<IResult> Settle(
        HttpRequest request, string? asOf, string? ineffectiveFrom, string? dayCount, string? rounding, [FromServices] KiJsonLimits limits)
    {
        HttpContext context = request.HttpContext;
        if (!TryIsoDate(asOf, out LocalDate? asOfDate))
        {
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "asOf",
                $"'{asOf}' is not a date such as 2024-03-31.", $"'{asOf}' ist kein Datum wie 2024-03-31.");
        }

        if (!TryIsoDate(ineffectiveFrom, out LocalDate? ineffectiveDate))
        {
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "ineffectiveFrom",
                $"'{ineffectiveFrom}' is not a date such as 2023-06-30.", $"'{ineffectiveFrom}' ist kein Datum wie 2023-06-30.");
        }

        DayCount? days = dayCount switch
        {
            null or "act/365" => DayCount.Actual365,
            "act/act" => DayCount.ActualActual,
            _ => null,
        };
        if (days is null)
        {
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "dayCount",
                $"'{dayCount}' is not a day count: act/365 or act/act.", $"'{dayCount}' ist keine Tageszählung: act/365 oder act/act.");
        }

        RoundingMode mode = RoundingMode.Commercial;
        if (rounding is not null && !EnumCodes.TryFromCode(rounding, out mode))
        {
            string codes = string.Join(", ", EnumCodes.All<RoundingMode>());
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "rounding",
                $"'{rounding}' is not a rounding: {codes}.", $"'{rounding}' ist keine Rundung: {codes}.");
        }

        ReadOnlyMemory<byte> body = await RequestBody.ReadAsync(request, limits).ConfigureAwait(false);
        SettlementCase settlement = SettlementJson.ReadCase(body.Span, limits);
        if (asOfDate is not null || ineffectiveDate is not null)
        {
            RepaymentClaim? claim = settlement.Repayment;
            LocalDate? from = ineffectiveDate ?? claim?.IneffectiveFrom;
            LocalDate? to = asOfDate ?? claim?.AsOf;
            if (from is null)
            {
                return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "ineffectiveFrom",
                    "asOf needs the day the grant became ineffective: give ineffectiveFrom or repayment.ineffectiveFrom in the document.",
                    "asOf braucht den Tag, an dem die Zuwendung unwirksam wurde: ineffectiveFrom angeben oder repayment.ineffectiveFrom im Dokument.");
            }

            if (to is null)
            {
                return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "asOf",
                    "ineffectiveFrom needs the last interest day: give asOf or repayment.asOf in the document.",
                    "ineffectiveFrom braucht den letzten Zinstag: asOf angeben oder repayment.asOf im Dokument.");
            }

            if (to < from)
            {
                return KiProblems.BadRequest(context, KiProblems.InvalidParameter, asOfDate is null ? "ineffectiveFrom" : "asOf",
                    $"The last interest day {Iso(to.Value)} lies before the day the grant became ineffective ({Iso(from.Value)}).",
                    $"Der letzte Zinstag {Iso(to.Value)} liegt vor dem Tag, an dem die Zuwendung unwirksam wurde ({Iso(from.Value)}).");
            }

            Payment[] payments = claim is null ? [] : [.. claim.Payments];
            if (payments.FirstOrDefault(p => p.On > to) is { } late)
            {
                return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "asOf",
                    $"The last interest day {Iso(to.Value)} lies before the repayment on {Iso(late.On)} in the document.",
                    $"Der letzte Zinstag {Iso(to.Value)} liegt vor der Rückzahlung vom {Iso(late.On)} im Dokument.");
            }

            settlement = new SettlementCase(settlement.Proof) { Repayment = new RepaymentClaim(from.Value, to.Value, payments), Payouts = settlement.Payouts };
        }

        var calculator = new SettlementCalculator(new FinalGrantCalculator(mode), new InterestCalculator(BaseRateTable.Default, days.Value, mode));
        return Results.Bytes(SettlementJson.Write(calculator.Settle(settlement)), Json);
    }
    #endregion

    /// <summary>POST /grants/{line}: a grant request document in, the grant result document out.</summary>
    private static async Task<IResult> CalculateGrant(
        HttpRequest request, string line, [FromServices] ProgrammeCatalogue catalogue, [FromServices] GrantCalculator calculator, [FromServices] KiJsonLimits limits)
    {
        if (!catalogue.TryFindLine(line, out FundingLine? fundingLine))
        {
            return KiProblems.NotFound(
                request.HttpContext,
                EligibilityCodes.LineUnknown,
                "line",
                $"'{line}' is not a funding line of the catalogue; known lines: {string.Join(", ", catalogue.Lines.Select(l => l.Id))}.",
                $"'{line}' ist keine Förderlinie des Katalogs; bekannte Förderlinien: {string.Join(", ", catalogue.Lines.Select(l => l.Id))}.");
        }

        ReadOnlyMemory<byte> body = await RequestBody.ReadAsync(request, limits).ConfigureAwait(false);
        GrantRequest grant = GrantJson.ReadRequest(body.Span, limits);
        if (grant.FundsExceedCosts)
        {
            return KiProblems.BadRequest(
                request.HttpContext,
                ApplicationCodes.FundsExceedCosts,
                "$.ownContribution",
                $"The own contribution ({grant.OwnContribution}) and third-party funds ({grant.ThirdPartyFunds}) together exceed the eligible costs ({grant.EligibleCosts}).",
                $"Eigenanteil ({grant.OwnContribution}) und Drittmittel ({grant.ThirdPartyFunds}) übersteigen zusammen die zuwendungsfähigen Ausgaben ({grant.EligibleCosts}).");
        }

        return Results.Bytes(GrantJson.Write(calculator.Calculate(fundingLine, grant)), Json);
    }

    /// <summary>GET /districts: the whole gazetteer document.</summary>
    private static IResult Gazetteer([FromServices] Gazetteer gazetteer) => Results.Bytes(GazetteerJson.Write(gazetteer), Json);

    /// <summary>GET /districts/{key}: one district document.</summary>
    private static IResult District(HttpContext context, string key, [FromServices] Gazetteer gazetteer) =>
        OnePlace<DistrictKey, District>(context, key, DistrictKey.TryParse, gazetteer.TryGetDistrict, GazetteerJson.Write, DistrictWords);

    /// <summary>GET /municipalities/{key}: one municipality document.</summary>
    private static IResult Municipality(HttpContext context, string key, [FromServices] Gazetteer gazetteer) =>
        OnePlace<MunicipalityKey, Municipality>(context, key, MunicipalityKey.TryParse, gazetteer.TryGetMunicipality, GazetteerJson.Write, MunicipalityWords);

    private static readonly PlaceWords DistrictWords = new("district", "Kreisschlüssel", "five digits such as 05974", "fünf Ziffern wie 05974", "Kein Kreis");

    private static readonly PlaceWords MunicipalityWords = new("municipality", "Gemeindeschlüssel", "eight digits such as 05974040", "acht Ziffern wie 05974040", "Keine Gemeinde");

    /// <summary>One place document by its key: 400 for a text that is no key of that kind, 404 for a key of no place of NRW.</summary>
    private static IResult OnePlace<TKey, TPlace>(HttpContext context, string key, TryParseKey<TKey> parse, TryFindPlace<TKey, TPlace> find, Func<TPlace, byte[]> write, PlaceWords words)
        where TKey : struct
        where TPlace : class
    {
        if (!parse(key, out TKey parsed))
        {
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "key",
                $"'{key}' is not a {words.English} key ({words.KeyGerman}): {words.DigitsEnglish}.",
                $"'{key}' ist kein {words.KeyGerman}: {words.DigitsGerman}.");
        }

        return find(parsed, out TPlace? place)
            ? Results.Bytes(write(place), Json)
            : KiProblems.NotFound(context, KiProblems.PlaceNotFound, "key",
                $"No {words.English} of NRW has the key {parsed}.",
                $"{words.NoneGerman} in NRW hat den Schlüssel {parsed}.");
    }

    private delegate bool TryParseKey<TKey>(string? text, out TKey key);

    private delegate bool TryFindPlace<TKey, TPlace>(TKey key, [NotNullWhen(true)] out TPlace? place);

    /// <summary>How the messages name one kind of place and its key, in English and German.</summary>
    private sealed record PlaceWords(string English, string KeyGerman, string DigitsEnglish, string DigitsGerman, string NoneGerman);

    /// <summary>The date of a check: the query value, or today in Germany without one.</summary>
    private static bool TryDate(string? on, IClock clock, out LocalDate date)
    {
        if (on is null)
        {
            date = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Date;
            return true;
        }

        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(on);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>An optional ISO date from the query: absent is null, anything but a date is refused.</summary>
    private static bool TryIsoDate(string? text, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    #region Documents
    /// <summary>A GET endpoint of one place by its key: the response document named by its schema file; a malformed key is 400, an unknown one 404.</summary>
    private static RouteHandlerBuilder ByKey(RouteHandlerBuilder endpoint, string response, string summary) => endpoint
        .WithSummary(summary)
        .Produces(StatusCodes.Status200OK, contentType: Json)
        .WithKiDocuments(request: null, response)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A POST endpoint: the request and response documents named by their schema files (<see cref="KiDocumentSchemas"/>).</summary>
    private static RouteHandlerBuilder Post(RouteHandlerBuilder endpoint, string request, string response, string example, string summary) => endpoint
        .WithSummary(summary)
        .Produces(StatusCodes.Status200OK, contentType: Json)
        .WithKiDocuments(request, response, example)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    #endregion
}
