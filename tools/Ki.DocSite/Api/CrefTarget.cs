using Microsoft.CodeAnalysis;

namespace Ki.DocSite.Api;

/// <summary>What a cref points at and how to show it.</summary>
/// <param name="Display">The text a reader sees.</param>
/// <param name="Href">A site path (internal) or a URL (external); <c>null</c> renders the name as code.</param>
/// <param name="IsInternal">Whether <see cref="Href"/> is a path inside the site.</param>
/// <param name="Problem">Why the cref is broken; <c>null</c> when it resolved.</param>
/// <param name="Symbol">The symbol of an internal target.</param>
internal sealed record CrefTarget(string Display, string? Href, bool IsInternal, string? Problem, ISymbol? Symbol)
{
    /// <summary>A target with a page in this site.</summary>
    public static CrefTarget Internal(string display, string path, ISymbol? symbol) => new(display, path, true, null, symbol);

    /// <summary>A target outside this library: a URL for the framework, plain code otherwise.</summary>
    public static CrefTarget External(string display, string? url) => new(display, url, false, null, null);

    /// <summary>A cref that leads nowhere.</summary>
    public static CrefTarget Broken(string display, string problem) => new(display, null, false, problem, null);
}
