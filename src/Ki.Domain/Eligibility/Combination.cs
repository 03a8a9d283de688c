using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>What all, any and not share: checking the parts, evaluating or deciding every part, and the three-valued combinations.</summary>
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

    /// <summary>The number of nodes of a combination's tree: itself and its parts'.</summary>
    public static int SizeOf(ImmutableArray<Criterion> parts)
    {
        int size = 1;
        foreach (Criterion part in parts)
        {
            size = checked(size + part.Size);
        }

        return size;
    }

    /// <summary>Records every part's tree after the combination's own verdict, never stopping early, and counts passes and failures.</summary>
    public static void RecordAll(ImmutableArray<Criterion> parts, EvaluationContext context, Span<Verdict> verdicts, out int passed, out int failed)
    {
        passed = 0;
        failed = 0;
        int offset = 1;
        foreach (Criterion part in parts)
        {
            int size = part.Size;
            CriterionOutcome outcome = part.Record(context, verdicts.Slice(offset, size));
            offset += size;
            passed += outcome == CriterionOutcome.Pass ? 1 : 0;
            failed += outcome == CriterionOutcome.Fail ? 1 : 0;
        }
    }

    /// <summary>The results of the parts, from the verdicts after the combination's own.</summary>
    public static ImmutableArray<CriterionResult> ResultsOf(ImmutableArray<Criterion> parts, EvaluationContext context, ReadOnlySpan<Verdict> verdicts)
    {
        var results = new CriterionResult[parts.Length];
        int offset = 1;
        for (int i = 0; i < results.Length; i++)
        {
            int size = parts[i].Size;
            results[i] = parts[i].Result(context, verdicts.Slice(offset, size));
            offset += size;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    public static LocalizedText Counted(CriterionResult result) => new(
        string.Create(CultureInfo.InvariantCulture, $"{result.A} von {result.B} erfüllt"),
        string.Create(CultureInfo.InvariantCulture, $"{result.A} of {result.B} met"));

    /// <summary>All: fails when a part fails; otherwise unknown when a part is unknown; an empty combination passes.</summary>
    public static CriterionOutcome AllOf(int passed, int failed, int count) =>
        failed > 0 ? CriterionOutcome.Fail : passed == count ? CriterionOutcome.Pass : CriterionOutcome.Unknown;

    /// <summary>Any: passes when a part passes; otherwise fails when every part fails; otherwise unknown.</summary>
    public static CriterionOutcome AnyOf(int passed, int failed, int count) =>
        passed > 0 ? CriterionOutcome.Pass : failed == count ? CriterionOutcome.Fail : CriterionOutcome.Unknown;

    /// <summary>Not: pass and fail swap; unknown stays unknown.</summary>
    public static CriterionOutcome Negate(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Pass => CriterionOutcome.Fail,
        CriterionOutcome.Fail => CriterionOutcome.Pass,
        _ => CriterionOutcome.Unknown,
    };

    /// <summary>Decides every part, never stopping early, and counts passes and failures.</summary>
    public static void DecideAll(ImmutableArray<Criterion> parts, EvaluationContext context, out int passed, out int failed)
    {
        passed = 0;
        failed = 0;
        foreach (Criterion part in parts)
        {
            CriterionOutcome outcome = part.Decide(context);
            passed += outcome == CriterionOutcome.Pass ? 1 : 0;
            failed += outcome == CriterionOutcome.Fail ? 1 : 0;
        }
    }
}
