namespace Ki.Domain.Programmes;

/// <summary>
/// The stable codes of the Programmes namespace: grant outcomes, version lookups and catalogue check findings.
/// </summary>
/// <remarks>Codes never change meaning; new ones are added. Every code is listed in <c>docs/programmes.md</c>.</remarks>
public static class GrantCodes
{
    /// <summary>A grant is made (<c>KI-GRANT-OK</c>).</summary>
    public const string Granted = "KI-GRANT-OK";

    /// <summary>The grant would be below the minimum grant (Bagatellgrenze), so none is made (<c>KI-GRANT-BELOW-MINIMUM</c>).</summary>
    public const string BelowMinimum = "KI-GRANT-BELOW-MINIMUM";

    /// <summary>The calculation gives nothing to fund: no costs, no units, or own and third-party funds cover the costs (<c>KI-GRANT-NOTHING-TO-FUND</c>).</summary>
    public const string NothingToFund = "KI-GRANT-NOTHING-TO-FUND";

    /// <summary>The request does not state a figure the calculation needs, such as the eligible costs; the reason names it (<c>KI-GRANT-FACT-MISSING</c>).</summary>
    public const string FactMissing = "KI-GRANT-FACT-MISSING";

    /// <summary>The line's grants follow from a distribution key or a decision, not from one application's figures (<c>KI-GRANT-BY-KEY</c>).</summary>
    public const string DeterminedByDistributionKey = "KI-GRANT-BY-KEY";

    /// <summary>No version of the line is in force on the date (<c>KI-LINE-NOT-IN-FORCE</c>).</summary>
    public const string NotInForce = "KI-LINE-NOT-IN-FORCE";

    /// <summary>One version of the line is in force on the date (<c>KI-LINE-IN-FORCE</c>).</summary>
    public const string InForce = "KI-LINE-IN-FORCE";

    /// <summary>Several versions of the line are in force on the date (<c>KI-LINE-AMBIGUOUS</c>).</summary>
    public const string AmbiguousVersion = "KI-LINE-AMBIGUOUS";

    /// <summary>Catalogue check: two versions of a line overlap (<c>KI-CAT-OVERLAP</c>).</summary>
    public const string CatalogueOverlap = "KI-CAT-OVERLAP";

    /// <summary>Catalogue check: a line has a gap between two versions (<c>KI-CAT-GAP</c>).</summary>
    public const string CatalogueGap = "KI-CAT-GAP";

    /// <summary>Catalogue check: two programmes or two lines share an identifier (<c>KI-CAT-DUPLICATE-ID</c>).</summary>
    public const string CatalogueDuplicateId = "KI-CAT-DUPLICATE-ID";

    /// <summary>Catalogue check: a KI programme's funding names a funding line the catalogue does not hold (<c>KI-CAT-UNKNOWN-LINE</c>).</summary>
    public const string CatalogueUnknownLine = "KI-CAT-UNKNOWN-LINE";
}
