using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>What all and any share: checking, evaluating every part, writing and compiling the parts.</summary>
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

    /// <summary>Evaluates every part, never stopping early, and counts passes and failures.</summary>
    public static ImmutableArray<CriterionResult> EvaluateAll(ImmutableArray<Criterion> parts, EvaluationContext context, out int passed, out int failed)
    {
        var results = new CriterionResult[parts.Length];
        passed = 0;
        failed = 0;
        for (int i = 0; i < results.Length; i++)
        {
            CriterionResult result = parts[i].Evaluate(context);
            results[i] = result;
            if (result.Outcome == CriterionOutcome.Pass)
            {
                passed++;
            }
            else if (result.Outcome == CriterionOutcome.Fail)
            {
                failed++;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    public static LocalizedText Counted(CriterionResult result) => new(
        string.Create(CultureInfo.InvariantCulture, $"{result.A} von {result.B} erfüllt"),
        string.Create(CultureInfo.InvariantCulture, $"{result.A} of {result.B} met"));

    public static void Compile(PlanCompiler compiler, ImmutableArray<Criterion> parts, PlanOpKind kind)
    {
        foreach (Criterion part in parts)
        {
            part.Compile(compiler);
        }

        compiler.Add(new PlanOp(kind, count: parts.Length));
    }
}
