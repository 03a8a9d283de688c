using System.Net;
using System.Net.Sockets;

namespace Ki.DocSite.Tests.Support;

/// <summary>
/// Serves the built site on the loopback interface, as a reader's web server would: docfx's search runs in a web
/// worker that fetches <c>index.json</c>, which browsers refuse for <c>file://</c> pages.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Lazy<StaticServer> Shared = new(() => new StaticServer(DocfxSite.Folder));

    private readonly HttpListener listener = new();
    private readonly string root;

    private StaticServer(string root)
    {
        this.root = Path.GetFullPath(root);
        int port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The server of the built site, started on first use.</summary>
    public static StaticServer Site => Shared.Value;

    /// <summary>The base URL, ending in a slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The URL of a site path.</summary>
    public string Url(string sitePath) => BaseUrl + sitePath;

    /// <inheritdoc/>
    public void Dispose() => listener.Close();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using HttpListenerResponse response = context.Response;
        string relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        string path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".woff2" => "font/woff2",
            ".woff" => "font/woff",
            _ => "application/octet-stream",
        };
        byte[] body = File.ReadAllBytes(path);
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
    }
}
