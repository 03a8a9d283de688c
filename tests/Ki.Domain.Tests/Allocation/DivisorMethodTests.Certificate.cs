namespace Ki.Domain.Tests.Allocation;

/// <summary>
/// The divisor methods over the whole valid range of weights (0 to 2^63 - 1) and seats, checked against the exact
/// certificate of a divisor method: every entry <c>v/d(j)</c> given is at least every entry refused.
/// </summary>
public sealed class DivisorMethodCertificateTests
{
    /// <summary>A weight anywhere in 0..2^63-1, spread over all magnitudes (a random bit length, then random bits).</summary>
    private static readonly Gen<long> AnyWeight = Gen.Frequency(
        (1, Gen.Constant(0L)),
        (1, Gen.Elements(1L, long.MaxValue, long.MaxValue - 1, 3_000_000_000_000_000_000L, (1L << 62) - 1, 1L << 62)),
        (8, Gen.Zip(Gen.Choose(1, 63), Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue)))
            .Select(t => (long)(((unchecked((ulong)(uint)t.Item2.Item1) << 32) | unchecked((uint)t.Item2.Item2)) >> (64 - t.Item1)))));

    private static readonly Gen<long> AnySeats = Gen.Frequency(
        (4, Gen.Choose(0, 200).Select(i => (long)i)),
        (2, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
        (1, Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, int.MaxValue)).Select(t => ((long)t.Item1 << 31) | (uint)t.Item2)),
        (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, 1L << 62, (1L << 62) + 1, (1L << 61) + 3)));

    /// <summary>The table entry <c>v / d(j)</c> with doubled divisor <c>2j + offset</c>, compared exactly in 128 bits (and more).</summary>
    private static int CompareExact(long va, long ja, long vb, long jb, long offset)
    {
        // v ≤ 2^63 and 2j + offset ≤ 2^64 + 1: the products fit in 128 bits.
        UInt128 left = (UInt128)(ulong)va * (((UInt128)(ulong)jb * 2) + (ulong)offset);
        UInt128 right = (UInt128)(ulong)vb * (((UInt128)(ulong)ja * 2) + (ulong)offset);
        return left.CompareTo(right);
    }

    /// <summary>Whether the seats are a divisor-method apportionment: they sum to the house and every given entry is at least every refused one.</summary>
    internal static string? Certificate(long seats, long[] weights, long[] result, long offset)
    {
        if (result.Any(s => s < 0))
        {
            return "a negative seat count";
        }

        if (result.Aggregate(Int128.Zero, (sum, s) => sum + s) != seats)
        {
            return "the seats do not add up to the house";
        }

        int lastIn = -1;
        int firstOut = -1;
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] == 0)
            {
                if (result[i] != 0)
                {
                    return $"weight 0 at {i} got {result[i]} seats";
                }

                continue;
            }

            if (result[i] > 0 && (lastIn < 0 || CompareExact(weights[i], result[i] - 1, weights[lastIn], result[lastIn] - 1, offset) < 0))
            {
                lastIn = i;
            }

            if (firstOut < 0 || CompareExact(weights[i], result[i], weights[firstOut], result[firstOut], offset) > 0)
            {
                firstOut = i;
            }
        }

        return lastIn >= 0 && firstOut >= 0 && CompareExact(weights[lastIn], result[lastIn] - 1, weights[firstOut], result[firstOut], offset) < 0
            ? $"the entry given to {lastIn} is below the entry refused to {firstOut}"
            : null;
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    public void Apportion_3e18And1_GivesTheSeatsTheCertificateAccepts(ApportionmentMethod method)
    {
        // Issue 11, reproduction 3: "Arithmetic operation resulted in an overflow" before the fix.
        long[] weights = [3_000_000_000_000_000_000, 1];
        long[] result = new long[2];
        Apportioner.Apportion(method, 10, weights, result);
        Assert.Equal([10L, 0L], result);
        Assert.Null(Certificate(10, weights, result, method == ApportionmentMethod.SainteLague ? 1 : 2));
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    public void Apportion_AllSeatsALongCanHold_GivesTheSeatsTheCertificateAccepts(ApportionmentMethod method)
    {
        long[] weights = [long.MaxValue, 1, 0, 5];
        long[] result = new long[4];
        Apportioner.Apportion(method, long.MaxValue, weights, result);
        Assert.Null(Certificate(long.MaxValue, weights, result, method == ApportionmentMethod.SainteLague ? 1 : 2));
    }

    [Fact]
    public void Apportion_DHondt100000SeatsOnLargeShares_IsAccepted()
    {
        // The 14 Soest key shares of the issue, as scaled integer weights of 18 digits.
        long[] weights = [.. Enumerable.Range(0, 14).Select(i => 71_428_571_428_571_428L + (i * 1_000_000_000_000_007L))];
        long[] result = new long[weights.Length];
        Apportioner.Apportion(ApportionmentMethod.DHondt, 100_000, weights, result);
        Assert.Null(Certificate(100_000, weights, result, 2));
    }

    [Fact]
    public void Property_DivisorMethods_OverTheWholeWeightRange_PassTheExactCertificate()
    {
        Gen<(ApportionmentMethod, long, long[])> gen =
            from method in Gen.Elements(ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague)
            from seats in AnySeats
            from n in Gen.Choose(1, 12)
            from weights in Gen.ArrayOf(AnyWeight, n).Where(w => w.Any(x => x > 0))
            select (method, seats, weights);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (ApportionmentMethod method, long seats, long[] weights) = t;
            long[] result = new long[weights.Length];
            Apportioner.Apportion(method, seats, weights, result);
            string? broken = Certificate(seats, weights, result, method == ApportionmentMethod.SainteLague ? 1 : 2);
            return (broken is null).Label($"{method} {seats} seats over [{string.Join(", ", weights)}]: {broken}");
        }), maxTest: 2000);
    }
}
