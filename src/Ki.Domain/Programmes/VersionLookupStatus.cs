namespace Ki.Domain.Programmes;

/// <summary>The answer to "which version of a funding line is in force on a date".</summary>
/// <remarks>There is deliberately no member with the value 0.</remarks>
public enum VersionLookupStatus
{
    /// <summary>Exactly one version covers the date.</summary>
    InForce = 1,

    /// <summary>No version covers the date: the line was not (or no longer) in force.</summary>
    NotInForce = 2,

    /// <summary>Several versions cover the date; the catalogue is inconsistent (see the catalogue check).</summary>
    Ambiguous = 3,
}
