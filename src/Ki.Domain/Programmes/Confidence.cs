namespace Ki.Domain.Programmes;

/// <summary>
/// How sure the catalogue is of a figure, as marked in the domain reference: [V], [S], [U] or [D].
/// </summary>
/// <remarks>
/// There is deliberately no member with the value 0: <c>default(Confidence)</c> is not a valid confidence, and
/// <see cref="SourceReference"/> rejects it.
/// </remarks>
public enum Confidence
{
    /// <summary>[V] Read in a primary text: a law, a directive or an official authority page.</summary>
    Verified = 1,

    /// <summary>[S] From a secondary source: a press release, a municipal or party page.</summary>
    Secondary = 2,

    /// <summary>[U] Uncertain, inferred or not verified; check the current official text before relying on it.</summary>
    Uncertain = 3,

    /// <summary>[D] Derived from other figures here; published nowhere.</summary>
    Derived = 4,
}
