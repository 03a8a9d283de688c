namespace Ki.Domain.Tests.Eligibility;

/// <summary>
/// A criterion's test as data gives the same answer over a column, four values at a time, as for each value alone:
/// the law that lets screening run the criteria's own tests over many applications at once.
/// </summary>
public sealed class FactTestTests
{
    private static readonly long[] Edges =
    [
        long.MinValue, long.MinValue + 1, -1, 0, 1, 2, 499_999, 500_000, 500_001, 5_974_000, 5_974_999, 5_975_000, long.MaxValue - 1, long.MaxValue,
    ];

    private static Gen<long> Values { get; } = Gen.OneOf(
        Gen.Elements(Edges),
        Gen.Choose(-1_000, 1_000).Select(v => (long)v),
        Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => unchecked(((long)p.Item1 << 32) | (uint)p.Item2)));

    private static Gen<FactColumn> Columns { get; } = Gen.Elements(Enum.GetValues<FactColumn>());

    /// <summary>
    /// A range from two values: mostly in order, sometimes the wrong way round (empty: nothing passes), and wide ones
    /// whose high − low does not fit a long (the batch compares through that difference, wrapped).
    /// </summary>
    private static Gen<(long Low, long High)> Ranges { get; } = Gen.OneOf(
        Values.Two().Select(b => (Math.Min(b.Item1, b.Item2), Math.Max(b.Item1, b.Item2))),
        Values.Two().Select(b => (Math.Max(b.Item1, b.Item2), Math.Min(b.Item1, b.Item2))),
        Values.Two().Select(b => (-Math.Abs(b.Item1 / 2) - (long.MaxValue / 2), Math.Abs(b.Item2 / 2) + (long.MaxValue / 2))));

    private static Gen<FactTest> Tests { get; } = Gen.OneOf(
        from column in Columns
        from range in Ranges
        select FactTest.Between(column, range.Low, range.High),
        from column in Columns
        from mask in Values
        select FactTest.AnyBit(column, mask),
        from column in Columns
        from ranges in Ranges.ArrayOf().Select(a => a.Take(5).ToArray())
        select FactTest.InAnyRange(column, [.. ranges.Select(r => r.Low)], [.. ranges.Select(r => r.High)]),
        Gen.Constant(FactTest.Always));

    [Property(MaxTest = 500)]
    public Property Run_OverAColumn_SetsTheBitsEachValueGivesAlone()
    {
        Gen<(FactTest Test, long[] Column)> cases =
            from test in Tests
            from quads in Gen.Choose(0, 64)
            from values in Values.ArrayOf(quads * 4)
            select (test, values);

        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            (FactTest test, long[] column) = c;
            int words = (column.Length + 63) / 64;
            var pass = new ulong[words];
            var fail = new ulong[words];
            test.Run(column, pass, fail);
            int passed = 0;
            for (int i = 0; i < column.Length; i++)
            {
                bool known = test.IsAlways || !FactColumns.CanBeUnknown(test.Column) || column[i] != FactColumns.Unknown;
                bool passes = test.IsAlways || test.Passes(column[i]);
                bool passBit = ((pass[i / 64] >> (i % 64)) & 1) != 0;
                bool failBit = ((fail[i / 64] >> (i % 64)) & 1) != 0;
                if (passBit != (known && passes) || failBit != (known && !passes))
                {
                    return false.Label($"value {i} = {column[i]}: pass bit {passBit}, fail bit {failBit}, known {known}, passes {passes}");
                }

                passed += passBit ? 1 : 0;
            }

            int past = column.Length % 64;
            if (past != 0 && ((pass[words - 1] | fail[words - 1]) >> past) != 0)
            {
                return false.Label("bits are set past the column's end");
            }

            return true.Classify(passed > 0 && passed < column.Length, "column with passes and fails");
        });
    }

    [Fact]
    public void Between_TheUnknownValueOfAFactThatCanBeMissing_NeitherPassesNorFails()
    {
        FactTest test = FactTest.Between(FactColumn.SubmittedTicks, long.MinValue, long.MaxValue);
        long[] column = [FactColumns.Unknown, 0, FactColumns.Unknown, long.MinValue + 1];
        (ulong pass, ulong fail) = RunOnce(test, column);

        Assert.Equal((0b1010UL, 0UL), (pass, fail));
    }

    [Fact]
    public void Between_TheSmallestAmountOfAFactAlwaysStated_IsAValueNotAMissingFact()
    {
        // Euro.MinValue is long.MinValue cents: for the requested amount it is an amount, and a range from it passes.
        FactTest test = FactTest.Between(FactColumn.RequestedCents, long.MinValue, 0);
        long[] column = [long.MinValue, 1, 0, long.MaxValue];
        (ulong pass, ulong fail) = RunOnce(test, column);

        Assert.Equal((0b0101UL, 0b1010UL), (pass, fail));
    }

    [Fact]
    public void Between_AnEmptyRange_PassesNoValueAndFailsEveryKnownOne()
    {
        FactTest test = FactTest.Between(FactColumn.RequestedCents, 10, 9);
        long[] column = [9, 10, long.MinValue, long.MaxValue];
        (ulong pass, ulong fail) = RunOnce(test, column);

        Assert.Equal((0UL, 0b1111UL), (pass, fail));
        Assert.All(column, v => Assert.False(test.Passes(v)));
    }

    [Fact]
    public void Between_ARangeWiderThanHalfOfAllLongs_PassesItsEndsAndFailsJustOutside()
    {
        // high − low does not fit a long here; the batch compares through it wrapped, and must still hold the ends.
        FactTest test = FactTest.Between(FactColumn.RequestedCents, long.MinValue + 1, long.MaxValue - 1);
        long[] column = [long.MinValue, long.MinValue + 1, long.MaxValue - 1, long.MaxValue];
        (ulong pass, ulong fail) = RunOnce(test, column);

        Assert.Equal((0b0110UL, 0b1001UL), (pass, fail));
    }

    [Fact]
    public void InAnyRange_WithAnEmptyRangeBesideARealOne_PassesOnlyTheRealOne()
    {
        // The seat test's shape: district keys as ranges of municipality keys; an empty range must not pass anything.
        FactTest test = FactTest.InAnyRange(FactColumn.Seat, [5_974_999, 5_315_000], [5_974_000, 5_315_999]);
        long[] column = [5_974_000, 5_974_999, 5_315_000, 5_315_999, 5_316_000, FactColumns.Unknown, 0, 5_314_999];
        (ulong pass, ulong fail) = RunOnce(test, column);

        Assert.Equal((0b0000_1100UL, 0b1101_0011UL), (pass, fail));
    }

    /// <summary>Runs a test over a column of at most 64 values and returns its one word of pass and fail bits.</summary>
    private static (ulong Pass, ulong Fail) RunOnce(FactTest test, long[] column)
    {
        var pass = new ulong[1];
        var fail = new ulong[1];
        test.Run(column, pass, fail);
        return (pass[0], fail[0]);
    }
}
