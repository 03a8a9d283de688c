using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ki.DocSite.Tests.Support;

/// <summary>
/// Debian's headless Chromium driven through the DevTools protocol: a page is opened, scripts run in it as a reader's
/// typing would (the search box), and screenshots are taken at a chosen width.
/// </summary>
internal sealed class Chromium : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private Chromium(Process process, string profile, Uri pageSocket)
    {
        this.process = process;
        this.profile = profile;
        using var cts = new CancellationTokenSource(Timeout);
        socket.ConnectAsync(pageSocket, cts.Token).GetAwaiter().GetResult();
    }

    /// <summary>The browser: <c>KI_CHROMIUM</c> if set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("KI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Fails the test, saying how to install it, when the browser is missing. Never skips.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail(
                $"Headless Chromium is needed for the docs site browser tests but {Executable} does not exist. "
                + "Install Debian's package as root: `apt-get update && apt-get install -y chromium` (.ci/run does this when it is missing), "
                + "or set KI_CHROMIUM to a Chromium binary.");
        }
    }

    /// <summary>Starts a headless browser with one page of the given size.</summary>
    public static Chromium Start(int width = 1280, int height = 900)
    {
        RequireInstalled();
        string profile = Directory.CreateTempSubdirectory("ki-docs-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
            $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        string portFile = Path.Combine(profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (process.HasExited || clock.Elapsed > Timeout)
            {
                Assert.Fail($"Chromium did not open its DevTools port within {Timeout.TotalSeconds} s (exit: {(process.HasExited ? process.ExitCode : "running")}).");
            }

            Thread.Sleep(50);
        }

        int port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient { Timeout = Timeout };
        JsonArray targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").GetAwaiter().GetResult())!.AsArray();
        string pageSocket = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        return new Chromium(process, profile, new Uri(pageSocket));
    }

    /// <summary>Sets the page's viewport as a phone's would be (headless windows are never narrower than 500 px).</summary>
    public void SetViewport(int width, int height) =>
        Send("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = true,
        });

    /// <summary>Opens a URL and waits until the page and its scripts have loaded.</summary>
    public void Navigate(string url)
    {
        Send("Page.navigate", new JsonObject { ["url"] = url });

        // Page.navigate answers before the new document exists: wait until the page at this URL has loaded.
        Evaluate($$"""
            new Promise(r => {
              const check = () => location.href === {{System.Text.Json.JsonSerializer.Serialize(url)}} && document.readyState === 'complete'
                ? r('loaded') : setTimeout(check, 50);
              check();
            })
            """);
    }

    /// <summary>Runs a script expression in the page (a promise is awaited) and returns its value as a string.</summary>
    public string Evaluate(string expression)
    {
        JsonNode result = Send("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        });
        if (result["exceptionDetails"] is JsonNode error)
        {
            Assert.Fail("The page's script failed: " + error.ToJsonString());
        }

        JsonNode? value = result["result"]?["value"];
        return value is null ? string.Empty : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
    }

    /// <summary>Saves a screenshot of the page as it is now.</summary>
    public void Screenshot(string pngPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(pngPath)!);
        JsonNode result = Send("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        File.WriteAllBytes(pngPath, Convert.FromBase64String(result["data"]!.GetValue<string>()));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        socket.Dispose();
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // a helper process may still hold a file for a moment; the temp folder is cleaned by the system
        }
    }

    private JsonNode Send(string method, JsonObject parameters)
    {
        int id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var cts = new CancellationTokenSource(Timeout);
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cts.Token).GetAwaiter().GetResult();
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var text = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = socket.ReceiveAsync(buffer, cts.Token).GetAwaiter().GetResult();
                text.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            JsonNode answer = JsonNode.Parse(text.ToArray())!;
            if (answer["id"] is JsonNode answerId && answerId.GetValue<int>() == id)
            {
                if (answer["error"] is JsonNode error)
                {
                    Assert.Fail($"DevTools {method} failed: {error.ToJsonString()}");
                }

                return answer["result"]!;
            }
        }
    }
}
