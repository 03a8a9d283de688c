namespace Ki.Domain.Tests.Serialization;

/// <summary>The documents the library writes conform to the schema files in <c>docs/schemas</c>.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchemaCheck CatalogueSchema = JsonSchemaCheck.OfSchemaFile(RepositoryPaths.Combine("docs", "schemas", "catalogue.schema.json"));
    private static readonly JsonSchemaCheck GazetteerSchema = JsonSchemaCheck.OfSchemaFile(RepositoryPaths.Combine("docs", "schemas", "gazetteer.schema.json"));

    [Fact]
    public void DefaultCatalogue_ConformsToTheCatalogueSchema() =>
        Assert.Empty(CatalogueSchema.Problems(Parse(CatalogueJson.Write(ProgrammeCatalogue.Default))));

    [Fact]
    public void DefaultGazetteer_ConformsToTheGazetteerSchema() =>
        Assert.Empty(GazetteerSchema.Problems(Parse(GazetteerJson.Write(Gazetteer.Default))));

    [Property(MaxTest = 100)]
    public Property Property_AnyCatalogue_ConformsToTheCatalogueSchema() =>
        Prop.ForAll(CatalogueGen.Catalogues.ToArbitrary(), catalogue =>
            CatalogueSchema.Problems(Parse(CatalogueJson.Write(catalogue))).Count == 0);

    [Property(MaxTest = 20)]
    public Property Property_AnyGazetteer_ConformsToTheGazetteerSchema() =>
        Prop.ForAll(GazetteerGen.Gazetteers.ToArbitrary(), gazetteer =>
            GazetteerSchema.Problems(Parse(GazetteerJson.Write(gazetteer))).Count == 0);

    [Fact]
    public void Check_MissingRequiredUnknownOrWrongType_IsReported()
    {
        JsonNode doc = JsonNode.Parse(CatalogueJson.Write(ProgrammeCatalogue.Default))!;
        JsonNode version = doc["programmes"]![0]!["lines"]![0]!["versions"]![0]!;
        version.AsObject().Remove("financing");
        version["surprise"] = 1;
        version["passThroughAllowed"] = "no";
        doc["programmes"]![0]!["name"]!["de"] = 5;
        IReadOnlyList<string> problems = CatalogueSchema.Problems(JsonDocument.Parse(doc.ToJsonString()).RootElement);
        Assert.Contains(problems, p => p.Contains("'financing' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'surprise' is not in the schema", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.programmes[0].lines[0].versions[0].passThroughAllowed: expected boolean", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.programmes[0].name.de: expected string", StringComparison.Ordinal));
    }

    private static JsonElement Parse(byte[] json) => JsonDocument.Parse(json).RootElement.Clone();
}
