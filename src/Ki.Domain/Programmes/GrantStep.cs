using Ki.Domain.Money;

namespace Ki.Domain.Programmes;

/// <summary>
/// One line of a grant's explanation: a figure or a rule that applied, with its amount and source.
/// </summary>
/// <remarks>
/// The steps a <see cref="GrantCalculator"/> makes write their text when it is first read. Equality is reference
/// equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class GrantStep
{
    private readonly DeferredText _text;

    /// <summary>Creates a step.</summary>
    /// <param name="name">The step's stable name, such as <c>rate</c>, <c>cap</c> or <c>minimum-grant</c>.</param>
    /// <param name="text">What happened, in German and English, with every figure.</param>
    /// <param name="amount">The amount the step produced or checked, if any.</param>
    /// <param name="source">The source of the figure the step used; default when none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public GrantStep(string name, LocalizedText text, Euro? amount, SourceReference source)
        : this(name, DeferredText.Of(text), amount, source)
    {
    }

    /// <summary>A step whose text is written when it is first read.</summary>
    internal GrantStep(string name, DeferredText text, Euro? amount, SourceReference source)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _text = text;
        Amount = amount;
        Source = source;
    }

    /// <summary>The step's stable name: <c>eligible-costs</c>, <c>flat-costs</c>, <c>rate</c>, <c>deficit</c>,
    /// <c>unit</c>, <c>unit-limit</c>, <c>fixed-amount</c>, <c>full</c>, <c>cost-limit</c>, <c>cap</c>, <c>cap-applied</c>,
    /// <c>minimum-grant</c> or <c>grant</c>.</summary>
    public string Name { get; }

    /// <summary>What happened, in German and English.</summary>
    /// <remarks>Written on first read and kept; every read returns the same text.</remarks>
    public LocalizedText Text => _text.Text;

    /// <summary>The amount the step produced or checked, if any.</summary>
    public Euro? Amount { get; }

    /// <summary>The source of the figure the step used; default when none.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns the English text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.English;
}
