using System.Text.RegularExpressions;

namespace Ki.Domain.Tests.Support;

/// <summary>
/// Holds a JSON value against a JSON Schema 2020-12, as a client generated from it would: <c>$ref</c> to a local
/// definition, <c>type</c> (one or several), <c>const</c>, <c>enum</c>, <c>pattern</c>, <c>minLength</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>minItems</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>
/// (false or a schema), <c>items</c>, <c>anyOf</c>, <c>allOf</c> and <c>propertyNames</c>. A keyword it does not know
/// fails the check, so nothing in a schema goes unchecked. One checker for the schema files of <c>docs/schemas</c>
/// (definitions under <c>#/$defs/</c>, also those of a sibling file) and the sample host's OpenAPI 3.1 document (<c>#/components/schemas/</c>);
/// linked into both test projects.
/// </summary>
/// <param name="root">The document the references point into (a schema file, or an OpenAPI document).</param>
/// <param name="definitions">The JSON pointer, with a trailing slash, below which the references name definitions.</param>
/// <param name="folder">For a schema file, its folder: a reference into a sibling file (<c>application.schema.json#/$defs/application</c>) is followed there.</param>
internal sealed class JsonSchemaCheck(JsonElement root, string definitions, string? folder = null)
{
    private static readonly HashSet<string> Annotations = ["description", "title", "format", "$ref", "examples", "default", "$schema", "$id", "$defs"];

    /// <summary>A check of the components of an OpenAPI 3.1 document (<c>#/components/schemas/...</c>).</summary>
    public static JsonSchemaCheck OfOpenApi(JsonElement document) => new(document, "#/components/schemas/");

    /// <summary>A check of a schema file whose definitions are under <c>#/$defs/</c>.</summary>
    public static JsonSchemaCheck OfSchemaFile(string path) =>
        new(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone(), "#/$defs/", Path.GetDirectoryName(path));

    /// <summary>Every place where the value breaks the root schema; empty when it conforms.</summary>
    public IReadOnlyList<string> Problems(JsonElement value) => ProblemsOf(root, value);

    /// <summary>Every place where the value breaks the schema of a definition (an OpenAPI component); empty when it conforms.</summary>
    public IReadOnlyList<string> Problems(string definition, JsonElement value) => ProblemsOf(Resolve(definitions + definition), value);

    /// <summary>The schema a reference names; throws when it names nothing, so a dangling reference fails a test.</summary>
    public JsonElement Resolve(string reference)
    {
        Assert.StartsWith(definitions, reference, StringComparison.Ordinal);
        JsonElement schema = root;
        foreach (string step in definitions[2..^1].Split('/'))
        {
            schema = schema.GetProperty(step);
        }

        Assert.True(schema.TryGetProperty(reference[definitions.Length..], out schema), $"The reference {reference} names no definition.");
        return schema;
    }

    private List<string> ProblemsOf(JsonElement schema, JsonElement value)
    {
        var problems = new List<string>();
        Check(schema, value, "$", problems);
        return problems;
    }

    private void Check(JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        if (rule.TryGetProperty("$ref", out JsonElement reference))
        {
            string target = reference.GetString()!;
            int fragment = target.IndexOf('#', StringComparison.Ordinal);
            if (fragment > 0 && folder is not null)
            {
                JsonSchemaCheck sibling = OfSchemaFile(Path.Combine(folder, target[..fragment]));
                sibling.Check(sibling.Resolve(target[fragment..]), value, path, problems);
            }
            else
            {
                Check(Resolve(target), value, path, problems);
            }
        }

        foreach (JsonProperty keyword in rule.EnumerateObject())
        {
            CheckKeyword(keyword.Name, keyword.Value, rule, value, path, problems);
        }
    }

    private void CheckKeyword(string keyword, JsonElement argument, JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        switch (keyword)
        {
            case "type":
                string[] types = argument.ValueKind == JsonValueKind.Array ? [.. argument.EnumerateArray().Select(t => t.GetString()!)] : [argument.GetString()!];
                if (!types.Any(t => HasType(value, t)))
                {
                    problems.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                }

                break;
            case "const":
                if (!JsonElement.DeepEquals(argument, value))
                {
                    problems.Add($"{path}: expected {argument.GetRawText()}");
                }

                break;
            case "enum":
                if (!argument.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
                {
                    problems.Add($"{path}: {value.GetRawText()} is not one of {argument.GetRawText()}");
                }

                break;
            case "pattern":
                if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, argument.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    problems.Add($"{path}: '{value.GetString()}' does not match {argument.GetString()}");
                }

                break;
            case "minLength":
                if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length < argument.GetInt32())
                {
                    problems.Add($"{path}: shorter than {argument.GetInt32()}");
                }

                break;
            case "minimum" or "maximum":
                if (value.ValueKind == JsonValueKind.Number)
                {
                    decimal bound = argument.GetDecimal();
                    if (keyword == "minimum" ? value.GetDecimal() < bound : value.GetDecimal() > bound)
                    {
                        problems.Add($"{path}: {value} is beyond the {keyword} {bound.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                    }
                }

                break;
            case "minItems":
                if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < argument.GetInt32())
                {
                    problems.Add($"{path}: fewer than {argument.GetInt32()} items");
                }

                break;
            case "required":
                if (value.ValueKind == JsonValueKind.Object)
                {
                    foreach (string name in argument.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                    {
                        problems.Add($"{path}: the required property '{name}' is missing");
                    }
                }

                break;
            case "properties" or "additionalProperties":
                if (value.ValueKind == JsonValueKind.Object && (keyword == "properties" || !rule.TryGetProperty("properties", out _)))
                {
                    CheckProperties(rule, value, path, problems);
                }

                break;
            case "items":
                if (value.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Check(argument, item, $"{path}[{i++}]", problems);
                    }
                }

                break;
            case "propertyNames":
                if (value.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        using JsonDocument name = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
                        Check(argument, name.RootElement, $"{path}.{property.Name} (name)", problems);
                    }
                }

                break;
            case "anyOf":
                if (!argument.EnumerateArray().Any(option => ProblemsOf(option, value).Count == 0))
                {
                    problems.Add($"{path}: {value.GetRawText()} matches none of anyOf");
                }

                break;
            case "allOf":
                foreach (JsonElement part in argument.EnumerateArray())
                {
                    Check(part, value, path, problems);
                }

                break;
            default:
                Assert.True(Annotations.Contains(keyword), $"The check does not know the schema keyword '{keyword}' at {path}.");
                break;
        }
    }

    private void CheckProperties(JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        rule.TryGetProperty("properties", out JsonElement properties);
        rule.TryGetProperty("additionalProperties", out JsonElement additional);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out JsonElement propertyRule))
            {
                Check(propertyRule, property.Value, at, problems);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                problems.Add($"{path}: the property '{property.Name}' is not in the schema");
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, at, problems);
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type {type}"),
    };
}
