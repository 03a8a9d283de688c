namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for allocations and apportionments.</summary>
internal static class AllocationGen
{
    /// <summary>A weight: mostly small, sometimes zero, sometimes large.</summary>
    public static Gen<long> Weight { get; } = Gen.Frequency(
        (6, Gen.Choose(1, 1000).Select(i => (long)i)),
        (2, Gen.Constant(0L)),
        (2, Gen.Choose(1, int.MaxValue).Select(i => (long)i * 1_000_003)),
        (1, Gen.Elements(7L, 7L, 7L, 49L)));

    /// <summary>1 to 40 weights, at least one positive.</summary>
    public static Gen<long[]> Weights { get; } = Gen.Choose(1, 40)
        .SelectMany(n => Gen.ArrayOf(Weight, n))
        .Where(w => w.Any(x => x > 0));

    /// <summary>A budget in cents, small or large.</summary>
    public static Gen<long> BudgetCents { get; } = Gen.Frequency(
        (5, Gen.Choose(0, 10_000_000).Select(i => (long)i)),
        (2, Gen.Choose(0, 100).Select(i => (long)i)),
        (1, Gen.Choose(0, int.MaxValue).Select(i => (long)i * 997_001)));

    /// <summary>A permutation of 0..n-1.</summary>
    public static Gen<int[]> Permutation(int n) =>
        Gen.ArrayOf(Gen.Choose(0, int.MaxValue), n).Select(keys => Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray());

    /// <summary>Recipients with ids r00, r01 ... from weights.</summary>
    public static AllocationRecipient[] Recipients(long[] weights) =>
        [.. weights.Select((w, i) => new AllocationRecipient($"r{i:D2}", w))];

    /// <summary>An optional bound in whole euros.</summary>
    private static Gen<Euro?> Bound(int max) => Gen.Frequency(
        (3, Gen.Constant<Euro?>(null)),
        (2, Gen.Choose(0, max).Select(e => (Euro?)Euro.FromEuros(e))));

    /// <summary>A bounded request in whole euros: weights, per-recipient base/floor/cap/demand, floors within the budget.</summary>
    public static Gen<AllocationRequest> BoundedRequest { get; } =
        from weights in Weights
        from budget in Gen.Choose(0, 20_000)
        from bounds in Gen.ArrayOf(Gen.Zip(Gen.Zip(Bound(300), Bound(400)), Gen.Zip(Bound(900), Bound(900))).Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2)), weights.Length)
        select Build(weights, budget, bounds);

    private static AllocationRequest Build(long[] weights, int budget, (Euro?, Euro?, Euro?, Euro?)[] bounds)
    {
        var recipients = new AllocationRecipient[weights.Length];
        long committed = 0;
        long limit = budget * 100L;
        for (int i = 0; i < weights.Length; i++)
        {
            (Euro? b, Euro? floor, Euro? cap, Euro? demand) = bounds[i];
            long upper = Math.Min(cap?.Cents ?? long.MaxValue, demand?.Cents ?? long.MaxValue);
            if (floor is { } f && (f.Cents > upper || committed + f.Cents > limit))
            {
                floor = null;
            }

            long low = floor?.Cents ?? 0;
            if (b is { } bb && committed + Math.Clamp(bb.Cents, low, upper) > limit)
            {
                b = null;
            }

            committed += Math.Clamp(b?.Cents ?? 0, low, upper);
            recipients[i] = new AllocationRecipient($"r{i:D2}", weights[i] % 10_000)
                .WithBase(b).WithFloor(floor).WithCap(cap).WithDemand(demand);
        }

        if (recipients.All(r => r.Weight == 0))
        {
            recipients[0] = recipients[0].WithWeight(1);
        }

        return AllocationRequest.Of(Euro.FromEuros(budget), recipients).WithUnit(Euro.FromEuros(1));
    }
}
