using System.Text;
using System.Text.Json.Nodes;

namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// The OpenAPI document, read as a host developer reads it to write a client: the checked-in copy is the one the host
/// serves, every body in and out is a typed document (never a bare <c>JsonElement</c> or an empty schema), and what
/// the host really accepts and answers conforms to the schemas the document gives.
/// </summary>
public sealed class OpenApiDocumentTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task CheckedInDocument_HasEveryPathAndOperationTheHostServes()
    {
        JsonElement served = await Served();

        string[] servedOperations = [.. Operations(served).Select(o => o.Name)];

        Assert.Equal(servedOperations, Operations(CheckedIn()).Select(o => o.Name));
        Assert.Contains("POST /allocations", servedOperations);
        Assert.Contains("POST /checks", servedOperations);
        Assert.Contains("POST /settlements", servedOperations);
        Assert.Equal(8, servedOperations.Length);
    }

    [Fact]
    public async Task CheckedInDocument_IsTheServedDocumentWord_ForWord()
    {
        // The build regenerates docs/openapi/ki-sample-host.json; a change to the endpoints or schemas that was not
        // built and checked in shows here. The served copy adds only the server it was reached at.
        JsonNode served = JsonNode.Parse((await Served()).GetRawText())!;
        served.AsObject().Remove("servers");

        Assert.True(JsonNode.DeepEquals(served, JsonNode.Parse(CheckedIn().GetRawText())), "docs/openapi/ki-sample-host.json is not the document the host serves: build the sample and check the file in.");
    }

    [Fact]
    public async Task EveryRequestBodyAnd200Response_IsATypedDocumentWithPropertiesAndRequiredFields()
    {
        JsonElement document = await Served();
        var check = JsonSchemaCheck.OfOpenApi(document);
        string[] bodies = [.. Operations(document).SelectMany(o => Bodies(o.Operation).Select(b => $"{o.Name} {b.Where}"))];
        Assert.Equal(13, bodies.Length); // 8 responses, 5 request bodies

        foreach ((string name, JsonElement operation) in Operations(document))
        {
            foreach ((string where, JsonElement schema) in Bodies(operation))
            {
                Assert.True(schema.TryGetProperty("$ref", out JsonElement reference), $"{name} {where}: the schema is not a named document: {schema}");
                JsonElement target = check.Resolve(reference.GetString()!);
                Assert.Equal("object", target.GetProperty("type").GetString());
                Assert.True(target.GetProperty("properties").EnumerateObject().Count() >= 2, $"{name} {where}: {reference} has no properties.");
                Assert.Contains("schemaVersion", target.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
                Assert.False(target.GetProperty("additionalProperties").GetBoolean(), $"{name} {where}: {reference} allows any property.");
            }
        }

        Assert.DoesNotContain("JsonElement", document.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryRequestBodyExample_ConformsToItsSchema_AndTheHostAnswersIt200()
    {
        // A developer who pastes the document's example into a client gets an answer, not a problem.
        JsonElement document = await Served();
        var check = JsonSchemaCheck.OfOpenApi(document);
        int examples = 0;
        foreach ((string name, JsonElement operation) in Operations(document).Where(o => o.Operation.TryGetProperty("requestBody", out _)))
        {
            JsonElement media = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            Assert.True(media.TryGetProperty("example", out JsonElement example), $"{name} has no request example.");
            string component = media.GetProperty("schema").GetProperty("$ref").GetString()!["#/components/schemas/".Length..];
            IReadOnlyList<string> problems = check.Problems(component, example);
            Assert.True(problems.Count == 0, $"{name}'s example is not a {component}:\n{string.Join("\n", problems)}");

            string path = name.Split(' ')[1].Replace("{line}", "komm-an-3", StringComparison.Ordinal);
            await AssertAnswerConforms(check, HttpMethod.Post, path, Encoding.UTF8.GetBytes(example.GetRawText()));
            examples++;
        }

        Assert.Equal(5, examples);
    }

    [Fact]
    public async Task EveryOtherResponse_IsTheHostsProblemWithCodeLocationAndReason()
    {
        JsonElement document = await Served();
        var check = JsonSchemaCheck.OfOpenApi(document);
        var statuses = new List<string>();

        foreach ((string name, JsonElement operation) in Operations(document))
        {
            foreach (JsonProperty response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name != "200"))
            {
                statuses.Add($"{name} {response.Name}");
                JsonElement schema = response.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
                Assert.Equal("#/components/schemas/Problem", schema.GetProperty("$ref").GetString());
            }
        }

        JsonElement problem = check.Resolve("#/components/schemas/Problem");
        Assert.Equal(["type", "title", "status", "detail", "code", "reason"], problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.True(problem.GetProperty("properties").TryGetProperty("location", out _));
        Assert.Contains("POST /allocations 415", statuses);
        Assert.Contains("POST /checks 413", statuses);
        Assert.Contains("GET /districts 500", statuses);
        Assert.Contains("GET /municipalities/{key} 404", statuses);
    }

    [Fact]
    public async Task EveryReferenceInTheDocument_NamesAComponent()
    {
        JsonElement document = await Served();
        var check = JsonSchemaCheck.OfOpenApi(document);
        string[] references = [.. References(document)];

        Assert.True(references.Length > 50, $"Only {references.Length} references.");
        foreach (string reference in references)
        {
            check.Resolve(reference);
        }
    }

    [Fact]
    public async Task AllocationRequestSchema_SaysWhatToSend_BudgetUnitRecipientsAndTheAmountFormat()
    {
        // What a developer needs to write POST /allocations (the request inside 'ki allocate --format json'):
        // {"schemaVersion":1,"request":{"budget":"131000.00","unit":"0.01","recipients":[{"id":..,"name":..,"weight":..}]}}.
        JsonElement document = await Served();
        var check = JsonSchemaCheck.OfOpenApi(document);
        JsonElement schemas = document.GetProperty("components").GetProperty("schemas");
        JsonElement request = schemas.GetProperty("AllocationRequest.Request");
        JsonElement recipient = schemas.GetProperty("AllocationRequest.Recipient");

        Assert.Equal(["budget", "unit", "recipients"], request.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["budget", "unit", "recipients", "base", "floor", "cap"], request.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "name", "weight"], recipient.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["id", "name", "weight", "base", "floor", "cap", "demand"], recipient.GetProperty("properties").EnumerateObject().Select(p => p.Name));

        // The result (what 'ki allocate --format json' prints under "result") carries its request in the same shape.
        Assert.Equal(
            schemas.GetProperty("AllocationRequest").GetProperty("properties").GetProperty("request").GetProperty("$ref").GetString(),
            schemas.GetProperty("AllocationResult").GetProperty("properties").GetProperty("request").GetProperty("$ref").GetString());

        Assert.Empty(check.Problems("AllocationRequest", Parse("""{"schemaVersion":1,"request":{"budget":"131000.00","unit":"0.01","recipients":[{"id":"05974","name":"Soest","weight":"301785","cap":"50000"}]}}""")));
        Assert.Contains(check.Problems("AllocationRequest", Parse("""{"schemaVersion":1,"request":{"budget":"1.234,50","unit":"0.01","recipients":[{"id":"a","name":"A","weight":"1"}]}}""")),
            p => p.StartsWith("$.request.budget: '1.234,50' does not match", StringComparison.Ordinal));
        Assert.Contains(check.Problems("AllocationRequest", Parse("""{"schemaVersion":1,"request":{"budget":131000,"unit":"0.01","recipients":[{"id":"a","name":"A","weight":1}]}}""")),
            p => p.StartsWith("$.request.recipients[0].weight: expected string", StringComparison.Ordinal));
        Assert.Contains(check.Problems("AllocationRequest", Parse("""{"schemaVersion":1,"request":{"budget":"1.00","recipients":[{"id":"a","weight":"1","share":"1"}]}}""")),
            p => p == "$.request: the required property 'unit' is missing");
    }

    public static TheoryData<string, string, string> ExampleRequests => new()
    {
        { "/checks?on=2020-02-01", "application-eligible.json", "Application" },
        { "/checks?on=2020-02-01", "application-not-eligible.json", "Application" },
        { "/award-rounds", "round-komm-an-3-2020.json", "AwardRound" },
        { "/award-rounds", "round-komm-an-2b-2019.json", "AwardRound" },
        { "/award-rounds", "round-soest-2016.json", "AwardRound" },
        { "/settlements", "settlement-share-lower-costs.json", "SettlementCase" },
        { "/settlements", "settlement-fixed-posts.json", "SettlementCase" },
        { "/settlements", "settlement-deficit-new-funder.json", "SettlementCase" },
    };

    [Theory]
    [MemberData(nameof(ExampleRequests))]
    public async Task ExampleDocument_ConformsToTheRequestSchema_AndItsAnswerToTheResponseSchema(string path, string example, string requestComponent)
    {
        var check = JsonSchemaCheck.OfOpenApi(await Served());
        byte[] body = SampleHostFactory.Example(example);

        Assert.Empty(check.Problems(requestComponent, Parse(body)));
        await AssertAnswerConforms(check, HttpMethod.Post, path, body);
    }

    [Theory]
    [InlineData("/districts")]
    [InlineData("/districts/05974")]
    [InlineData("/districts/05111")]
    [InlineData("/municipalities/05974040")]
    public async Task PlaceAnswers_ConformToTheResponseSchema(string path) =>
        await AssertAnswerConforms(JsonSchemaCheck.OfOpenApi(await Served()), HttpMethod.Get, path, null);

    [Theory]
    [InlineData("""{"schemaVersion":1,"request":{"budget":"1.00","unit":"0.01","cap":"0.50","recipients":[{"id":"a","name":"A","weight":"1","floor":"0.10"},{"id":"b","name":"B","weight":"2"},{"id":"c","name":"C","weight":"0","demand":"0.05"}]}}""")]
    [InlineData("""{"schemaVersion":1,"request":{"budget":"131000.00","unit":"100.00","base":"5000.00","recipients":[{"id":"05974","name":"Soest","weight":"301785"},{"id":"05958","name":"Hochsauerlandkreis","weight":"260475"}]}}""")]
    public async Task AllocationRequestAndAnswer_ConformToTheirSchemas(string request)
    {
        var check = JsonSchemaCheck.OfOpenApi(await Served());

        Assert.Empty(check.Problems("AllocationRequest", Parse(request)));
        await AssertAnswerConforms(check, HttpMethod.Post, "/allocations", Encoding.UTF8.GetBytes(request));
    }

    [Theory]
    [InlineData("komm-an-3", """{"schemaVersion":1,"eligibleCosts":"40000.00","ownContribution":"4000.00","on":"2020-03-01"}""")]
    [InlineData("komm-an-3", """{"schemaVersion":1,"eligibleCosts":"4000.00","on":"2020-03-01"}""")]
    [InlineData("komm-an-3", """{"schemaVersion":1,"on":"2020-03-01"}""")]
    [InlineData("komm-an-3", """{"schemaVersion":1,"eligibleCosts":"40000.00","units":{"post-material-flat":"2.5"},"applicantKind":"welfare-association","on":"2020-03-01"}""")]
    public async Task GrantRequestAndAnswer_ConformToTheirSchemas(string line, string request)
    {
        var check = JsonSchemaCheck.OfOpenApi(await Served());

        Assert.Empty(check.Problems("GrantRequest", Parse(request)));
        await AssertAnswerConforms(check, HttpMethod.Post, $"/grants/{line}", Encoding.UTF8.GetBytes(request));
    }

    [Fact]
    public async Task UndeterminedDecision_WithMissingFacts_ConformsToTheResponseSchema()
    {
        // An application that leaves out what the rules need (not stated is not 0.00): the decision names the facts.
        JsonNode application = JsonNode.Parse(SampleHostFactory.Example("application-eligible.json"))!;
        foreach (string left in new[] { "eligibleCosts", "ownContribution", "thirdPartyFunds", "plannedStart", "deliveryPeriod", "submitted" })
        {
            application["application"]!.AsObject().Remove(left);
        }

        byte[] body = Encoding.UTF8.GetBytes(application.ToJsonString());
        var check = JsonSchemaCheck.OfOpenApi(await Served());
        Assert.Empty(check.Problems("Application", Parse(body)));
        await AssertAnswerConforms(check, HttpMethod.Post, "/checks?on=2020-02-01", body);

        JsonElement decision = await SampleHostFactory.ReadJson(await _client.PostAsync(new Uri("/checks?on=2020-02-01", UriKind.Relative), SampleHostFactory.Json(body)));
        Assert.Equal("undetermined", decision.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Contains(decision.GetProperty("decision").GetProperty("criteria").EnumerateArray(), c => c.GetProperty("outcome").GetString() == "unknown");
    }

    [Fact]
    public async Task SettlementWithRepaymentInterest_ConformsToTheResponseSchema() =>
        await AssertAnswerConforms(JsonSchemaCheck.OfOpenApi(await Served()), HttpMethod.Post,
            "/settlements?asOf=2025-03-31&ineffectiveFrom=2024-06-30&dayCount=act/act&rounding=half-to-even", SampleHostFactory.Example("settlement-share-lower-costs.json"));

    [Fact]
    public async Task Check_FindsWhatTheSchemaDoesNotAllow_SoAConformingAnswerMeansSomething()
    {
        var check = JsonSchemaCheck.OfOpenApi(await Served());
        JsonNode answer = JsonNode.Parse(await _client.GetByteArrayAsync(new Uri("/districts/05974", UriKind.Relative)))!;
        answer["district"]!["surprise"] = 1;
        answer["district"]!.AsObject().Remove("name");
        answer["district"]!["kind"] = "county";
        answer["district"]!["areaKm2"] = 1328.63;

        IReadOnlyList<string> problems = check.Problems("District", Parse(answer.ToJsonString()));

        Assert.Contains("$.district: the property 'surprise' is not in the schema", problems);
        Assert.Contains("$.district: the required property 'name' is missing", problems);
        Assert.Contains(problems, p => p.StartsWith("$.district.kind: \"county\" is not one of", StringComparison.Ordinal));
        Assert.Contains("$.district.areaKm2: expected string, found Number", problems);
    }

    private async Task AssertAnswerConforms(JsonSchemaCheck check, HttpMethod method, string path, byte[]? body)
    {
        JsonElement document = await Served();
        string route = path.Split('?')[0];
        string template = Operations(document).Select(o => o.Name).Single(o => Matches(o, method, route)).Split(' ')[1];
        string component = document.GetProperty("paths").GetProperty(template).GetProperty(method.Method.ToLowerInvariant())
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString()!["#/components/schemas/".Length..];

        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = SampleHostFactory.Json(body);
        }

        HttpResponseMessage response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<string> problems = check.Problems(component, await SampleHostFactory.ReadJson(response));
        Assert.True(problems.Count == 0, $"{method} {path} answers outside {component}:\n{string.Join("\n", problems)}");
    }

    private static bool Matches(string operation, HttpMethod method, string path)
    {
        string[] parts = operation.Split(' ');
        string[] template = parts[1].Split('/');
        string[] actual = path.Split('/');
        return parts[0] == method.Method && template.Length == actual.Length
            && template.Zip(actual).All(p => p.First.StartsWith('{') || p.First == p.Second);
    }

    private async Task<JsonElement> Served() =>
        Parse(await _client.GetByteArrayAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

    private static JsonElement CheckedIn() =>
        Parse(File.ReadAllBytes(Path.Combine(SampleHostFactory.Root, "docs", "openapi", "ki-sample-host.json")));

    private static JsonElement Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    private static JsonElement Parse(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)))
            .OrderBy(o => o.Item1, StringComparer.Ordinal);

    /// <summary>The schemas of an operation's request body and its 200 response; a missing one is an empty schema.</summary>
    private static IEnumerable<(string Where, JsonElement Schema)> Bodies(JsonElement operation)
    {
        if (operation.TryGetProperty("requestBody", out JsonElement requestBody))
        {
            yield return ("request body", Schema(requestBody));
        }

        yield return ("200 response", operation.GetProperty("responses").TryGetProperty("200", out JsonElement ok) ? Schema(ok) : Parse("{}"));
    }

    private static JsonElement Schema(JsonElement body) =>
        body.TryGetProperty("content", out JsonElement content) && content.TryGetProperty("application/json", out JsonElement json) && json.TryGetProperty("schema", out JsonElement schema)
            ? schema
            : Parse("{}");

    private static IEnumerable<string> References(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Name == "$ref")
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (string inner in References(property.Value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (string inner in element.EnumerateArray().SelectMany(References))
                {
                    yield return inner;
                }

                break;
        }
    }
}
