using System.Reflection;

namespace Ki.Domain;

/// <summary>The version of this library, recorded in every decision and result that explains itself.</summary>
internal static class LibraryInfo
{
    /// <summary>The informational version of Ki.Domain, such as <c>0.1.0</c>.</summary>
    public static string Version { get; } =
        typeof(LibraryInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(LibraryInfo).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
