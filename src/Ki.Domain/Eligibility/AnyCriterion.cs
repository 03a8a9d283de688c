namespace Ki.Domain.Eligibility;

/// <summary>Mindestens eine: at least one part is met. Passes when a part passes; otherwise unknown when a part is unknown.</summary>
/// <remarks>
/// Code <c>KI-ELIG-ANY</c>. Every part is evaluated, also after a pass. An empty combination fails.
/// Immutable; safe to share across threads.
/// </remarks>
public sealed class AnyCriterion : CompositeCriterion
{
    /// <summary>Creates the combination.</summary>
    /// <param name="parts">The parts.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public AnyCriterion(IEnumerable<Criterion> parts, string? legalReference = null)
        : base(parts, legalReference, Any)
    {
    }
}
