namespace Ki.Domain.Eligibility;

/// <summary>Alle: every part is met. Fails when a part fails; otherwise unknown when a part is unknown.</summary>
/// <remarks>
/// Code <c>KI-ELIG-ALL</c>. Every part is evaluated, also after a failure, so the result lists every failing part.
/// An empty combination passes. Immutable; safe to share across threads.
/// </remarks>
public sealed class AllCriterion : CompositeCriterion
{
    /// <summary>Creates the combination.</summary>
    /// <param name="parts">The parts.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public AllCriterion(IEnumerable<Criterion> parts, string? legalReference = null)
        : base(parts, legalReference, All)
    {
    }
}
