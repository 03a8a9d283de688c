using System.Text.RegularExpressions;

namespace Ki.Domain.Tests.Serialization;

/// <summary>
/// A small checker for the parts of JSON Schema 2020-12 that the library's schema files use: <c>type</c>,
/// <c>const</c>, <c>enum</c>, <c>pattern</c>, <c>minLength</c>, <c>minimum</c>, <c>maximum</c>, <c>required</c>,
/// <c>properties</c>, <c>additionalProperties: false</c>, <c>items</c> and local <c>$ref</c>s. Enough to hold a
/// written document against its schema without a validator package.
/// </summary>
internal sealed class SchemaCheck(JsonElement schema)
{
    /// <summary>Loads a schema file of <c>docs/schemas</c>.</summary>
    public static SchemaCheck Load(string name) =>
        new(JsonDocument.Parse(File.ReadAllText(Support.RepositoryPaths.Combine("docs", "schemas", name))).RootElement.Clone());

    /// <summary>Every place where the document breaks the schema; empty when it conforms.</summary>
    public IReadOnlyList<string> Problems(JsonElement document)
    {
        var problems = new List<string>();
        Check(schema, document, "$", problems);
        return problems;
    }

    private void Check(JsonElement rule, JsonElement value, string path, List<string> problems)
    {
        if (rule.TryGetProperty("$ref", out JsonElement reference))
        {
            Check(Resolve(reference.GetString()!), value, path, problems);
        }

        if (rule.TryGetProperty("type", out JsonElement type) && !HasType(value, type.GetString()!))
        {
            problems.Add($"{path}: expected {type.GetString()}, found {value.ValueKind}");
            return;
        }

        if (rule.TryGetProperty("const", out JsonElement constant) && !JsonElement.DeepEquals(constant, value))
        {
            problems.Add($"{path}: expected {constant}");
        }

        if (rule.TryGetProperty("enum", out JsonElement choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            problems.Add($"{path}: {value} is not one of {choices}");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            string text = value.GetString()!;
            if (rule.TryGetProperty("pattern", out JsonElement pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                problems.Add($"{path}: '{text}' does not match {pattern.GetString()}");
            }

            if (rule.TryGetProperty("minLength", out JsonElement minLength) && text.Length < minLength.GetInt32())
            {
                problems.Add($"{path}: shorter than {minLength.GetInt32()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            decimal number = value.GetDecimal();
            if (rule.TryGetProperty("minimum", out JsonElement min) && number < min.GetDecimal())
            {
                problems.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is below {min}");
            }

            if (rule.TryGetProperty("maximum", out JsonElement max) && number > max.GetDecimal())
            {
                problems.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is above {max}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (rule.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        problems.Add($"{path}: the required property '{name.GetString()}' is missing");
                    }
                }
            }

            rule.TryGetProperty("properties", out JsonElement properties);
            bool closed = rule.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False;
            foreach (JsonProperty property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out JsonElement propertyRule))
                {
                    Check(propertyRule, property.Value, $"{path}.{property.Name}", problems);
                }
                else if (closed)
                {
                    problems.Add($"{path}: the property '{property.Name}' is not in the schema");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && rule.TryGetProperty("items", out JsonElement items))
        {
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", problems);
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported: {reference}");
        }

        return schema.GetProperty("$defs").GetProperty(reference[Prefix.Length..]);
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
