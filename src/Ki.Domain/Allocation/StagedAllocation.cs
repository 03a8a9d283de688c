using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// A pass-through in stages (Weiterleitung): a budget split over first recipients (districts), and the amount of
/// each first recipient that passes money on split again over its own recipients (municipalities, initiatives), to
/// any depth.
/// </summary>
/// <remarks>
/// <para>
/// Every stage is an ordinary <see cref="Allocator.Allocate(AllocationRequest)"/> whose budget is the amount the
/// line above received, so the totals reconcile at every level: a stage's lines plus its unallocated rest equal the
/// amount passed to it, and <see cref="FinalLines"/> plus <see cref="TotalUnallocated"/> equal the top budget.
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class StagedAllocation
{
    private StagedAllocation(AllocationResult result, ImmutableDictionary<string, StagedAllocation> stages)
    {
        Result = result;
        Stages = stages;
    }

    /// <summary>This stage's result.</summary>
    public AllocationResult Result { get; }

    /// <summary>The next stages, by the id of the line of <see cref="Result"/> that passed its amount on.</summary>
    public ImmutableDictionary<string, StagedAllocation> Stages { get; }

    /// <summary>The lines that are not passed on further (the final recipients), depth first in line order.</summary>
    public ImmutableArray<AllocationLine> FinalLines =>
        [.. Result.Lines.SelectMany(l => Stages.TryGetValue(l.Id, out StagedAllocation? next) ? next.FinalLines : [l])];

    /// <summary>The unallocated rests of this stage and every stage below.</summary>
    public Euro TotalUnallocated => Result.Unallocated + Euro.Sum(Stages.Values.Select(s => s.TotalUnallocated));

    /// <summary>Allocates <paramref name="top"/>, then passes each line's amount on by the request given for its id.</summary>
    /// <param name="top">The first stage.</param>
    /// <param name="nextStages">By recipient id, the request that splits that recipient's amount further; its own
    /// budget is replaced by the amount the recipient received. Looked up again for the recipients of every stage.</param>
    /// <returns>The tree of results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="top"/> or <paramref name="nextStages"/> is null.</exception>
    /// <exception cref="ArgumentException">A recipient passes money on to itself through the stages (a cycle), or a
    /// stage cannot be allocated (see <see cref="Allocator.Allocate(AllocationRequest)"/>).</exception>
    /// <exception cref="OverflowException">A weight cannot be scaled to a 64-bit integer.</exception>
    public static StagedAllocation Allocate(AllocationRequest top, IReadOnlyDictionary<string, AllocationRequest> nextStages)
    {
        Preconditions.CheckNotNull(top);
        Preconditions.CheckNotNull(nextStages);
        return Allocate(top, nextStages, ImmutableHashSet.Create<string>(StringComparer.Ordinal));
    }

    private static StagedAllocation Allocate(AllocationRequest request, IReadOnlyDictionary<string, AllocationRequest> nextStages, ImmutableHashSet<string> path)
    {
        AllocationResult result = Allocator.Allocate(request);
        var stages = ImmutableDictionary.CreateBuilder<string, StagedAllocation>(StringComparer.Ordinal);
        foreach (AllocationLine line in result.Lines)
        {
            if (nextStages.TryGetValue(line.Id, out AllocationRequest? next))
            {
                Preconditions.CheckArgument(!path.Contains(line.Id), nameof(nextStages), $"The recipient '{line.Id}' passes money on to itself through the stages.");
                stages[line.Id] = Allocate(next.WithBudget(line.Amount), nextStages, path.Add(line.Id));
            }
        }

        return new StagedAllocation(result, stages.ToImmutable());
    }
}
