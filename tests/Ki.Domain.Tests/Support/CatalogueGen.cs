namespace Ki.Domain.Tests.Support;

/// <summary>
/// FsCheck generators for the whole Programmes model: versions with every optional figure present or absent,
/// lines, programmes, funding mixes, catalogues, grant requests. Values need not make sense together (the JSON must
/// carry whatever the model can hold), but each passes its constructor's checks.
/// </summary>
internal static class CatalogueGen
{
    /// <summary>Texts, including umlauts, quotes, control-free Unicode and the empty string.</summary>
    public static Gen<string> Texts { get; } = Gen.Elements("", "KOMM-AN NRW", "Förderlinie „Ankommen“", "quote \" and \\ backslash", "日本", "a\u00A0b", "<tag> & ampersand");

    /// <summary>Texts that are not blank.</summary>
    public static Gen<string> Words { get; } = Texts.Where(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>Identifiers without white space.</summary>
    public static Gen<string> Ids { get; } = Gen.Elements("komm-an", "komm-an-3", "ki-2023-staff", "x", "ÄÖÜ_1");

    /// <summary>German and English texts.</summary>
    public static Gen<LocalizedText> LocalizedTexts { get; } = Gen.Zip(Texts, Texts).Select(t => new LocalizedText(t.Item1, t.Item2));

    /// <summary>Sources of every confidence, with or without a note, and the default (no source).</summary>
    public static Gen<SourceReference> Sources { get; } = Gen.OneOf(
        Gen.Constant(default(SourceReference)),
        from citation in Words
        from confidence in Gen.Elements(Confidence.Verified, Confidence.Secondary, Confidence.Uncertain, Confidence.Derived)
        from note in Gen.OneOf(Gen.Constant<string?>(null), Texts.Select(t => (string?)t))
        select new SourceReference(citation, confidence, note));

    /// <summary>Amounts from zero to large, and negative ones (the model holds them; the validator reports them).</summary>
    public static Gen<Euro> Amounts { get; } = Gen.OneOf(DomainGen.Cents.Select(c => Euro.FromCents(c / 1000)), Gen.Elements(Euro.Zero, Euro.FromCents(1), Euro.FromCents(-1)));

    /// <summary>Decimals with different scales: 0.9, 0.90, 6, 12.5, -1.</summary>
    public static Gen<decimal> Decimals { get; } = Gen.OneOf(
        Gen.Zip(Gen.Choose(-100_000, 100_000), Gen.Choose(0, 6)).Select(t => new decimal(Math.Abs(t.Item1), 0, 0, t.Item1 < 0, (byte)t.Item2)),
        Gen.Elements(0.9m, 0.90m, 1m, 0m, 79228162514264337593543950335m, 0.0000000001m));

    /// <summary>Dates across the ISO range.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.OneOf(
        Gen.Choose(-200_000, 200_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d)),
        Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2016, 2, 29)));

    /// <summary>Days of the year, 29 February included.</summary>
    public static Gen<AnnualDate> AnnualDates { get; } =
        Gen.Choose(0, 365).Select(d => new LocalDate(2016, 1, 1).PlusDays(d)).Select(d => new AnnualDate(d.Month, d.Day));

    // Declared before their users: static initialisers run in text order.
    private static Gen<SourceReference> CitedSources { get; } = Sources.Where(s => !s.IsDefault);

    private static Gen<LocalizedText> NamedTexts { get; } = Gen.Zip(Words, Words).Select(t => new LocalizedText(t.Item1, t.Item2));

    private static Gen<ProgrammeFunding> Fundings { get; } =
        from funder in NamedTexts
        from purpose in NamedTexts
        from source in CitedSources
        from kind in Gen.OneOf(Gen.Constant<FundingSource?>(null), Gen.Elements(Enum.GetValues<FundingSource>()).Select(k => (FundingSource?)k))
        from period in Gen.OneOf(Gen.Constant<DateInterval?>(null), Gen.Zip(Dates, Dates).Select(t => (DateInterval?)(t.Item1 <= t.Item2 ? new DateInterval(t.Item1, t.Item2) : new DateInterval(t.Item2, t.Item1))))
        from periodSource in Sources
        from line in Gen.OneOf(Gen.Constant<string?>(null), Ids.Select(i => (string?)i))
        from amount in Maybe(Figure(Amounts))
        select new ProgrammeFunding(funder, purpose, source) { Kind = kind, Period = period, PeriodSource = periodSource, FundingLineId = line, Amount = amount };

    // A version without its validity, so that a programme can lay its versions out without overlaps.
    private static Gen<Func<DateInterval, KiProgrammeVersion>> KiVersionParts { get; } =
        from description in Gen.Zip(NamedTexts, CitedSources)
        from validitySource in Sources
        from groups in Gen.SubListOf(Enum.GetValues<TargetGroup>())
        from groupSources in Gen.ArrayOf(Sources, groups.Count)
        from stages in Gen.SubListOf(Enum.GetValues<EducationStage>())
        from stageSources in Gen.ArrayOf(Sources, stages.Count)
        from age in Maybe(Figure(Gen.Zip(Gen.Choose(0, 120), Gen.Choose(0, 120)).Select(t => new AgeRange(Math.Min(t.Item1, t.Item2), Math.Max(t.Item1, t.Item2)))))
        from languages in Maybe(Figure(LocalizedTexts))
        from responsibilities in Gen.ListOf(
            from role in Gen.Elements(Enum.GetValues<ProgrammeRole>())
            from party in NamedTexts
            from source in CitedSources
            select new ProgrammeResponsibility(role, party, source)).Select(r => r.Take(3))
        from funding in Gen.ListOf(Fundings).Select(f => f.Take(3))
        from notes in Gen.ListOf(Texts).Select(n => n.Take(2))
        select (Func<DateInterval, KiProgrammeVersion>)(validity => new KiProgrammeVersion(validity, new Figure<LocalizedText>(description.Item1, description.Item2))
        {
            ValiditySource = validitySource,
            TargetGroups = [.. groups.Select((g, i) => new Figure<TargetGroup>(g, groupSources[i]))],
            Stages = [.. stages.Select((g, i) => new Figure<EducationStage>(g, stageSources[i]))],
            AgeRange = age,
            Languages = languages,
            Responsibilities = [.. responsibilities],
            Funding = [.. funding],
            Notes = [.. notes],
        });
    private static Gen<LegalBasis> LegalBases { get; } =
        from title in Words
        from date in Dates
        from source in Sources.Where(s => !s.IsDefault)
        select new LegalBasis(title, date, source);

    private static Gen<UnitAmount> UnitAmounts { get; } =
        from id in Ids
        from name in LocalizedTexts
        from amount in Figure(Amounts)
        from role in Gen.Elements(UnitAmountRole.GrantPerUnit, UnitAmountRole.FlatEligibleCostPerUnit)
        from max in Maybe(Figure(Decimals))
        from byKind in Gen.SubListOf(Enum.GetValues<ApplicantKind>())
        from limits in Gen.ArrayOf(Figure(Decimals), byKind.Count)
        select new UnitAmount(id, name, amount, role)
        {
            MaxUnits = max,
            MaxUnitsByKind = byKind.Select((k, i) => (k, limits[i])).ToImmutableDictionary(x => x.k, x => x.Item2),
        };

    private static Gen<DistributionKey> DistributionKeys { get; } =
        from indicators in Gen.ListOf(
            from name in LocalizedTexts
            from weight in Figure(Decimals)
            from total in Maybe(Figure(Decimals))
            select (name, weight, total)).Select(l => l.Take(3))
        from floor in Maybe(Figure(Amounts))
        from method in Gen.OneOf(Gen.Constant<string?>(null), Texts.Select(t => (string?)t))
        from source in Sources
        select new DistributionKey(indicators.Select(t => new DistributionIndicator(t.Item1, t.Item2) { Total = t.Item3 }))
        {
            Floor = floor,
            Method = method,
            MethodSource = source,
        };

    /// <summary>
    /// Funding line versions with every optional part present or absent, made to follow the catalogue's rules (the
    /// reader refuses a version the <see cref="FundingLineVersionValidator"/> rejects): figures of any value are moved
    /// into their allowed ranges or left out.
    /// </summary>
    public static Gen<FundingLineVersion> Versions => AnyVersions.Select(Valid);

    private static readonly SourceReference RepairSource = new("repair", Confidence.Derived);

    private static FundingLineVersion Valid(FundingLineVersion v)
    {
        static T? Keep<T>(Figure<T>? figure, Func<T, bool> allowed)
            where T : struct => figure is { } f && allowed(f.Value) ? f.Value : null;

        Figure<decimal>? rate = Keep(v.Rate, r => r > 0m && r <= 1m) is { } r ? new Figure<decimal>(r, v.Rate!.Value.Source.IsDefault ? RepairSource : v.Rate!.Value.Source)
            : v.Financing.Value == FinancingType.Share ? new Figure<decimal>(0.9m, RepairSource) : null;
        Figure<Euro>? cap = Keep(v.Cap, c => c.IsPositive) is { } c ? new Figure<Euro>(c, v.Cap!.Value.Source.IsDefault ? RepairSource : v.Cap!.Value.Source) : null;
        Figure<Euro>? minimum = Keep(v.MinimumGrant, m => !m.IsNegative && (cap is null || m <= cap.Value.Value)) is { } m
            ? new Figure<Euro>(m, v.MinimumGrant!.Value.Source.IsDefault ? RepairSource : v.MinimumGrant!.Value.Source) : null;
        Figure<Euro>? budget = Keep(v.Budget, b => !b.IsNegative) is { } b ? new Figure<Euro>(b, v.Budget!.Value.Source.IsDefault ? RepairSource : v.Budget!.Value.Source) : null;
        ImmutableArray<UnitAmount> units = [.. v.UnitAmounts.Where(u => u.Amount.Value.IsPositive && (u.MaxUnits is null || u.MaxUnits.Value.Value > 0m) && u.MaxUnitsByKind.Values.All(l => l.Value > 0m))];
        AnnualPeriod? approval = v.ApprovalPeriod is { IsOrdered: true } a ? a : null;
        AnnualPeriod? delivery = v.DeliveryPeriod is { IsOrdered: true } d && (approval is null || Inside(approval.Value, d)) ? d : null;
        Figure<Euro>? fixedAmount = v.FixedAmount ?? (v.Financing.Value == FinancingType.FixedAmount && !units.Any(u => u.Role == UnitAmountRole.GrantPerUnit) && v.DistributionKey is null
            ? new Figure<Euro>(Euro.FromEuros(1_000), RepairSource) : null);
        return new FundingLineVersion(v.Validity, v.Financing)
        {
            ValiditySource = v.ValiditySource.IsDefault ? RepairSource : v.ValiditySource,
            Basis = v.Basis,
            Budget = budget,
            Rate = rate,
            Cap = cap,
            MinimumGrant = minimum,
            FixedAmount = fixedAmount,
            UnitAmounts = units,
            ApplicantKinds = v.ApplicantKinds,
            RequiresIntegrationCentre = v.RequiresIntegrationCentre,
            PassThroughAllowed = v.PassThroughAllowed,
            EarlyStartAllowed = v.EarlyStartAllowed,
            ApprovalAuthority = v.ApprovalAuthority,
            Deadline = v.Deadline,
            DeadlineSource = v.DeadlineSource.IsDefault && v.Deadline is not null ? RepairSource : v.DeadlineSource,
            ApprovalPeriod = approval,
            DeliveryPeriod = delivery,
            PeriodSource = v.PeriodSource.IsDefault && (approval is not null || delivery is not null) ? RepairSource : v.PeriodSource,
            DistributionKey = v.DistributionKey is { Method: not null, MethodSource.IsDefault: true } key
                ? new DistributionKey(key.Indicators) { Floor = key.Floor, Method = key.Method, MethodSource = RepairSource }
                : v.DistributionKey,
            Notes = v.Notes,
        };
    }

    private static bool Inside(AnnualPeriod approval, AnnualPeriod delivery) =>
        new FundingLineVersionValidator(System.Globalization.CultureInfo.InvariantCulture).Validate(
            new FundingLineVersion(new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1)), new Figure<FinancingType>(FinancingType.Full, RepairSource))
            {
                ApprovalPeriod = approval,
                DeliveryPeriod = delivery,
            }).IsValid;

    private static Gen<FundingLineVersion> AnyVersions { get; } =
        from validity in Gen.Zip(Dates, Dates).Select(t => t.Item1 <= t.Item2 ? new DateInterval(t.Item1, t.Item2) : new DateInterval(t.Item2, t.Item1))
        from financing in Figure(Gen.Elements(FinancingType.Share, FinancingType.Deficit, FinancingType.FixedAmount, FinancingType.Full))
        from sources in Gen.ArrayOf(Sources, 4)
        from basis in MaybeRef(LegalBases)
        from money in Gen.ArrayOf(Maybe(Figure(Amounts)), 4)
        from rate in Maybe(Figure(Decimals))
        from units in Gen.ListOf(UnitAmounts).Select(u => u.Take(3).DistinctBy(x => x.Id).ToImmutableArray())
        from kinds in Gen.SubListOf(Enum.GetValues<ApplicantKind>())
        from flags in Gen.ArrayOf(Gen.Elements(true, false), 3)
        from authority in Maybe(Figure(Gen.Elements(GovernmentRegion.All.Select(r => r.Key).ToArray())))
        from deadline in Gen.OneOf(Gen.Constant<ApplicationDeadline?>(null), Gen.Zip(AnnualDates, Gen.Choose(-5, 5)).Select(t => (ApplicationDeadline?)new ApplicationDeadline(t.Item1, t.Item2)))
        from periods in Gen.ArrayOf(Gen.OneOf(Gen.Constant<AnnualPeriod?>(null), Gen.Zip(AnnualDates, AnnualDates).Select(t => (AnnualPeriod?)new AnnualPeriod(t.Item1, t.Item2))), 2)
        from key in Gen.OneOf(Gen.Constant<DistributionKey?>(null), DistributionKeys.Select(k => (DistributionKey?)k))
        from notes in Gen.ListOf(Texts).Select(n => n.Take(3).ToImmutableArray())
        select new FundingLineVersion(validity, financing)
        {
            ValiditySource = sources[0],
            Basis = basis,
            Budget = money[0],
            Rate = rate,
            Cap = money[1],
            MinimumGrant = money[2],
            FixedAmount = money[3],
            UnitAmounts = units,
            ApplicantKinds = [.. kinds],
            RequiresIntegrationCentre = flags[0],
            PassThroughAllowed = flags[1],
            EarlyStartAllowed = flags[2],
            ApprovalAuthority = authority,
            Deadline = deadline,
            DeadlineSource = sources[1],
            ApprovalPeriod = periods[0],
            DeliveryPeriod = periods[1],
            PeriodSource = sources[2],
            DistributionKey = key,
            Notes = notes,
        };

    /// <summary>Funding lines of zero to three versions.</summary>
    public static Gen<FundingLine> Lines { get; } =
        from id in Ids
        from name in LocalizedTexts
        from versions in Gen.ListOf(Versions).Select(v => v.Take(3))
        select new FundingLine(id, name, versions);

    /// <summary>Programmes with zero to three lines and budgets.</summary>
    public static Gen<Programme> Programmes { get; } =
        from id in Ids
        from name in LocalizedTexts
        from basis in LegalBases
        from lines in Gen.ListOf(Lines).Select(l => l.Take(3).DistinctBy(x => x.Id, StringComparer.Ordinal))
        from budgets in Gen.ListOf(Gen.Zip(Gen.Choose(1, 9999), Figure(Amounts))).Select(b => b.Take(3).Select(t => new AnnualBudget(FiscalYear.Of(t.Item1), t.Item2)))
        select new Programme(id, name, basis, lines) { Budgets = [.. budgets] };

    /// <summary>Funding mixes with each source at most once.</summary>
    public static Gen<FundingMix> Mixes { get; } =
        from title in Texts
        from sources in Gen.SubListOf(Enum.GetValues<FundingSource>())
        from amounts in Gen.ArrayOf(DomainGen.Cents.Select(c => Euro.FromCents(Math.Abs(c / 1000))), sources.Count)
        from source in Sources
        select new FundingMix(title, sources.Select((s, i) => new FundingContribution(s, amounts[i])), source);

    /// <summary>KI programmes of one to three versions that do not overlap, every optional claim present or absent.</summary>
    public static Gen<KiProgramme> KiProgrammes { get; } =
        from id in Ids
        from name in NamedTexts
        from count in Gen.Choose(1, 3)
        from start in Gen.Choose(-100_000, 100_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d))
        from spans in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 4000), Gen.Choose(1, 400)), count)
        from open in Gen.Elements(true, false)
        from versions in Gen.ArrayOf(KiVersionParts, count)
        from deliveries in Gen.ListOf(
            from centre in Gen.Elements("05974", "05758", "05334002", "05315")
            from date in Dates
            from source in CitedSources
            select new LocalDelivery(centre, date, source)).Select(d => d.Take(3))
        select new KiProgramme(id, name, Spread(start, spans, open).Select((validity, i) => versions[i](validity))) { LocalDeliveries = [.. deliveries] };

    /// <summary>Catalogues of zero to three programmes, zero to two funding mixes and zero to two KI programmes; identifiers are not reused.</summary>
    public static Gen<ProgrammeCatalogue> Catalogues { get; } =
        from programmes in Gen.ListOf(Programmes).Select(p => p.Take(3))
        from mixes in Gen.ListOf(Mixes).Select(m => m.Take(2))
        from kiProgrammes in Gen.ListOf(KiProgrammes).Select(k => k.Take(2))
        select new ProgrammeCatalogue(Unique(programmes), mixes) { KiProgrammes = [.. kiProgrammes.DistinctBy(k => k.Id, StringComparer.Ordinal)] };

    private static Programme[] Unique(IEnumerable<Programme> programmes)
    {
        var lineIds = new HashSet<string>(StringComparer.Ordinal);
        return programmes.DistinctBy(p => p.Id, StringComparer.Ordinal).Select(p =>
            new Programme(p.Id, p.Name, p.Basis, p.Lines.Where(l => lineIds.Add(l.Id)).ToArray()) { Budgets = p.Budgets }).ToArray();
    }

    /// <summary>Grant requests with every optional part present or absent.</summary>
    public static Gen<GrantRequest> Requests { get; } =
        from money in Gen.ArrayOf(Amounts, 3)
        from units in Gen.ListOf(Gen.Zip(Ids, Decimals)).Select(u => u.DistinctBy(x => x.Item1).ToImmutableDictionary(x => x.Item1, x => x.Item2))
        from kind in Gen.OneOf(Gen.Constant<ApplicantKind?>(null), Gen.Elements(Enum.GetValues<ApplicantKind>()).Select(k => (ApplicantKind?)k))
        from date in Gen.OneOf(Gen.Constant<LocalDate?>(null), Dates.Select(d => (LocalDate?)d))
        select new GrantRequest(money[0]) { OwnContribution = money[1], ThirdPartyFunds = money[2], Units = units, ApplicantKind = kind, On = date };

    private static IEnumerable<DateInterval> Spread(LocalDate start, (int Length, int Gap)[] spans, bool openEnded)
    {
        LocalDate from = start;
        for (int i = 0; i < spans.Length; i++)
        {
            LocalDate to = openEnded && i == spans.Length - 1 ? LocalDate.MaxIsoValue : from.PlusDays(spans[i].Length);
            yield return new DateInterval(from, to);
            if (to != LocalDate.MaxIsoValue)
            {
                from = to.PlusDays(spans[i].Gap);
            }
        }
    }

    /// <summary>Figures always carry a source: the catalogue reader refuses a figure without one.</summary>
    private static Gen<Figure<T>> Figure<T>(Gen<T> values) => Gen.Zip(values, Sources.Where(s => !s.IsDefault)).Select(t => new Figure<T>(t.Item1, t.Item2));

    private static Gen<T?> Maybe<T>(Gen<T> values)
        where T : struct => Gen.OneOf(Gen.Constant<T?>(null), values.Select(v => (T?)v));

    private static Gen<T?> MaybeRef<T>(Gen<T> values)
        where T : class => Gen.OneOf(Gen.Constant<T?>(null), values.Select(v => (T?)v));
}
