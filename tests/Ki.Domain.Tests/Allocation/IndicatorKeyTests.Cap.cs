namespace Ki.Domain.Tests.Allocation;

/// <summary>Key caps: no share above its cap, shares add up to the key's total, an infeasible cap refused.</summary>
public sealed class IndicatorKeyCapTests
{
    private static KeyInput Input(string id, decimal population, decimal area) =>
        new(id, new Dictionary<string, decimal> { ["population"] = population, ["area"] = area });

    [Fact]
    public void Apply_CapsAddingUpToLessThanTheKey_IsRefusedNotReturnedAboveTheCaps()
    {
        // Issue 11, reproduction 4: 0.3 and 0.7 came back flagged "capped" with caps 0.125 and 0.375.
        IndicatorKey key = IndicatorKey.Parse("population:0.9,area:0.1").WithCap("population", 0.5m);
        var e = Assert.Throws<ArgumentException>(() => key.Apply([Input("a", 1, 7), Input("b", 3, 1)]));
        Assert.Contains("infeasible", e.Message, StringComparison.Ordinal);
        Assert.Contains("at least 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_CapExactlyAtTheKeysTotal_GivesEveryShareItsCap()
    {
        // Multiple 1 on a key whose factors add up to 1: the caps are the population shares and add up to 1.
        KeyShares shares = IndicatorKey.Parse("population:0.9,area:0.1").WithCap("population", 1m).Apply([Input("a", 1, 7), Input("b", 3, 1)]);
        Assert.Equal([0.25m, 0.75m], shares.Shares.Select(s => s.Share));
    }

    [Fact]
    public void Apply_OnlyZeroKeysLeftBelowTheirCaps_IsRefused()
    {
        // b has no population and no area: key 0, cap 0. a is capped at 0.5 of a total of 1; nobody can take the rest.
        IndicatorKey key = IndicatorKey.Parse("population:0.5,area:0.5").WithCap("population", 0.5m);
        Assert.Throws<ArgumentException>(() => key.Apply([Input("a", 1, 1), Input("b", 0, 0), Input("c", 1, 0)]));
    }

    [Fact]
    public void Property_Cap_NoShareAboveItsCap_SharesAddUpToOne_OrRefusedWhenInfeasible()
    {
        Gen<(decimal[] Population, decimal[] Area, decimal Factor, decimal Multiple)> gen =
            from n in Gen.Choose(1, 12)
            from population in Gen.ArrayOf(Gen.Choose(0, 100_000).Select(i => (decimal)i), n)
            from area in Gen.ArrayOf(Gen.Choose(0, 50_000).Select(i => i / 100m), n)
            from factor in Gen.Choose(0, 99).Select(i => i / 100m)
            from multiple in Gen.Choose(50, 300).Select(i => i / 100m)
            where population.Sum() > 0 && area.Sum() > 0
            select (population, area, factor, multiple);
        int feasible = 0;
        int capped = 0;
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var components = new List<KeyComponent> { new("population", 1 - t.Factor) };
            if (t.Factor > 0)
            {
                components.Add(new KeyComponent("area", t.Factor));
            }

            IndicatorKey key = IndicatorKey.Of(components).WithCap("population", t.Multiple);
            KeyInput[] inputs = [.. t.Population.Select((p, i) => Input($"r{i}", p, t.Area[i]))];
            decimal keyTotal = components.Sum(c => c.Factor);
            decimal popTotal = t.Population.Sum();
            decimal[] caps = [.. t.Population.Select(p => t.Multiple * p / popTotal)];
            KeyShares shares;
            try
            {
                shares = key.Apply(inputs);
            }
            catch (ArgumentException)
            {
                // Refused: only when the caps cannot add up to the total, or only zero keys are left below them.
                return (t.Multiple < keyTotal || ZeroKeysLeft(t.Population, t.Area, t.Factor)).Label("refused a feasible cap");
            }

            feasible++;
            capped += shares.Shares.Count(s => s.IsCapped);
            decimal tolerance = 1e-14m * inputs.Length;
            bool withinCaps = shares.Shares.Select((s, i) => s.Share <= caps[i] + tolerance).All(x => x);
            bool cappedAtCap = shares.Shares.Select((s, i) => !s.IsCapped || Math.Abs(s.Share - caps[i]) <= tolerance).All(x => x);
            bool sumsToTotal = Math.Abs(shares.Shares.Sum(s => s.Share) - keyTotal) <= tolerance;
            return (t.Multiple >= keyTotal).Label("accepted an infeasible cap")
                .And(withinCaps.Label("a share above its cap"))
                .And(cappedAtCap.Label("a share flagged capped below its cap"))
                .And(sumsToTotal.Label("the shares do not add up to the key's total"));
        }), maxTest: 400);
        Assert.True(feasible > 100, $"only {feasible} feasible cases");
        Assert.True(capped > 50, $"only {capped} capped shares");
    }

    private static bool ZeroKeysLeft(decimal[] population, decimal[] area, decimal factor) =>
        population.Select((p, i) => p == 0 && (factor == 0 || area[i] == 0)).Any(x => x);
}
