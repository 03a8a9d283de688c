namespace Ki.DocSite.Tests.Support;

/// <summary>
/// The real site, built once per test run from the Ki.Domain.dll and Ki.Domain.xml beside the tests and the
/// articles in docs/, into <c>artifacts/docsite/site</c> (so a person can open what the tests saw).
/// </summary>
internal static class BuiltSite
{
    private static readonly Lazy<SiteReport> Build = new(() => SiteGenerator.Generate(new SiteOptions(
        Path.Combine(AppContext.BaseDirectory, "Ki.Domain.dll"),
        XmlPath: null,
        Path.Combine(Repository.Root, "docs"),
        Path.Combine(Repository.Artifacts, "site"),
        References: [])));

    /// <summary>The report of the build.</summary>
    public static SiteReport Report => Build.Value;

    /// <summary>The site folder.</summary>
    public static string Folder => Report.OutputFolder;

    /// <summary>The full path of a site file.</summary>
    public static string File(string sitePath) => Path.Combine(Folder, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a site file.</summary>
    public static string Read(string sitePath) => System.IO.File.ReadAllText(File(sitePath));
}
