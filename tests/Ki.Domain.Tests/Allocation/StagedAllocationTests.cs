namespace Ki.Domain.Tests.Allocation;

public sealed class StagedAllocationTests
{
    [Property]
    public Property Allocate_BudgetToDistrictsToMunicipalities_ReconcilesAtEveryLevel()
    {
        Gen<(long, long[], long[], long[])> gen =
            from budget in AllocationGen.BudgetCents
            from districts in Gen.Choose(2, 5).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 1000).Select(x => (long)x), n))
            from first in AllocationGen.Weights
            from second in AllocationGen.Weights
            select (budget, districts, first, second);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            AllocationRequest top = AllocationRequest.Of(Euro.FromCents(t.Item1), AllocationGen.Recipients(t.Item2));
            var next = new Dictionary<string, AllocationRequest>
            {
                ["r00"] = AllocationRequest.Of(Euro.Zero, t.Item3.Select((w, i) => new AllocationRecipient($"m{i}", w))),
                ["r01"] = AllocationRequest.Of(Euro.Zero, t.Item4.Select((w, i) => new AllocationRecipient($"i{i}", w)))
                    .WithCap(Euro.FromCents(Math.Max(1, t.Item1 / 10))),
            };
            StagedAllocation staged = StagedAllocation.Allocate(top, next);

            bool levels = staged.Stages.All(s =>
                s.Value.Result.Budget == staged.Result.Lines.Single(l => l.Id == s.Key).Amount
                && s.Value.Result.Allocated + s.Value.Result.Unallocated == s.Value.Result.Budget);
            return levels
                && Euro.Sum(staged.FinalLines.Select(l => l.Amount)) + staged.TotalUnallocated == top.Budget
                && staged.FinalLines.Length == t.Item2.Length - 2 + t.Item3.Length + t.Item4.Length;
        });
    }

    [Fact]
    public void Allocate_KreisSoestThenInitiatives_PassesSoestsAmountOn()
    {
        AllocationRequest kreis = AllocationRequest.Of(Euro.FromEuros(131_000), AllocatorTests.KreisSoest());
        AllocationRequest soest = AllocationRequest.Of(Euro.Zero,
            [new AllocationRecipient("verein-a", 2m), new AllocationRecipient("verein-b", 1m)]).WithUnit(Euro.FromEuros(1));

        StagedAllocation staged = StagedAllocation.Allocate(kreis, new Dictionary<string, AllocationRequest> { ["05974040"] = soest });

        AllocationResult second = staged.Stages["05974040"].Result;
        Assert.Equal(Euro.Parse("20625.06", null), second.Budget);
        Assert.Equal(["13750.00", "6875.00"], second.Lines.Select(l => l.Amount.ToString()));
        Assert.Equal(Euro.Parse("0.06", null), second.Unallocated);
        Assert.Equal(Euro.Parse("0.06", null), staged.TotalUnallocated);
    }

    [Fact]
    public void Allocate_Cycle_Throws()
    {
        AllocationRequest a = AllocationRequest.Of(Euro.FromEuros(10), [new AllocationRecipient("x", 1m)]);
        Assert.Throws<ArgumentException>(() => StagedAllocation.Allocate(a, new Dictionary<string, AllocationRequest> { ["x"] = a }));
    }
}
