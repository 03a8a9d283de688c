using System.Text.Json;
using Ki.Domain.Allocation;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;
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

        ki.MapGet("/districts", Gazetteer)
            .WithSummary("The gazetteer: every district and municipality of NRW with population and area.")
            .Produces(StatusCodes.Status200OK, contentType: Json);
        ki.MapGet("/districts/{key}", District)
            .WithSummary("One district (Kreis or kreisfreie Stadt) by its five-digit key, such as 05974.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        ki.MapGet("/municipalities/{key}", Municipality)
            .WithSummary("One municipality (Gemeinde) by its eight-digit key, such as 05974040.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        Post(ki.MapPost("/allocations", Allocate), "Allocates a budget over recipients; the body is an allocation request document (docs/json-formats.md).");
        Post(ki.MapPost("/grants/{line}", CalculateGrant), "Calculates the grant of a funding line; the body is a grant request document.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        Post(ki.MapPost("/checks", Check), "Checks an application's eligibility on a date (query 'on', default today in Germany); the body is an application document (docs/schemas/application.schema.json).");
        Post(ki.MapPost("/award-rounds", Award), "Runs an award round; the body is an award round document (docs/schemas/award-round.schema.json).");
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
    private static IResult District(HttpContext context, string key, [FromServices] Gazetteer gazetteer)
    {
        if (!DistrictKey.TryParse(key, out DistrictKey districtKey))
        {
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "key",
                $"'{key}' is not a district key (Kreisschlüssel): five digits such as 05974.",
                $"'{key}' ist kein Kreisschlüssel: fünf Ziffern wie 05974.");
        }

        return gazetteer.TryGetDistrict(districtKey, out District? district)
            ? Results.Bytes(GazetteerJson.Write(district), Json)
            : KiProblems.NotFound(context, KiProblems.PlaceNotFound, "key",
                $"No district of NRW has the key {districtKey.Code}.",
                $"Kein Kreis in NRW hat den Schlüssel {districtKey.Code}.");
    }

    /// <summary>GET /municipalities/{key}: one municipality document.</summary>
    private static IResult Municipality(HttpContext context, string key, [FromServices] Gazetteer gazetteer)
    {
        if (!MunicipalityKey.TryParse(key, out MunicipalityKey municipalityKey))
        {
            return KiProblems.BadRequest(context, KiProblems.InvalidParameter, "key",
                $"'{key}' is not a municipality key (Gemeindeschlüssel): eight digits such as 05974040.",
                $"'{key}' ist kein Gemeindeschlüssel: acht Ziffern wie 05974040.");
        }

        return gazetteer.TryGetMunicipality(municipalityKey, out Municipality? municipality)
            ? Results.Bytes(GazetteerJson.Write(municipality), Json)
            : KiProblems.NotFound(context, KiProblems.PlaceNotFound, "key",
                $"No municipality of NRW has the key {municipalityKey.Code}.",
                $"Keine Gemeinde in NRW hat den Schlüssel {municipalityKey.Code}.");
    }

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

    private static RouteHandlerBuilder Post(RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary)
        .Accepts<JsonElement>(Json)
        .Produces(StatusCodes.Status200OK, contentType: Json)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
