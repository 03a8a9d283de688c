using Ki.Domain.Eligibility;
using NodaTime;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// Turns rule documents into criteria and back. Every problem becomes a <see cref="KiDataException"/> naming the JSON
/// path of the offending value; nothing in a document is executed.
/// </summary>
internal static class EligibilityMapping
{
    private static readonly string[] KnownTypes =
        ["applicant-kind", "non-profit", "seat", "deadline", "delivery-period", "no-early-start", "grant-range", "own-contribution", "route", "integration-centre", "all", "any", "not"];

    public static RuleBook ToRuleBook(RuleBookDocument document)
    {
        var sets = new List<RuleSet>();
        var seen = new HashSet<(string, LocalDate)>();
        for (int i = 0; i < document.RuleSets.Count; i++)
        {
            string path = $"$.ruleSets[{i}]";
            RuleSetData data = document.RuleSets[i];
            Check(!string.IsNullOrWhiteSpace(data.Line), path + ".line", "The funding line must not be blank.");
            Check(seen.Add((data.Line, data.Version)), path, $"A second rule set for funding line {data.Line} from {Applications.FactTexts.DateEn(data.Version)}.");
            Criterion[] criteria = [.. data.Criteria.Select((c, k) => ToCriterion(c, $"{path}.criteria[{k}]"))];
            sets.Add(ProgrammesMapping.Checked(path, () => new RuleSet(data.Line, data.Version, criteria)));
        }

        return ProgrammesMapping.Checked("$.ruleSets", () => new RuleBook(sets));
    }

    public static RuleBookDocument FromRuleBook(RuleBook book) => new(JsonDocuments.SchemaVersion, [.. book.RuleSets.Select(FromRuleSet)]);

    public static RuleSetData FromRuleSet(RuleSet set) => new(set.LineId, set.VersionStart, [.. set.Criteria.Select(FromCriterion)]);

    public static Criterion ToCriterion(CriterionData data, string path)
    {
        string? reference = data.Reference;
        Check(reference is null || !string.IsNullOrWhiteSpace(reference), path + ".reference", "The legal reference must not be blank.");
        return ProgrammesMapping.Checked(path, () => Build(data, path, reference));
    }

    private static Criterion Build(CriterionData data, string path, string? reference)
    {
        switch (data.Type)
        {
            case "applicant-kind":
                Allow(data, path, "kinds");
                return new ApplicantKindCriterion(data.Kinds ?? throw new KiDataException(path + ".kinds", "An applicant-kind criterion needs 'kinds' (an empty list means the kinds of the funding line version)."), reference);
            case "non-profit":
                Allow(data, path);
                return new NonProfitCriterion(reference);
            case "integration-centre":
                Allow(data, path);
                return new IntegrationCentreCriterion(reference);
            case "delivery-period":
                Allow(data, path);
                return new DeliveryPeriodCriterion(reference);
            case "no-early-start":
                Allow(data, path);
                return new EarlyStartCriterion(reference);
            case "seat":
                Allow(data, path, "districts", "regions");
                Check(data.Districts is { Count: > 0 } || data.Regions is { Count: > 0 }, path, "A seat criterion needs at least one district or region.");
                return new SeatCriterion(data.Districts ?? [], data.Regions ?? [], reference);
            case "deadline":
                Allow(data, path, "day", "yearOffset");
                Check(data.YearOffset is null || data.Day is not null, path + ".yearOffset", "A year offset needs a 'day'.");
                if (data.Day is not { } day)
                {
                    return new DeadlineCriterion(null, reference);
                }

                int offset = data.YearOffset ?? 0;
                Check(offset is >= -5 and <= 5, path + ".yearOffset", $"The year offset {offset} is outside -5 to 5.");
                return new DeadlineCriterion(new Programmes.ApplicationDeadline(day, offset), reference);
            case "grant-range":
                Allow(data, path, "minimum", "maximum");
                Check(data.Minimum is not { IsNegative: true }, path + ".minimum", "The minimum must not be negative.");
                Check(data.Maximum is not { IsNegative: true }, path + ".maximum", "The maximum must not be negative.");
                Check(data.Minimum is null || data.Maximum is null || data.Minimum <= data.Maximum, path + ".minimum", $"The minimum {data.Minimum} exceeds the maximum {data.Maximum}.");
                return new GrantRangeCriterion(data.Minimum, data.Maximum, reference);
            case "own-contribution":
                Allow(data, path, "minimumShare");
                decimal share = data.MinimumShare ?? throw new KiDataException(path + ".minimumShare", "An own-contribution criterion needs 'minimumShare', such as \"0.1\" for 10 %.");
                Check(share is >= 0m and <= 1m && decimal.Truncate(share * OwnContributionCriterion.ShareScale) == share * OwnContributionCriterion.ShareScale,
                    path + ".minimumShare", $"'{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not a share between 0 and 1 with at most six decimals, such as \"0.1\".");
                return new OwnContributionCriterion(share, reference);
            case "route":
                Allow(data, path, "routes");
                Check(data.Routes is { Count: > 0 }, path + ".routes", "A route criterion needs at least one route.");
                return new RouteCriterion(data.Routes!, reference);
            case "all":
            case "any":
                Allow(data, path, "parts");
                IReadOnlyList<CriterionData> parts = data.Parts ?? throw new KiDataException(path + ".parts", $"An '{data.Type}' criterion needs 'parts'.");
                Criterion[] mapped = [.. parts.Select((p, i) => ToCriterion(p, $"{path}.parts[{i}]"))];
                return data.Type == "all" ? new AllCriterion(mapped, reference) : new AnyCriterion(mapped, reference);
            case "not":
                Allow(data, path, "part");
                return new NotCriterion(ToCriterion(data.Part ?? throw new KiDataException(path + ".part", "A 'not' criterion needs a 'part'."), path + ".part"), reference);
            default:
                throw new KiDataException(path + ".type", $"'{data.Type}' is not a criterion type; the types are: {string.Join(", ", KnownTypes)}.");
        }
    }

    public static CriterionData FromCriterion(Criterion criterion) => criterion switch
    {
        ApplicantKindCriterion c => new(c.Type, Kinds: c.Kinds, Reference: c.LegalReference),
        SeatCriterion c => new(c.Type, Districts: c.Districts.IsEmpty ? null : c.Districts, Regions: c.Regions.IsEmpty ? null : c.Regions, Reference: c.LegalReference),
        DeadlineCriterion c => new(c.Type, Day: c.Deadline?.Day, YearOffset: c.Deadline is { YearOffset: not 0 } o ? o.YearOffset : null, Reference: c.LegalReference),
        GrantRangeCriterion c => new(c.Type, Minimum: c.Minimum, Maximum: c.Maximum, Reference: c.LegalReference),
        OwnContributionCriterion c => new(c.Type, MinimumShare: c.MinimumShare / 1.000000000000000000000000000000000m, Reference: c.LegalReference),
        RouteCriterion c => new(c.Type, Routes: c.Routes, Reference: c.LegalReference),
        AllCriterion c => new(c.Type, Parts: [.. c.Parts.Select(FromCriterion)], Reference: c.LegalReference),
        AnyCriterion c => new(c.Type, Parts: [.. c.Parts.Select(FromCriterion)], Reference: c.LegalReference),
        NotCriterion c => new(c.Type, Part: FromCriterion(c.Part), Reference: c.LegalReference),
        _ => new(criterion.Type, Reference: criterion.LegalReference),
    };

    public static void Check(bool condition, string path, string reason)
    {
        if (!condition)
        {
            throw new KiDataException(path, reason);
        }
    }

    private static void Allow(CriterionData data, string path, params string[] allowed)
    {
        (string Name, bool Set)[] fields =
        [
            ("kinds", data.Kinds is not null), ("districts", data.Districts is not null), ("regions", data.Regions is not null),
            ("routes", data.Routes is not null), ("day", data.Day is not null), ("yearOffset", data.YearOffset is not null),
            ("minimum", data.Minimum is not null), ("maximum", data.Maximum is not null), ("minimumShare", data.MinimumShare is not null),
            ("parts", data.Parts is not null), ("part", data.Part is not null),
        ];
        foreach ((string name, bool set) in fields)
        {
            Check(!set || allowed.Contains(name), $"{path}.{name}", $"A '{data.Type}' criterion has no field '{name}'.");
        }
    }
}
