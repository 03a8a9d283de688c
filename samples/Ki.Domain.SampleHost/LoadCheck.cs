using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ki.Domain.SampleHost;

/// <summary>
/// A bounded load check on the loopback interface (<c>--load-check</c>): starts the host on a free port, sends a fixed
/// number of seeded requests to the check and allocate endpoints from a few concurrent clients, prints requests per
/// second, and stops by itself. Not a test: the figures depend on the machine; the exit code says only whether every
/// answer was 200.
/// </summary>
internal static class LoadCheck
{
    /// <summary>The command-line switch.</summary>
    public const string Switch = "--load-check";

    private const int Seed = 20_261_129;
    private const int Warmup = 1_000;
    private const int Requests = 20_000;
    private const int Clients = 8;

    /// <summary>Runs the check and writes one line per endpoint.</summary>
    /// <param name="output">Where the figures go.</param>
    /// <returns>0 when every answer was 200, 1 otherwise.</returns>
    public static async Task<int> RunAsync(TextWriter output)
    {
        WebApplication app = SampleHostApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync().ConfigureAwait(false);
        try
        {
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            byte[] application = EmbeddedExamples.Read("application-eligible.json");
            byte[] allocation = AllocationRequestDocument();
            output.WriteLine($"Ki.Domain sample host load check: {Requests:N0} requests per endpoint from {Clients} clients on {address} "
                + $"({(File.Exists(Path.Combine(AppContext.BaseDirectory, "Ki.Domain.SampleHost.dll")) ? "JIT" : "NativeAOT")}, {Environment.ProcessorCount} cores, seed {Seed}).");
            int failures = 0;
            failures += await Measure(output, client, "POST /checks?on=2020-02-01 (application-eligible.json)", "/checks?on=2020-02-01", application).ConfigureAwait(false);
            failures += await Measure(output, client, "POST /allocations (131,000.00 EUR over 53 seeded weights)", "/allocations", allocation).ConfigureAwait(false);
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An allocation request like the CLI's main job: 131,000.00 EUR over 53 recipients with seeded weights.</summary>
    private static byte[] AllocationRequestDocument()
    {
        var random = new Random(Seed);
        AllocationRecipient[] recipients =
            [.. Enumerable.Range(1, 53).Select(i => new AllocationRecipient($"r{i:D2}", random.Next(20_000, 700_000), $"Recipient {i}"))];
        return AllocationJson.Write(AllocationRequest.Of(Euro.Parse("131000.00", CultureInfo.InvariantCulture), recipients));
    }

    private static async Task<int> Measure(TextWriter output, HttpClient client, string name, string path, byte[] body)
    {
        await Send(client, path, body, Warmup).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        int failures = await Send(client, path, body, Requests).ConfigureAwait(false);
        clock.Stop();
        output.WriteLine(FormattableString.Invariant($"{name}: {Requests} requests in {clock.Elapsed.TotalSeconds:F2} s, {Requests / clock.Elapsed.TotalSeconds:F0} requests/s, {failures} not 200"));
        return failures;
    }

    private static async Task<int> Send(HttpClient client, string path, byte[] body, int count)
    {
        int next = -1;
        int failures = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                using HttpResponseMessage response = await client.PostAsync(new Uri(path, UriKind.Relative), content).ConfigureAwait(false);
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                if (response.StatusCode != System.Net.HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ConfigureAwait(false);
        return failures;
    }
}
