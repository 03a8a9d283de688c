using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using static Ki.Domain.Serialization.ProgrammesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// Maps the Programmes model to its wire shapes and back. Going back, every rule the model's constructors check is
/// reported as a <see cref="KiDataException"/> at the JSON path of the object that breaks it.
/// </summary>
internal static class ProgrammesMapping
{
    public static TextData From(LocalizedText text) => new(text.German, text.English);

    public static SourceData? From(SourceReference source) => source.IsDefault ? null : new(source.Citation, source.Confidence, source.Note);

    public static FigureData<T> From<T>(Figure<T> figure) => new(figure.Value, From(figure.Source));

    public static FigureData<T>? From<T>(Figure<T>? figure)
        where T : struct => figure is { } f ? From(f) : null;

    public static LegalBasisData From(LegalBasis basis) => new(basis.Title, basis.Date, From(basis.Source)!);

    public static ProgrammeData From(Programme p) =>
        new(p.Id, From(p.Name), From(p.Basis), [.. p.Lines.Select(From)], NullIfEmpty(p.Budgets.Select(b => new BudgetData(b.Year.Year, From(b.Amount)))));

    public static FundingLineData From(FundingLine line) => new(line.Id, From(line.Name), [.. line.Versions.Select(From)]);

    public static VersionData From(FundingLineVersion v) => new(
        v.Validity,
        From(v.Financing),
        v.RequiresIntegrationCentre,
        v.PassThroughAllowed,
        v.EarlyStartAllowed,
        From(v.ValiditySource),
        v.Basis is null ? null : From(v.Basis),
        From(v.Budget),
        From(v.Rate),
        From(v.Cap),
        From(v.MinimumGrant),
        From(v.FixedAmount),
        NullIfEmpty(v.UnitAmounts.Select(From)),
        NullIfEmpty(v.ApplicantKinds),
        From(v.ApprovalAuthority),
        v.Deadline is { } d ? new DeadlineData(d.Day, d.YearOffset) : null,
        From(v.DeadlineSource),
        v.ApprovalPeriod,
        v.DeliveryPeriod,
        From(v.PeriodSource),
        v.DistributionKey is { } key ? From(key) : null,
        NullIfEmpty(v.Notes),
        v.AboveCapInadmissible is { } aboveCap ? From(aboveCap) : null);

    public static FundingMixData From(FundingMix mix) =>
        new(mix.Title, [.. mix.Contributions.Select(c => new ContributionData(c.Source, c.Amount))], mix.Total, From(mix.Source));

    public static KiProgrammeData From(KiProgramme p) => new(
        p.Id,
        From(p.Name),
        [.. p.Versions.Select(From)],
        NullIfEmpty(p.LocalDeliveries.Select(d => new LocalDeliveryData(d.CentreCode, d.ReportedOn, From(d.Source)!))));

    public static KiVersionData From(KiProgrammeVersion v) => new(
        v.Validity,
        new FigureData<TextData>(From(v.Description.Value), From(v.Description.Source)),
        From(v.ValiditySource),
        NullIfEmpty(v.TargetGroups.Select(From)),
        NullIfEmpty(v.Stages.Select(From)),
        v.AgeRange is { } age ? new FigureData<AgeRangeData>(new AgeRangeData(age.Value.MinYears, age.Value.MaxYears), From(age.Source)) : null,
        v.Languages is { } languages ? new FigureData<TextData>(From(languages.Value), From(languages.Source)) : null,
        NullIfEmpty(v.Responsibilities.Select(r => new ResponsibilityData(r.Role, From(r.Party), From(r.Source)!))),
        NullIfEmpty(v.Funding.Select(f => new FundingData(From(f.Funder), From(f.Purpose), From(f.Source)!, f.Kind, f.Period, From(f.PeriodSource), f.FundingLineId, From(f.Amount)))),
        NullIfEmpty(v.Notes));

    public static KiProgramme ToKiProgramme(KiProgrammeData data, string path)
    {
        KiProgrammeVersion[] versions = [.. data.Versions.Select((v, i) => ToKiVersion(v, $"{path}.versions[{i}]"))];
        LocalDelivery[] deliveries = [.. (data.LocalDeliveries ?? []).Select((d, i) =>
        {
            SourceReference source = ToSource(d.Source, $"{path}.localDeliveries[{i}].source");
            return Checked($"{path}.localDeliveries[{i}]", () => new LocalDelivery(d.Centre, d.ReportedOn, source));
        })];
        return Checked(path, () => new KiProgramme(data.Id, To(data.Name), versions) { LocalDeliveries = [.. deliveries] });
    }

    public static KiProgrammeVersion ToKiVersion(KiVersionData d, string path)
    {
        Figure<LocalizedText> description = ToTextFigure(d.Description, $"{path}.description");
        Figure<TargetGroup>[] groups = [.. (d.TargetGroups ?? []).Select((g, i) => ToFigure(g, $"{path}.targetGroups[{i}]"))];
        Figure<EducationStage>[] stages = [.. (d.Stages ?? []).Select((g, i) => ToFigure(g, $"{path}.stages[{i}]"))];
        Figure<AgeRange>? age = d.AgeRange is { } a
            ? new Figure<AgeRange>(Checked($"{path}.ageRange.value", () => new AgeRange(a.Value.Min, a.Value.Max)), ToSource(a.Source, $"{path}.ageRange.source"))
            : null;
        Figure<LocalizedText>? languages = d.Languages is { } l ? ToTextFigure(l, $"{path}.languages") : null;
        ProgrammeResponsibility[] responsibilities = [.. (d.Responsibilities ?? []).Select((r, i) =>
        {
            SourceReference source = ToSource(r.Source, $"{path}.responsibilities[{i}].source");
            return Checked($"{path}.responsibilities[{i}]", () => new ProgrammeResponsibility(r.Role, To(r.Party), source));
        })];
        ProgrammeFunding[] funding = [.. (d.Funding ?? []).Select((f, i) =>
        {
            string at = $"{path}.funding[{i}]";
            SourceReference source = ToSource(f.Source, $"{at}.source");
            SourceReference periodSource = ToSource(f.PeriodSource, $"{at}.periodSource");
            Figure<Money.Euro>? amount = ToOptionalFigure(f.Amount, $"{at}.amount");
            return Checked(at, () => new ProgrammeFunding(To(f.Funder), To(f.Purpose), source)
            {
                Kind = f.Kind,
                Period = f.Period,
                PeriodSource = periodSource,
                FundingLineId = f.FundingLineId,
                Amount = amount,
            });
        })];
        return Checked(path, () => new KiProgrammeVersion(d.Validity, description)
        {
            ValiditySource = ToSource(d.ValiditySource, $"{path}.validitySource"),
            TargetGroups = [.. groups],
            Stages = [.. stages],
            AgeRange = age,
            Languages = languages,
            Responsibilities = [.. responsibilities],
            Funding = [.. funding],
            Notes = [.. d.Notes ?? []],
        });
    }

    public static Programme ToProgramme(ProgrammeData data, string path)
    {
        FundingLine[] lines = [.. data.Lines.Select((l, i) => ToFundingLine(l, $"{path}.lines[{i}]"))];
        AnnualBudget[] budgets = [.. (data.Budgets ?? []).Select((b, i) => Checked($"{path}.budgets[{i}]", () => new AnnualBudget(FiscalYear.Of(b.Year), ToFigure(b.Amount, $"{path}.budgets[{i}].amount"))))];
        LegalBasis basis = ToBasis(data.Basis, $"{path}.basis");
        return Checked(path, () => new Programme(data.Id, To(data.Name), basis, lines) { Budgets = [.. budgets] });
    }

    public static FundingLine ToFundingLine(FundingLineData data, string path)
    {
        FundingLineVersion[] versions = [.. data.Versions.Select((v, i) => ToVersion(v, $"{path}.versions[{i}]"))];
        return Checked(path, () => new FundingLine(data.Id, To(data.Name), versions));
    }

    public static FundingLineVersion ToVersion(VersionData d, string path)
    {
        UnitAmount[] units = [.. (d.UnitAmounts ?? []).Select((u, i) => ToUnit(u, $"{path}.unitAmounts[{i}]"))];
        ApplicationDeadline? deadline = d.Deadline is { } dl ? Checked($"{path}.deadline", () => new ApplicationDeadline(dl.Day, dl.YearOffset)) : null;
        DistributionKey? key = d.DistributionKey is { } k ? ToKey(k, $"{path}.distributionKey") : null;
        LegalBasis? basis = d.Basis is { } b ? ToBasis(b, $"{path}.basis") : null;
        FundingLineVersion version = Checked(path, () => new FundingLineVersion(d.Validity, ToFigure(d.Financing, $"{path}.financing"))
        {
            ValiditySource = ToSource(d.ValiditySource, $"{path}.validitySource"),
            Basis = basis,
            Budget = ToOptionalFigure(d.Budget, $"{path}.budget"),
            Rate = ToOptionalFigure(d.Rate, $"{path}.rate"),
            Cap = ToOptionalFigure(d.Cap, $"{path}.cap"),
            MinimumGrant = ToOptionalFigure(d.MinimumGrant, $"{path}.minimumGrant"),
            FixedAmount = ToOptionalFigure(d.FixedAmount, $"{path}.fixedAmount"),
            UnitAmounts = [.. units],
            ApplicantKinds = [.. d.ApplicantKinds ?? []],
            RequiresIntegrationCentre = d.RequiresIntegrationCentre,
            PassThroughAllowed = d.PassThroughAllowed,
            EarlyStartAllowed = d.EarlyStartAllowed,
            ApprovalAuthority = ToOptionalFigure(d.ApprovalAuthority, $"{path}.approvalAuthority"),
            Deadline = deadline,
            DeadlineSource = ToSource(d.DeadlineSource, $"{path}.deadlineSource"),
            ApprovalPeriod = d.ApprovalPeriod,
            DeliveryPeriod = d.DeliveryPeriod,
            PeriodSource = ToSource(d.PeriodSource, $"{path}.periodSource"),
            DistributionKey = key,
            Notes = [.. d.Notes ?? []],
            AboveCapInadmissible = d.AboveCapInadmissible is { } aboveCap ? ToSource(aboveCap, $"{path}.aboveCapInadmissible") : null,
        });
        CheckRules(version, path);
        return version;
    }

    private static readonly FundingLineVersionValidator VersionRules = new(german: false);

    private static readonly FundingLineVersionValidator VersionRulesGerman = new(german: true);

    /// <summary>
    /// Runs the <see cref="FundingLineVersionValidator"/> on a version just read, so that a catalogue that loaded never
    /// throws later because of its data (a share rate of 1.5 would make every grant calculation fail).
    /// </summary>
    private static void CheckRules(FundingLineVersion version, string path)
    {
        FluentValidation.Results.ValidationResult result = VersionRules.Validate(version);
        if (!result.IsValid)
        {
            // The validator speaks one language per instance; its German twin runs the same rules in the same order, so
            // its first failure is the same rule, with the same code, in German.
            FluentValidation.Results.ValidationFailure first = result.Errors[0];
            FluentValidation.Results.ValidationFailure german = VersionRulesGerman.Validate(version).Errors[0];
            throw new KiDataException(PathOf(path, first.PropertyName), $"{first.ErrorMessage} ({first.ErrorCode})", $"{german.ErrorMessage} ({german.ErrorCode})");
        }
    }

    /// <summary>The JSON path of a validator property name: <c>Rate.Value.Value</c> → <c>path.rate</c>.</summary>
    private static string PathOf(string path, string property)
    {
        int end = property.IndexOf('.', StringComparison.Ordinal);
        string member = end < 0 ? property : property[..end];
        return member.Length == 0 || member.StartsWith("Figures", StringComparison.Ordinal)
            ? path
            : $"{path}.{char.ToLowerInvariant(member[0])}{member[1..]}";
    }

    public static FundingMix ToFundingMix(FundingMixData data, string path)
    {
        FundingMix mix = Checked(path, () => new FundingMix(
            data.Title,
            data.Contributions.Select(c => new FundingContribution(c.Source, c.Amount)),
            ToSource(data.Source, $"{path}.source")));
        if (mix.Contributions.Length != data.Contributions.Count)
        {
            throw new KiDataException($"{path}.contributions", "A funding source is listed twice; list each source once with its whole amount.",
                "Eine Finanzierungsquelle steht zweimal da; jede Quelle einmal mit ihrem ganzen Betrag aufführen.");
        }

        return mix.Total == data.Total
            ? mix
            : throw new KiDataException($"{path}.total", $"The total {data.Total} is not the sum of the contributions, {mix.Total}.",
                string.Create(TextFormats.German, $"Die Summe {data.Total} ist nicht die Summe der Beiträge, {mix.Total}."));
    }

    public static LocalizedText To(TextData text) => new(text.De, text.En);

    private static Figure<LocalizedText> ToTextFigure(FigureData<TextData> data, string path) => data.Value is null
        ? throw new KiDataException($"{path}.value", "A text in German and English is needed here; null is not a text.", "Hier ist ein Text auf Deutsch und Englisch nötig; null ist kein Text.")
        : new(To(data.Value), ToSource(data.Source, $"{path}.source"));

    public static SourceReference ToSource(SourceData? data, string path) =>
        data is null ? default : Checked(path, () => new SourceReference(data.Citation, data.Confidence, data.Note));

    /// <summary>A figure; its value is generic, so the reader's nullable check does not see a <c>null</c> there and this does.</summary>
    public static Figure<T> ToFigure<T>(FigureData<T> data, string path) => data.Value is null
        ? throw new KiDataException($"{path}.value", "A value is needed here; null is not a value.", "Hier ist ein Wert nötig; null ist kein Wert.")
        : new(data.Value, ToSource(data.Source, $"{path}.source"));

    public static Figure<T>? ToOptionalFigure<T>(FigureData<T>? data, string path)
        where T : struct => data is null ? null : ToFigure<T>(data, path);

    /// <summary>Runs a model constructor and turns a broken rule into a <see cref="KiDataException"/> at the path.</summary>
    public static T Checked<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw GermanReason.ToDataException(path, e);
        }
    }

    private static T[]? NullIfEmpty<T>(IEnumerable<T> items)
    {
        T[] all = [.. items];
        return all.Length == 0 ? null : all;
    }

    private static UnitAmountData From(UnitAmount u) => new(
        u.Id,
        From(u.Name),
        From(u.Amount),
        u.Role,
        From(u.MaxUnits),
        NullIfEmpty(u.MaxUnitsByKind.OrderBy(p => p.Key).Select(p => new UnitLimitData(p.Key, From(p.Value)))));

    private static DistributionKeyData From(DistributionKey key) => new(
        [.. key.Indicators.Select(i => new IndicatorData(From(i.Name), From(i.Weight), From(i.Total), i.Code))],
        From(key.Floor),
        key.Method,
        From(key.MethodSource),
        key.Cap is { } cap ? new CapData(cap.Indicator, From(cap.Multiple)) : null);

    private static LegalBasis ToBasis(LegalBasisData data, string path)
    {
        SourceReference source = ToSource(data.Source, $"{path}.source");
        return Checked(path, () => new LegalBasis(data.Title, data.Date, source));
    }

    private static UnitAmount ToUnit(UnitAmountData data, string path)
    {
        var limits = ImmutableDictionary.CreateBuilder<ApplicantKind, Figure<decimal>>();
        IReadOnlyList<UnitLimitData> byKind = data.MaxUnitsByKind ?? [];
        for (int i = 0; i < byKind.Count; i++)
        {
            if (!limits.TryAdd(byKind[i].Kind, ToFigure(byKind[i].MaxUnits, $"{path}.maxUnitsByKind[{i}].maxUnits")))
            {
                throw new KiDataException($"{path}.maxUnitsByKind[{i}].kind", $"The applicant kind {EnumCodes.ToCode(byKind[i].Kind)} has a limit already.",
                    $"Die Antragstellerart {EnumCodes.ToCode(byKind[i].Kind)} hat schon eine Höchstzahl.");
            }
        }

        return Checked(path, () => new UnitAmount(data.Id, To(data.Name), ToFigure(data.Amount, $"{path}.amount"), data.Role)
        {
            MaxUnits = ToOptionalFigure(data.MaxUnits, $"{path}.maxUnits"),
            MaxUnitsByKind = limits.ToImmutable(),
        });
    }

    private static DistributionKey ToKey(DistributionKeyData data, string path)
    {
        DistributionIndicator[] indicators = [.. data.Indicators.Select((i, n) => new DistributionIndicator(To(i.Name), ToFigure(i.Weight, $"{path}.indicators[{n}].weight"))
        {
            Total = ToOptionalFigure(i.Total, $"{path}.indicators[{n}].total"),
            Code = i.Code,
        })];
        DistributionCap? cap = data.Cap is { } c
            ? Checked($"{path}.cap", () => new DistributionCap(c.Indicator, ToFigure(c.Multiple, $"{path}.cap.multiple")))
            : null;
        return new DistributionKey(indicators)
        {
            Cap = cap,
            Floor = ToOptionalFigure(data.Floor, $"{path}.floor"),
            Method = data.Method,
            MethodSource = ToSource(data.MethodSource, $"{path}.methodSource"),
        };
    }
}
