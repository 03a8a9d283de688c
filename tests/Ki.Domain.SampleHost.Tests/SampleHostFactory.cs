using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ki.Domain.SampleHost.Tests;

/// <summary>The sample host in memory (one per test class), and helpers to call it as a client would.</summary>
public sealed class SampleHostFactory : WebApplicationFactory<Program>
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Ki.Domain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file of the repository's docs/examples.</summary>
    public static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(Root, "docs", "examples", name));

    /// <summary>A JSON body with content type application/json.</summary>
    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A JSON body from text.</summary>
    public static ByteArrayContent Json(string body) => Json(Encoding.UTF8.GetBytes(body));

    /// <summary>Reads a response body as a JSON document.</summary>
    public static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.Clone();
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ki.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Ki.Domain.sln above {AppContext.BaseDirectory}.");
    }
}
