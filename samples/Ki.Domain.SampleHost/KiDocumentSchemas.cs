using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ki.Domain.SampleHost;

/// <summary>
/// Describes the bodies in the OpenAPI document with the JSON Schemas of Ki.Domain's documents: the library's own
/// schema files (<c>docs/schemas/*.schema.json</c>: application, award round, settlement case, gazetteer, catalogue)
/// and the host's files for the documents that have none there (<c>docs/openapi/schemas/*.schema.json</c>:
/// allocation request and result, grant request and result, decision, award result, settlement result, district,
/// municipality) and the host's problem details (<c>problem.schema.json</c>). The files are embedded in the host; each becomes a component, and so does every definition
/// (<c>$defs</c>) an operation reaches, such as <c>Catalogue.Money</c>.
/// </summary>
/// <remarks>
/// The bodies are still read by the library's readers, not bound by ASP.NET Core: the schema only tells a client
/// what to send. A schema keyword this converter does not know stops the document's generation (and so the build),
/// rather than being left out of the document silently.
/// </remarks>
internal static class KiDocumentSchemas
{
    private const string Json = "application/json";

    private const string Problem = "application/problem+json";

    private const string ProblemFile = "problem.schema.json";

    private static readonly string[] Ignored = ["$schema", "$id", "$defs"];

    /// <summary>Names an operation's request body (if any) and its 200 response by their schema files.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="request">The request body's schema file, such as <c>allocation-request.schema.json</c>; null for none.</param>
    /// <param name="response">The 200 response's schema file, such as <c>allocation-result.schema.json</c>.</param>
    /// <param name="example">An example request document (embedded from <c>docs/examples</c> or <c>docs/openapi/examples</c>) that the host answers with 200; null for none.</param>
    /// <returns>The endpoint, for chaining.</returns>
    public static TBuilder WithKiDocuments<TBuilder>(this TBuilder endpoint, string? request, string response, string? example = null)
        where TBuilder : IEndpointConventionBuilder
    {
        if (request is not null)
        {
            // Routing refuses any other Content-Type with 415 before the endpoint runs.
            endpoint.WithMetadata(new JsonBody());
        }

        return endpoint.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            if (request is not null)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = Title(request),
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [Json] = new() { Schema = Reference(request, null, context.Document), Example = example is null ? null : JsonNode.Parse(EmbeddedExamples.Read(example)) },
                    },
                };
            }

            foreach ((string status, IOpenApiResponse answer) in operation.Responses ?? [])
            {
                if (answer is not OpenApiResponse described)
                {
                    continue;
                }

                // 200 is the document; every other answer is the host's problem details (ProblemAnswers in KiProblems).
                (string media, string schema) = status == "200" ? (Json, response) : (Problem, ProblemFile);
                described.Content = new Dictionary<string, OpenApiMediaType> { [media] = new() { Schema = Reference(schema, null, context.Document) } };
                if (status == "200")
                {
                    described.Description = Title(response);
                }
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Adds every schema the operations refer to, and every definition those reach, to the document's components.</summary>
    /// <param name="document">The OpenAPI document.</param>
    /// <param name="context">The transformer context.</param>
    /// <param name="cancellationToken">Not used: the schemas are embedded.</param>
    /// <returns>A completed task.</returns>
    public static Task AddComponents(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var pending = new Queue<(string File, string? Definition)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string reference in References(document))
        {
            (string file, string? definition) = Split(reference);
            pending.Enqueue((file, definition));
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas.Remove(nameof(JsonElement));

        // The framework's ProblemDetails knows no code, location or reason: every problem answer refers to the host's Problem instead.
        document.Components.Schemas.Remove(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails));
        while (pending.TryDequeue(out (string File, string? Definition) next))
        {
            string name = ComponentName(next.File, next.Definition);
            if (!seen.Add(name))
            {
                continue;
            }

            JsonObject root = Load(next.File);
            JsonObject node = next.Definition is null
                ? root
                : root["$defs"]?[next.Definition] as JsonObject ?? throw new InvalidOperationException($"{next.File} has no definition '{next.Definition}'.");
            document.Components.Schemas[name] = Convert(node, next.File, document, pending);
        }

        return Task.CompletedTask;
    }

    /// <summary>The component name of a schema file or one of its definitions: <c>AllocationRequest</c>, <c>Catalogue.Money</c>.</summary>
    internal static string ComponentName(string file, string? definition)
    {
        string stem = file.EndsWith(".schema.json", StringComparison.Ordinal) ? file[..^".schema.json".Length] : file;
        string name = string.Concat(stem.Split('-').Select(Capitalised));
        return definition is null ? name : $"{name}.{Capitalised(definition)}";
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The schema files the operations name, as <c>file#</c> references.</summary>
    private static IEnumerable<string> References(OpenApiDocument document) =>
        from path in document.Paths.Values
        from operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()
        from schema in Bodies(operation)
        where schema is OpenApiSchemaReference
        select ((OpenApiSchemaReference)schema).Reference.Id!
        into id
        where KnownIds.ContainsKey(id)
        select KnownIds[id];

    private static IEnumerable<IOpenApiSchema> Bodies(OpenApiOperation operation)
    {
        foreach (OpenApiMediaType media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
        {
            if (media.Schema is not null)
            {
                yield return media.Schema;
            }
        }

        foreach (IOpenApiResponse response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            foreach (OpenApiMediaType media in response.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
            {
                if (media.Schema is not null)
                {
                    yield return media.Schema;
                }
            }
        }
    }

    /// <summary>Component names of the embedded schema files' roots, to the files.</summary>
    private static readonly Dictionary<string, string> KnownIds = typeof(KiDocumentSchemas).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("schemas/", StringComparison.Ordinal))
        .Select(n => n["schemas/".Length..])
        .ToDictionary(file => ComponentName(file, null), file => file + "#", StringComparer.Ordinal);

    private static (string File, string? Definition) Split(string reference)
    {
        int hash = reference.IndexOf('#', StringComparison.Ordinal);
        string file = hash < 0 ? reference : reference[..hash];
        string pointer = hash < 0 ? string.Empty : reference[(hash + 1)..];
        const string Defs = "/$defs/";
        if (pointer.Length == 0)
        {
            return (file, null);
        }

        return pointer.StartsWith(Defs, StringComparison.Ordinal) && pointer.IndexOf('/', Defs.Length) < 0
            ? (file, pointer[Defs.Length..])
            : throw new NotSupportedException($"Only references to a schema file or one of its $defs are supported: {reference}");
    }

    private static OpenApiSchemaReference Reference(string file, string? definition, OpenApiDocument? document) =>
        new OpenApiSchemaReference(ComponentName(file, definition), document);

    private static string Title(string file) => Load(file)["title"]?.GetValue<string>() ?? file;

    private static JsonObject Load(string file)
    {
        using Stream stream = typeof(KiDocumentSchemas).Assembly.GetManifestResourceStream("schemas/" + file)
            ?? throw new InvalidOperationException($"The schema {file} is not embedded in the host.");
        return JsonNode.Parse(stream) as JsonObject ?? throw new InvalidOperationException($"The schema {file} is not a JSON object.");
    }

    /// <summary>One JSON Schema object as an OpenAPI 3.1 schema; references are queued for the components.</summary>
    private static IOpenApiSchema Convert(JsonObject node, string file, OpenApiDocument document, Queue<(string File, string? Definition)> pending)
    {
        if (node["$ref"] is JsonValue reference)
        {
            string text = reference.GetValue<string>();
            (string target, string? definition) = Split(text.StartsWith('#') ? file + text : text);
            pending.Enqueue((target, definition));
            var referenced = new OpenApiSchemaReference(ComponentName(target, definition), document);
            if (node["description"] is JsonValue about)
            {
                referenced.Description = about.GetValue<string>();
            }

            string[] others = [.. node.Select(p => p.Key).Where(k => k is not "$ref" and not "description")];
            return others.Length == 0
                ? referenced
                : throw new NotSupportedException($"{file}: a $ref with {string.Join(", ", others)} beside it is not supported.");
        }

        var schema = new OpenApiSchema();
        foreach ((string keyword, JsonNode? value) in node)
        {
            switch (keyword)
            {
                case "title": schema.Title = value!.GetValue<string>(); break;
                case "description": schema.Description = value!.GetValue<string>(); break;
                case "type": schema.Type = Types(value!); break;
                case "const": schema.Enum = [value!.DeepClone()]; break;
                case "enum": schema.Enum = [.. value!.AsArray().Select(v => v!.DeepClone())]; break;
                case "pattern": schema.Pattern = value!.GetValue<string>(); break;
                case "format": schema.Format = value!.GetValue<string>(); break;
                case "minLength": schema.MinLength = value!.GetValue<int>(); break;
                case "maxLength": schema.MaxLength = value!.GetValue<int>(); break;
                case "minItems": schema.MinItems = value!.GetValue<int>(); break;
                case "maxItems": schema.MaxItems = value!.GetValue<int>(); break;
                case "minimum": schema.Minimum = value!.ToJsonString(); break;
                case "maximum": schema.Maximum = value!.ToJsonString(); break;
                case "required": schema.Required = new HashSet<string>(value!.AsArray().Select(v => v!.GetValue<string>()), StringComparer.Ordinal); break;
                case "properties":
                    schema.Properties = value!.AsObject().ToDictionary(p => p.Key, p => Convert(p.Value!.AsObject(), file, document, pending), StringComparer.Ordinal);
                    break;
                case "additionalProperties":
                    if (value is JsonValue allowed && allowed.GetValueKind() is JsonValueKind.False or JsonValueKind.True)
                    {
                        schema.AdditionalPropertiesAllowed = allowed.GetValue<bool>();
                    }
                    else
                    {
                        schema.AdditionalProperties = Convert(value!.AsObject(), file, document, pending);
                    }

                    break;
                case "items": schema.Items = Convert(value!.AsObject(), file, document, pending); break;
                case "propertyNames": schema.PropertyNames = Convert(value!.AsObject(), file, document, pending); break;
                case "anyOf": schema.AnyOf = [.. value!.AsArray().Select(v => Convert(v!.AsObject(), file, document, pending))]; break;
                case "oneOf": schema.OneOf = [.. value!.AsArray().Select(v => Convert(v!.AsObject(), file, document, pending))]; break;
                case "allOf": schema.AllOf = [.. value!.AsArray().Select(v => Convert(v!.AsObject(), file, document, pending))]; break;
                case var ignored when Ignored.Contains(ignored): break;
                default: throw new NotSupportedException($"{file}: the schema keyword '{keyword}' is not carried into the OpenAPI document.");
            }
        }

        return schema;
    }

    private static JsonSchemaType Types(JsonNode type)
    {
        IEnumerable<string> names = type is JsonArray several ? several.Select(t => t!.GetValue<string>()) : [type.GetValue<string>()];
        JsonSchemaType all = 0;
        foreach (string name in names)
        {
            all |= name switch
            {
                "null" => JsonSchemaType.Null,
                "boolean" => JsonSchemaType.Boolean,
                "integer" => JsonSchemaType.Integer,
                "number" => JsonSchemaType.Number,
                "string" => JsonSchemaType.String,
                "object" => JsonSchemaType.Object,
                "array" => JsonSchemaType.Array,
                _ => throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture, $"Unknown JSON Schema type '{name}'.")),
            };
        }

        return all;
    }

    /// <summary>The endpoint takes a JSON body: routing answers 415 to any other Content-Type.</summary>
    /// <remarks>
    /// The API explorer needs a body type; <see cref="JsonElement"/> is the placeholder it can describe. The operation
    /// transformer replaces it by the document's schema, and <see cref="AddComponents"/> removes its component.
    /// </remarks>
    private sealed class JsonBody : Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata
    {
        public IReadOnlyList<string> ContentTypes { get; } = [Json];

        public Type? RequestType => typeof(JsonElement);

        public bool IsOptional => false;
    }
}
