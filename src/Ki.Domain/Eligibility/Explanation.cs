using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>The texts of one criterion result: actual value, required value and the whole sentence.</summary>
internal sealed class Explanation(LocalizedText actual, LocalizedText required, LocalizedText message)
{
    public LocalizedText Actual { get; } = actual;

    public LocalizedText Required { get; } = required;

    public LocalizedText Message { get; } = message;
}
