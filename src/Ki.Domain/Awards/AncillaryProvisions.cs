namespace Ki.Domain.Awards;

/// <summary>Nebenbestimmungen: the general ancillary provisions a pass-through imposes on its final recipient.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(AncillaryProvisions)</c> is none.</remarks>
public enum AncillaryProvisions
{
    /// <summary>
    /// ANBest-P (Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung): imposed on final recipients outside
    /// the municipal sector (Nr. 12 VVG; reference 4.6).
    /// </summary>
    AnBestP = 1,

    /// <summary>ANBest-G (Anlage 1 zu Nr. 5.1 VVG): the provisions for Gemeinden, assumed for municipal final recipients [U].</summary>
    AnBestG = 2,
}
