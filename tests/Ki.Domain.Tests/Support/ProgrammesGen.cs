namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for funding line versions and grant requests.</summary>
internal static class ProgrammesGen
{
    private static readonly SourceReference TestSource = new("test", Confidence.Verified);

    /// <summary>Non-negative amounts up to 10 million euros, in cents.</summary>
    public static Gen<Euro> Amounts { get; } = Gen.OneOf(
        Gen.Choose(0, 1_000_000_000).Select(c => Euro.FromCents(c)),
        Gen.Choose(0, 10_000).Select(c => Euro.FromCents(c)),
        Gen.Elements(Euro.Zero, Euro.FromCents(1), Euro.FromEuros(5_000), Euro.FromCents(499_999)));

    /// <summary>Rates in (0, 1] with up to four decimals.</summary>
    public static Gen<decimal> Rates { get; } = Gen.Choose(1, 10_000).Select(n => n / 10_000m);

    /// <summary>Any rounding mode.</summary>
    public static Gen<RoundingMode> Roundings { get; } = Gen.Elements(
        RoundingMode.Commercial, RoundingMode.HalfToEven, RoundingMode.TowardZero, RoundingMode.Floor, RoundingMode.Ceiling);

    /// <summary>Valid versions of every financing type, with or without cap and minimum grant.</summary>
    public static Gen<FundingLineVersion> Versions { get; } =
        from type in Gen.Elements(FinancingType.Share, FinancingType.Deficit, FinancingType.FixedAmount, FinancingType.Full)
        from rate in Rates
        from cap in Gen.OneOf(Gen.Constant<Euro?>(null), Amounts.Where(a => a.IsPositive).Select(a => (Euro?)a))
        from minimum in Gen.OneOf(Gen.Constant<Euro?>(null), Gen.Choose(0, 1_000_000).Select(c => (Euro?)Euro.FromCents(c)))
        from unitCents in Gen.Choose(1, 10_000_000)
        from maxUnits in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(1, 10).Select(n => (decimal?)n))
        select Build(type, rate, cap, minimum is { } m && cap is { } c && m > c ? c : minimum, Euro.FromCents(unitCents), maxUnits);

    /// <summary>Requests with costs, own and third-party funds and a unit count for the unit <c>unit</c>.</summary>
    public static Gen<GrantRequest> Requests { get; } =
        from costs in Amounts
        from own in Amounts
        from third in Amounts
        from units in Gen.Choose(0, 200).Select(n => n / 10m)
        select new GrantRequest(costs) { OwnContribution = own, ThirdPartyFunds = third, Units = new Dictionary<string, decimal> { ["unit"] = units }.ToImmutableDictionary() };

    private static FundingLineVersion Build(FinancingType type, decimal rate, Euro? cap, Euro? minimum, Euro perUnit, decimal? maxUnits) =>
        new(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), new Figure<FinancingType>(type, TestSource))
        {
            ValiditySource = TestSource,
            Rate = type == FinancingType.Share ? new Figure<decimal>(rate, TestSource) : null,
            Cap = cap is { } c ? new Figure<Euro>(c, TestSource) : null,
            MinimumGrant = minimum is { } m ? new Figure<Euro>(m, TestSource) : null,
            UnitAmounts =
            [
                new UnitAmount("unit", new LocalizedText("Einheit", "unit"), new Figure<Euro>(perUnit, TestSource))
                {
                    MaxUnits = maxUnits is { } n ? new Figure<decimal>(n, TestSource) : null,
                },
            ],
        };
}
