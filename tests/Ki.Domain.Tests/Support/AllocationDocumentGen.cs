namespace Ki.Domain.Tests.Support;

/// <summary>
/// FsCheck generators for allocation documents: the bounded requests of <see cref="AllocationGen"/> with display
/// names, fractional weights, units and request-wide bounds, and apportionment inputs.
/// </summary>
internal static class AllocationDocumentGen
{
    /// <summary>Requests with every optional part present or absent (not all of them feasible to allocate).</summary>
    public static Gen<AllocationRequest> Requests { get; } =
        from request in AllocationGen.BoundedRequest
        from names in Gen.ArrayOf(Gen.Elements<string?>(null, "Soest", "Städteregion „Aachen“", "a\\b \"c\""), request.Recipients.Length)
        from scales in Gen.ArrayOf(Gen.Choose(0, 6), request.Recipients.Length)
        from unit in Gen.Elements(Euro.FromCents(1), Euro.FromEuros(1), Euro.FromCents(5))
        from bounds in Gen.ArrayOf(Gen.OneOf(Gen.Constant<Euro?>(null), Gen.Choose(0, 5_000).Select(c => (Euro?)Euro.FromCents(c))), 3)
        select AllocationRequest.Of(
                request.Budget,
                request.Recipients.Select((r, i) => (names[i] is { } n ? r.WithName(n) : r).WithWeight(new decimal((int)(r.Weight * 7), 0, 0, false, (byte)scales[i]))))
            .WithUnit(unit)
            .WithBase(bounds[0])
            .WithFloor(bounds[1])
            .WithCap(bounds[2]);

    /// <summary>Apportionments by every method, with fractional units and ties.</summary>
    public static Gen<ApportionmentResult> Apportionments { get; } =
        from weights in AllocationGen.Weights
        from method in Gen.Elements(ApportionmentMethod.HareNiemeyer, ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague)
        from seats in Gen.Choose(0, 60)
        from unit in Gen.Elements(1m, 0.5m, 0.25m)
        select Apportioner.Apportion(method, seats * unit, AllocationGen.Recipients(weights.Select(w => w % 50).ToArray()), unit);
}
