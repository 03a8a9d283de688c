using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>What all, any and not share: checking the parts, recording every part, and negation.</summary>
internal static class Combination
{
    public static ImmutableArray<Criterion> CheckParts(IEnumerable<Criterion> parts)
    {
        ImmutableArray<Criterion> all = [.. Preconditions.CheckNotNull(parts)];
        foreach (Criterion part in all)
        {
            Preconditions.CheckNotNull(part, nameof(parts));
        }

        return all;
    }

    /// <summary>Where each part's verdicts start in the verdicts of the whole (after its own at 0), and the size of the whole.</summary>
    public static (int[] Starts, int Size) Layout(ImmutableArray<Criterion> parts)
    {
        var starts = new int[parts.Length];
        int size = 1;
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = size;
            size = checked(size + parts[i].Size);
        }

        return (starts, size);
    }

    /// <summary>Records every part's tree after the combination's own verdict, never stopping early, and counts passes and failures.</summary>
    public static void RecordAll(ImmutableArray<Criterion> parts, int[] starts, EvaluationContext context, Span<Verdict> verdicts, out int passed, out int failed)
    {
        passed = 0;
        failed = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            CriterionOutcome outcome = parts[i].Record(context, verdicts[starts[i]..]);
            passed += outcome == CriterionOutcome.Pass ? 1 : 0;
            failed += outcome == CriterionOutcome.Fail ? 1 : 0;
        }
    }

    /// <summary>The results of the parts, from the verdicts after the combination's own.</summary>
    public static ImmutableArray<CriterionResult> ResultsOf(ImmutableArray<Criterion> parts, int[] starts, EvaluationContext context, ReadOnlySpan<Verdict> verdicts)
    {
        var results = new CriterionResult[parts.Length];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = parts[i].Result(context, verdicts[starts[i]..]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    public static LocalizedText Counted(CriterionResult result) => new(
        string.Create(CultureInfo.InvariantCulture, $"{result.Detail} von {result.Children.Length} erfüllt"),
        string.Create(CultureInfo.InvariantCulture, $"{result.Detail} of {result.Children.Length} met"));

    /// <summary>Not: pass and fail swap; unknown stays unknown.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static CriterionOutcome Negate(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Pass => CriterionOutcome.Fail,
        CriterionOutcome.Fail => CriterionOutcome.Pass,
        _ => CriterionOutcome.Unknown,
    };
}
