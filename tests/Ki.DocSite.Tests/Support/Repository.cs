namespace Ki.DocSite.Tests.Support;

/// <summary>Paths in the source tree, found from the test binaries.</summary>
internal static class Repository
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Ki.Domain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The folder for test artifacts (screenshots, the built site): <c>artifacts/docsite</c>, gitignored.</summary>
    public static string Artifacts { get; } = Path.Combine(Root, "artifacts", "docsite");

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
