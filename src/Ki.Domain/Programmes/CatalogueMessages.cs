using System.Globalization;

namespace Ki.Domain.Programmes;

/// <summary>The German and English messages of the catalogue validators, chosen by an explicit culture.</summary>
internal static class CatalogueMessages
{
    /// <summary>Validation codes.</summary>
    public const string Source = "KI-CAT-SOURCE";
    public const string Financing = "KI-CAT-FINANCING";
    public const string Rate = "KI-CAT-RATE";
    public const string Cap = "KI-CAT-CAP";
    public const string Minimum = "KI-CAT-MINIMUM";
    public const string Budget = "KI-CAT-BUDGET";
    public const string Unit = "KI-CAT-UNIT";
    public const string Period = "KI-CAT-PERIOD";
    public const string Fixed = "KI-CAT-FIXED";
    public const string Authority = "KI-CAT-AUTHORITY";
    public const string Identifier = "KI-CAT-ID";
    public const string NoVersions = "KI-CAT-NO-VERSIONS";

    /// <summary>Picks the German or English text for a culture.</summary>
    public static string Pick(CultureInfo culture, string german, string english) => new LocalizedText(german, english).For(culture);
}
