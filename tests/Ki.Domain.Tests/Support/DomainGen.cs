namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for the domain's value types.</summary>
internal static class DomainGen
{
    /// <summary>Any cent value, small ones and ones near the limits of <see cref="long"/> alike.</summary>
    public static Gen<long> Cents { get; } = Gen.OneOf(
        Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i),
        Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(t => ((long)t.Item1 << 31) | (long)t.Item2),
        Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L, 1L, 99L, 100L, 101L));

    /// <summary>Any euro amount.</summary>
    public static Gen<Euro> Euros { get; } = Cents.Select(Euro.FromCents);

    /// <summary>Amounts whose magnitude is below 2^61 cents, so that sums of two never overflow.</summary>
    public static Gen<Euro> SafeEuros { get; } = Cents.Select(c => Euro.FromCents(c / 4));
}
