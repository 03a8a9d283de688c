using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using NodaTime;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// Turns eligibility documents into the model and back. Every problem becomes a <see cref="KiDataException"/> naming
/// the JSON path of the offending value; nothing in a document is executed.
/// </summary>
internal static class EligibilityMapping
{
    private static readonly string[] KnownTypes =
        ["applicant-kind", "non-profit", "seat", "deadline", "delivery-period", "no-early-start", "grant-range", "own-contribution", "route", "integration-centre", "all", "any", "not"];

    private static readonly ApplicationValidator Validator = new(CultureInfo.InvariantCulture);

    public static void CheckSchema(int schemaVersion) =>
        Check(schemaVersion == SchemaVersion, "$.schemaVersion", $"The schema version is {schemaVersion}, but this library reads version {SchemaVersion}.");

    public static RuleBook ToRuleBook(RuleBookDocument document)
    {
        CheckSchema(document.SchemaVersion);
        var sets = new List<RuleSet>();
        var seen = new HashSet<(string, LocalDate)>();
        for (int i = 0; i < document.RuleSets.Count; i++)
        {
            string path = $"$.ruleSets[{i}]";
            RuleSetData data = document.RuleSets[i] ?? throw new KiDataException(path, "A rule set must not be null.");
            Check(!string.IsNullOrWhiteSpace(data.Line), path + ".line", "The funding line must not be blank.");
            Check(seen.Add((data.Line, data.Version)), path, $"A second rule set for funding line {data.Line} from {FactTexts.DateEn(data.Version)}.");
            var criteria = new List<Criterion>();
            for (int k = 0; k < data.Criteria.Count; k++)
            {
                criteria.Add(ToCriterion(data.Criteria[k], $"{path}.criteria[{k}]"));
            }

            sets.Add(new RuleSet(data.Line, data.Version, criteria));
        }

        return new RuleBook(sets);
    }

    public static RuleBookDocument FromRuleBook(RuleBook book) => new()
    {
        SchemaVersion = SchemaVersion,
        RuleSets = [.. book.RuleSets.Select(s => new RuleSetData { Line = s.LineId, Version = s.VersionStart, Criteria = [.. s.Criteria.Select(FromCriterion)] })],
    };

    public static Criterion ToCriterion(CriterionData? data, string path)
    {
        if (data is null)
        {
            throw new KiDataException(path, "A criterion must not be null.");
        }

        string? reference = data.Reference;
        Check(reference is null || !string.IsNullOrWhiteSpace(reference), path + ".reference", "The legal reference must not be blank.");
        switch (data.Type)
        {
            case "applicant-kind":
                Allow(data, path, "kinds");
                List<string> kinds = data.Kinds ?? throw new KiDataException(path + ".kinds", "An applicant-kind criterion needs 'kinds' (an empty list means the kinds of the funding line version).");
                return new ApplicantKindCriterion([.. kinds.Select((k, i) => ParseKind(k, $"{path}.kinds[{i}]"))], reference);
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
                if (data.Day is null)
                {
                    return new DeadlineCriterion(null, reference);
                }

                AnnualDate day = ParseAnnualDate(data.Day, path + ".day");
                int offset = data.YearOffset ?? 0;
                Check(offset is >= -5 and <= 5, path + ".yearOffset", $"The year offset {offset} is outside -5 to 5.");
                return new DeadlineCriterion(new ApplicationDeadline(day, offset), reference);
            case "grant-range":
                Allow(data, path, "minimum", "maximum");
                Check(data.Minimum is not { IsNegative: true }, path + ".minimum", "The minimum must not be negative.");
                Check(data.Maximum is not { IsNegative: true }, path + ".maximum", "The maximum must not be negative.");
                Check(data.Minimum is null || data.Maximum is null || data.Minimum <= data.Maximum, path + ".minimum", $"The minimum {data.Minimum} exceeds the maximum {data.Maximum}.");
                return new GrantRangeCriterion(data.Minimum, data.Maximum, reference);
            case "own-contribution":
                Allow(data, path, "minimumShare");
                string shareText = data.MinimumShare ?? throw new KiDataException(path + ".minimumShare", "An own-contribution criterion needs 'minimumShare', such as \"0.1\" for 10 %.");
                Check(decimal.TryParse(shareText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal share)
                    && share <= 1m && decimal.Truncate(share * OwnContributionCriterion.ShareScale) == share * OwnContributionCriterion.ShareScale,
                    path + ".minimumShare", $"'{shareText}' is not a share between 0 and 1 with at most six decimals, such as \"0.1\".");
                return new OwnContributionCriterion(share, reference);
            case "route":
                Allow(data, path, "routes");
                Check(data.Routes is { Count: > 0 }, path + ".routes", "A route criterion needs at least one route.");
                return new RouteCriterion([.. data.Routes!.Select((r, i) => ParseRoute(r, $"{path}.routes[{i}]"))], reference);
            case "all":
            case "any":
                Allow(data, path, "parts");
                List<CriterionData> parts = data.Parts ?? throw new KiDataException(path + ".parts", $"An '{data.Type}' criterion needs 'parts'.");
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
        ApplicantKindCriterion c => new CriterionData { Type = c.Type, Kinds = [.. c.Kinds.Select(FactTexts.KindName)], Reference = c.LegalReference },
        SeatCriterion c => new CriterionData
        {
            Type = c.Type,
            Districts = c.Districts.IsEmpty ? null : [.. c.Districts],
            Regions = c.Regions.IsEmpty ? null : [.. c.Regions],
            Reference = c.LegalReference,
        },
        DeadlineCriterion c => new CriterionData
        {
            Type = c.Type,
            Day = c.Deadline is { } d ? string.Create(CultureInfo.InvariantCulture, $"--{d.Day.Month:00}-{d.Day.Day:00}") : null,
            YearOffset = c.Deadline is { YearOffset: not 0 } o ? o.YearOffset : null,
            Reference = c.LegalReference,
        },
        GrantRangeCriterion c => new CriterionData { Type = c.Type, Minimum = c.Minimum, Maximum = c.Maximum, Reference = c.LegalReference },
        OwnContributionCriterion c => new CriterionData { Type = c.Type, MinimumShare = c.MinimumShare.ToString("0.######", CultureInfo.InvariantCulture), Reference = c.LegalReference },
        RouteCriterion c => new CriterionData { Type = c.Type, Routes = [.. c.Routes.Select(FactTexts.RouteName)], Reference = c.LegalReference },
        AllCriterion c => new CriterionData { Type = c.Type, Parts = [.. c.Parts.Select(FromCriterion)], Reference = c.LegalReference },
        AnyCriterion c => new CriterionData { Type = c.Type, Parts = [.. c.Parts.Select(FromCriterion)], Reference = c.LegalReference },
        NotCriterion c => new CriterionData { Type = c.Type, Part = FromCriterion(c.Part), Reference = c.LegalReference },
        _ => new CriterionData { Type = criterion.Type, Reference = criterion.LegalReference },
    };

    private static DistrictKey ParseDistrictKey(string text, string path) =>
        DistrictKey.TryParseNrw(text, out DistrictKey key) ? key
            : throw new KiDataException(path, $"'{text}' is not the Kreisschlüssel of an NRW district (five digits starting with 05, such as 05974).");

    private static MunicipalityKey ParseMunicipalityKey(string text, string path) =>
        MunicipalityKey.TryParseNrw(text, out MunicipalityKey key) ? key
            : throw new KiDataException(path, $"'{text}' is neither a Kreisschlüssel (05974) nor the AGS of an NRW municipality (05974052).");

    public static Application ToApplication(ApplicationData data, string path)
    {
        Check(data.FiscalYear is >= 1 and <= 9999, path + ".fiscalYear", $"The fiscal year {data.FiscalYear} is outside 1 to 9999.");
        ApplicantData applicantData = data.Applicant;
        var applicant = new Applicant(applicantData.Name, ParseKind(applicantData.Kind, path + ".applicant.kind"))
        {
            IsNonProfit = applicantData.NonProfit,
            Seat = applicantData.Seat,
            RunsIntegrationCentre = applicantData.RunsIntegrationCentre,
            OfficialDistrictKey = applicantData.OfficialKey is { Length: 5 } districtKey ? ParseDistrictKey(districtKey, path + ".applicant.officialKey") : null,
            OfficialMunicipalityKey = applicantData.OfficialKey is { Length: not 5 } municipalityKey ? ParseMunicipalityKey(municipalityKey, path + ".applicant.officialKey") : null,
        };
        var application = new Application(data.Id, applicant, data.Line, FiscalYear.Of(data.FiscalYear), data.RequestedAmount)
        {
            EligibleCosts = data.EligibleCosts,
            OwnContribution = data.OwnContribution,
            ThirdPartyFunds = data.ThirdPartyFunds,
            Units = data.Units is null ? ImmutableDictionary<string, decimal>.Empty : data.Units.ToImmutableDictionary(StringComparer.Ordinal),
            PlannedStart = data.PlannedStart,
            DeliveryPeriod = data.DeliveryPeriod,
            Submitted = data.Submitted,
            Route = data.Route is null ? null : ParseRoute(data.Route, path + ".route"),
            ContinuesFundedMeasure = data.ContinuesFundedMeasure ?? false,
        };
        ValidationResult result = Validator.Validate(application);
        if (!result.IsValid)
        {
            ValidationFailure first = result.Errors[0];
            throw new KiDataException(path + "." + CamelPath(first.PropertyName), $"{first.ErrorMessage} ({first.ErrorCode})");
        }

        return application;
    }

    public static ApplicationDocument FromApplication(Application application) => new()
    {
        SchemaVersion = SchemaVersion,
        Id = application.Id,
        Line = application.LineId,
        FiscalYear = application.FiscalYear.Year,
        Applicant = new ApplicantData
        {
            Name = application.Applicant.Name,
            Kind = FactTexts.KindName(application.Applicant.Kind),
            NonProfit = application.Applicant.IsNonProfit,
            Seat = application.Applicant.Seat,
            RunsIntegrationCentre = application.Applicant.RunsIntegrationCentre,
            OfficialKey = application.Applicant.OfficialDistrictKey?.Code ?? application.Applicant.OfficialMunicipalityKey?.Code,
        },
        RequestedAmount = application.RequestedAmount,
        EligibleCosts = application.EligibleCosts,
        OwnContribution = application.OwnContribution,
        ThirdPartyFunds = application.ThirdPartyFunds,
        Units = application.Units.IsEmpty ? null : application.Units.OrderBy(u => u.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
        PlannedStart = application.PlannedStart,
        DeliveryPeriod = application.DeliveryPeriod,
        Submitted = application.Submitted,
        Route = application.Route is { } route ? FactTexts.RouteName(route) : null,
        ContinuesFundedMeasure = application.ContinuesFundedMeasure ? true : null,
    };

    public static ApplicantKind ParseKind(string text, string path)
    {
        foreach (ApplicantKind kind in FactTexts.AllKinds)
        {
            if (string.Equals(FactTexts.KindName(kind), text, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        throw new KiDataException(path, $"'{text}' is not an applicant kind; the kinds are: {string.Join(", ", FactTexts.AllKinds.Select(FactTexts.KindName))}.");
    }

    public static void Check(bool condition, string path, string reason)
    {
        if (!condition)
        {
            throw new KiDataException(path, reason);
        }
    }

    private static ApplicationRoute ParseRoute(string text, string path)
    {
        foreach (ApplicationRoute route in FactTexts.AllRoutes)
        {
            if (string.Equals(FactTexts.RouteName(route), text, StringComparison.Ordinal))
            {
                return route;
            }
        }

        throw new KiDataException(path, $"'{text}' is not a route; the routes are: {string.Join(", ", FactTexts.AllRoutes.Select(FactTexts.RouteName))}.");
    }

    private static AnnualDate ParseAnnualDate(string text, string path)
    {
        Check(text.Length == 7 && text.StartsWith("--", StringComparison.Ordinal) && text[4] == '-'
            && int.TryParse(text.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(2000, month),
            path, $"'{text}' is not a day of the year like \"--09-30\".");
        return new AnnualDate(int.Parse(text.AsSpan(2, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture));
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

    private static string CamelPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
