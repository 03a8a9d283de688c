using System.Globalization;
using System.Text.RegularExpressions;

namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// Holds a JSON value against a schema of an OpenAPI 3.1 document, as a client generated from the document would:
/// <c>$ref</c> to <c>#/components/schemas/...</c>, <c>type</c> (one or several), <c>enum</c>, <c>pattern</c>,
/// <c>minLength</c>, <c>minimum</c>, <c>maximum</c>, <c>minItems</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties</c> (false or a schema), <c>items</c>, <c>anyOf</c>, <c>allOf</c> and <c>propertyNames</c>.
/// A keyword it does not know fails the check, so nothing in the document goes unchecked.
/// </summary>
internal sealed class OpenApiSchemaCheck(JsonElement document)
{
    private static readonly HashSet<string> Annotations = ["description", "title", "format", "$ref", "examples", "default"];

    /// <summary>Every place where the value breaks the component's schema; empty when it conforms.</summary>
    public IReadOnlyList<string> Problems(string component, JsonElement value)
    {
        var problems = new List<string>();
        Check(Resolve($"#/components/schemas/{component}"), value, "$", problems);
        return problems;
    }

    /// <summary>The schema a reference names; throws when it names nothing, so a dangling reference fails a test.</summary>
    public JsonElement Resolve(string reference)
    {
        const string Prefix = "#/components/schemas/";
        Assert.StartsWith(Prefix, reference, StringComparison.Ordinal);
        Assert.True(
            document.GetProperty("components").GetProperty("schemas").TryGetProperty(reference[Prefix.Length..], out JsonElement schema),
            $"The reference {reference} names no component.");
        return schema;
    }

    private void Check(JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        if (rule.TryGetProperty("$ref", out JsonElement reference))
        {
            Check(Resolve(reference.GetString()!), value, path, problems);
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
                    decimal bound = decimal.Parse(argument.ToString(), CultureInfo.InvariantCulture);
                    if (keyword == "minimum" ? value.GetDecimal() < bound : value.GetDecimal() > bound)
                    {
                        problems.Add($"{path}: {value} is beyond the {keyword} {bound.ToString(CultureInfo.InvariantCulture)}");
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
                if (!argument.EnumerateArray().Any(option => Conforms(option, value, path)))
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

    private bool Conforms(JsonElement rule, JsonElement value, string path)
    {
        var problems = new List<string>();
        Check(rule, value, path, problems);
        return problems.Count == 0;
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
