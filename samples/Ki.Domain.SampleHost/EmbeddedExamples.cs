namespace Ki.Domain.SampleHost;

/// <summary>
/// The repository's example documents (docs/examples, docs/openapi/examples) embedded in the host, for the load check,
/// the self-check and the OpenAPI document's request examples.
/// </summary>
internal static class EmbeddedExamples
{
    /// <summary>Reads an embedded example document.</summary>
    /// <param name="name">The file name, such as <c>application-eligible.json</c>.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Read(string name)
    {
        using Stream stream = typeof(EmbeddedExamples).Assembly.GetManifestResourceStream("examples/" + name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
