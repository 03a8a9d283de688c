namespace Ki.Domain.Programmes;

/// <summary>
/// A German and English text that is written the first time it is read and kept from then on: explanations of a
/// round of 10,000 applications cost nothing until a user reads them.
/// </summary>
/// <remarks>
/// Safe to read from many threads: two first reads at once may both write the text (the same text, from immutable
/// figures), and one of them is kept. The written text sits in a box of its own, so publishing it is one reference
/// write and no reader can see half of the pair. A deferred text made with <see cref="Of{T}"/> holds its figures
/// inline and formats them with a static method, so making one costs a single small object and no string.
/// </remarks>
internal abstract class DeferredText
{
    private Written? _written;

    /// <summary>The text, written on first read.</summary>
    public LocalizedText Text => (_written ??= new Written(Write())).Text;

    /// <summary>A text that is already written.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The deferred text.</returns>
    public static DeferredText Of(LocalizedText text) => new Ready(text);

    /// <summary>A text written from <paramref name="figures"/> by <paramref name="write"/> when it is first read.</summary>
    /// <typeparam name="T">The figures the text needs, usually a tuple.</typeparam>
    /// <param name="figures">The figures.</param>
    /// <param name="write">Writes the text; a static lambda, so that no closure is made.</param>
    /// <returns>The deferred text.</returns>
    public static DeferredText Of<T>(T figures, Func<T, LocalizedText> write) => new Deferred<T>(figures, write);

    /// <summary>Writes the text.</summary>
    /// <returns>The text.</returns>
    protected abstract LocalizedText Write();

    private sealed class Ready : DeferredText
    {
        public Ready(LocalizedText text) => _written = new Written(text);

        protected override LocalizedText Write() => _written!.Text;
    }

    private sealed class Deferred<T>(T figures, Func<T, LocalizedText> write) : DeferredText
    {
        protected override LocalizedText Write() => write(figures);
    }

    private sealed class Written(LocalizedText text)
    {
        public LocalizedText Text { get; } = text;
    }
}
