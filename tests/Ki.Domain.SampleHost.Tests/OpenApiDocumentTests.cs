namespace Ki.Domain.SampleHost.Tests;

/// <summary>The OpenAPI document checked into docs/ is the one the host serves: same paths and operations.</summary>
public sealed class OpenApiDocumentTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    [Fact]
    public async Task CheckedInDocument_HasEveryPathAndOperationTheHostServes()
    {
        HttpClient client = host.CreateClient();
        using JsonDocument served = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        using JsonDocument checkedIn = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SampleHostFactory.Root, "docs", "openapi", "ki-sample-host.json")));

        string[] servedOperations = Operations(served.RootElement);

        Assert.Equal(servedOperations, Operations(checkedIn.RootElement));
        Assert.Contains("POST /allocations", servedOperations);
        Assert.Contains("POST /checks", servedOperations);
        Assert.Contains("POST /settlements", servedOperations);
        Assert.Equal(8, servedOperations.Length);
    }

    private static string[] Operations(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)];
}
