using System.Collections.Immutable;
using System.Globalization;
using FluentValidation.Results;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
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
        ["applicant-kind", "non-profit", "seat", "deadline", "delivery-period", "no-early-start", "grant-range", "own-contribution", "route", "direct-application",
            "integration-centre", "seat-in-area", "fact", "all", "any", "not"];

    private static readonly string[] FactTypes = ["number", "amount", "date", "key"];

    private static readonly string[] Comparisons = ["less-than", "at-most", "equal-to", "at-least", "more-than", "one-of"];

    private static readonly ApplicationValidator Validator = new(CultureInfo.InvariantCulture);

    public static void CheckSchema(int schemaVersion) =>
        Check(schemaVersion == SchemaVersion, "$.schemaVersion", $"The schema version is {schemaVersion}, but this library reads version {SchemaVersion}.");

    public static RuleBook ToRuleBook(RuleBookDocument document)
    {
        CheckSchema(document.SchemaVersion);
        Dictionary<string, FactDeclaration> facts = ToFacts(document.Facts);
        var sets = new List<RuleSet>();
        var seen = new HashSet<(string, LocalDate?, RecipientRole)>();
        for (int i = 0; i < document.RuleSets.Count; i++)
        {
            string path = $"$.ruleSets[{i}]";
            RuleSetData data = document.RuleSets[i] ?? throw new KiDataException(path, "A rule set must not be null.");
            Check(!string.IsNullOrWhiteSpace(data.Line), path + ".line", "The funding line must not be blank.");
            RecipientRole role = data.Recipients switch
            {
                null or "first" => RecipientRole.FirstRecipient,
                "final" => RecipientRole.FinalRecipient,
                _ => throw new KiDataException(path + ".recipients", $"'{data.Recipients}' is not a recipient role; the roles are: first, final."),
            };
            Check(seen.Add((data.Line, data.Version, role)), path,
                $"A second rule set for funding line {data.Line} {(data.Version is { } v ? "from " + FactTexts.DateEn(v) : "for all versions")}{(role == RecipientRole.FinalRecipient ? " (final recipients)" : string.Empty)}.");
            var criteria = new List<Criterion>();
            for (int k = 0; k < data.Criteria.Count; k++)
            {
                criteria.Add(ToCriterion(data.Criteria[k], $"{path}.criteria[{k}]", facts));
            }

            sets.Add(data.Version is { } start ? new RuleSet(data.Line, start, criteria) { Role = role } : new RuleSet(data.Line, criteria) { Role = role });
        }

        return new RuleBook(sets);
    }

    public static RuleBookDocument FromRuleBook(RuleBook book)
    {
        var facts = new Dictionary<string, FactDeclaration>(StringComparer.Ordinal);
        foreach (FactCriterion fact in book.RuleSets.SelectMany(s => s.Criteria).SelectMany(Flatten).OfType<FactCriterion>())
        {
            if (facts.TryGetValue(fact.Fact.Name, out FactDeclaration? known))
            {
                if (known.Type != fact.Fact.Type || known.Label != fact.Fact.Label || known.Unit != fact.Fact.Unit)
                {
                    throw new ArgumentException($"The fact '{fact.Fact.Name}' is declared twice, differently; a rule file declares each fact once.", nameof(book));
                }
            }
            else
            {
                facts.Add(fact.Fact.Name, fact.Fact);
            }
        }

        return new()
        {
            SchemaVersion = SchemaVersion,
            Facts = facts.Count == 0 ? null : [.. facts.Values.Select(f => new FactData
            {
                Name = f.Name,
                Type = FactCriterion.TypeName(f.Type),
                Label = new TextData { De = f.Label.German, En = f.Label.English },
                Unit = f.Unit is { } u ? new TextData { De = u.German, En = u.English } : null,
            })],
            RuleSets = [.. book.RuleSets.Select(s => new RuleSetData
            {
                Line = s.LineId,
                Version = s.VersionStart,
                Recipients = s.Role == RecipientRole.FinalRecipient ? "final" : null,
                Criteria = [.. s.Criteria.Select(FromCriterion)],
            })],
        };
    }

    private static IEnumerable<Criterion> Flatten(Criterion criterion) => criterion switch
    {
        AllCriterion c => c.Parts.SelectMany(Flatten),
        AnyCriterion c => c.Parts.SelectMany(Flatten),
        NotCriterion c => Flatten(c.Part),
        _ => [criterion],
    };

    private static Dictionary<string, FactDeclaration> ToFacts(List<FactData>? list)
    {
        var facts = new Dictionary<string, FactDeclaration>(StringComparer.Ordinal);
        for (int i = 0; list is not null && i < list.Count; i++)
        {
            string path = $"$.facts[{i}]";
            FactData data = list[i] ?? throw new KiDataException(path, "A fact declaration must not be null.");
            Check(FactDeclaration.IsName(data.Name), path + ".name", $"'{data.Name}' is not a fact name: letters, digits, '-' and '_', starting with a letter.");
            Check(!facts.ContainsKey(data.Name), path + ".name", $"The fact '{data.Name}' is declared twice.");
            int type = Array.IndexOf(FactTypes, data.Type);
            Check(type >= 0, path + ".type", $"'{data.Type}' is not a fact type; the types are: {string.Join(", ", FactTypes)}.");
            Check(data.Label is not null && !string.IsNullOrWhiteSpace(data.Label.De) && !string.IsNullOrWhiteSpace(data.Label.En), path + ".label", "A fact needs a label with 'de' and 'en'.");
            Check(data.Unit is null || (!string.IsNullOrWhiteSpace(data.Unit.De) && !string.IsNullOrWhiteSpace(data.Unit.En)), path + ".unit", "A unit needs 'de' and 'en'.");
            facts.Add(data.Name, new FactDeclaration(data.Name, (FactType)(type + 1), new LocalizedText(data.Label!.De, data.Label.En),
                data.Unit is { } unit ? new LocalizedText(unit.De, unit.En) : null));
        }

        return facts;
    }

    public static Criterion ToCriterion(CriterionData? data, string path) => ToCriterion(data, path, []);

    private static Criterion ToCriterion(CriterionData? data, string path, Dictionary<string, FactDeclaration> facts)
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
            case "direct-application":
                Allow(data, path, "kinds");
                List<string> direct = data.Kinds ?? throw new KiDataException(path + ".kinds", "A direct-application criterion needs 'kinds' (an empty list means the kinds of the funding line version).");
                return new DirectApplicationCriterion([.. direct.Select((k, i) => ParseKind(k, $"{path}.kinds[{i}]"))], reference);
            case "seat-in-area":
                Allow(data, path);
                return new SeatInAreaCriterion(reference);
            case "fact":
                return ToFactCriterion(data, path, facts, reference);
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
                Criterion[] mapped = [.. parts.Select((p, i) => ToCriterion(p, $"{path}.parts[{i}]", facts))];
                return data.Type == "all" ? new AllCriterion(mapped, reference) : new AnyCriterion(mapped, reference);
            case "not":
                Allow(data, path, "part");
                return new NotCriterion(ToCriterion(data.Part ?? throw new KiDataException(path + ".part", "A 'not' criterion needs a 'part'."), path + ".part", facts), reference);
            default:
                throw new KiDataException(path + ".type", $"'{data.Type}' is not a criterion type; the types are: {string.Join(", ", KnownTypes)}.");
        }
    }

    private static FactCriterion ToFactCriterion(CriterionData data, string path, Dictionary<string, FactDeclaration> facts, string? reference)
    {
        Allow(data, path, "fact", "operator", "values");
        string name = data.Fact ?? throw new KiDataException(path + ".fact", "A fact criterion needs 'fact', the name of a fact declared under 'facts'.");
        Check(facts.TryGetValue(name, out FactDeclaration? fact), path + ".fact",
            $"The fact '{name}' is not declared; declare it under 'facts' with its name, type, label and unit.");
        string op = data.Operator ?? throw new KiDataException(path + ".operator", $"A fact criterion needs 'operator', one of: {string.Join(", ", Comparisons)}.");
        int comparison = Array.IndexOf(Comparisons, op);
        Check(comparison >= 0, path + ".operator", $"'{op}' is not an operator; the operators are: {string.Join(", ", Comparisons)}.");
        List<string> values = data.Values ?? throw new KiDataException(path + ".values", "A fact criterion needs 'values', such as [\"150\"].");
        Check(comparison == 5 ? values.Count > 0 : values.Count == 1, path + ".values", comparison == 5 ? "'one-of' needs at least one value." : $"'{op}' needs exactly one value.");
        Check(fact!.Type != FactType.Key || comparison is 2 or 5, path + ".operator", $"The key fact '{name}' can only be compared with equal-to or one-of.");
        for (int i = 0; i < values.Count; i++)
        {
            Check(values[i] is not null && fact.IsValue(values[i]), $"{path}.values[{i}]", $"'{values[i]}' is not a value of the {FactCriterion.TypeName(fact.Type)} fact '{name}'.");
        }

        return new FactCriterion(fact, (FactComparison)(comparison + 1), values, reference);
    }

    public static CriterionData FromCriterion(Criterion criterion) => criterion switch
    {
        ApplicantKindCriterion c => new CriterionData { Type = c.Type, Kinds = [.. c.Kinds.Select(FactTexts.KindName)], Reference = c.LegalReference },
        DirectApplicationCriterion c => new CriterionData { Type = c.Type, Kinds = [.. c.Kinds.Select(FactTexts.KindName)], Reference = c.LegalReference },
        FactCriterion c => new CriterionData { Type = c.Type, Fact = c.Fact.Name, Operator = FactCriterion.ComparisonName(c.Comparison), Values = [.. c.Values], Reference = c.LegalReference },
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

    public static Application ToApplication(ApplicationData data, string path)
    {
        Check(data.FiscalYear is >= 1 and <= 9999, path + ".fiscalYear", $"The fiscal year {data.FiscalYear} is outside 1 to 9999.");
        ApplicantData applicantData = data.Applicant;
        var applicant = new Applicant(applicantData.Name, ParseKind(applicantData.Kind, path + ".applicant.kind"))
        {
            IsNonProfit = applicantData.NonProfit,
            Seat = applicantData.Seat,
            RunsIntegrationCentre = applicantData.RunsIntegrationCentre,
        };
        var application = new Application(data.Id, applicant, data.Line, FiscalYear.Of(data.FiscalYear), data.RequestedAmount)
        {
            EligibleCosts = data.EligibleCosts ?? Euro.Zero,
            OwnContribution = data.OwnContribution ?? Euro.Zero,
            ThirdPartyFunds = data.ThirdPartyFunds ?? Euro.Zero,
            Units = data.Units is null ? ImmutableDictionary<string, decimal>.Empty : data.Units.ToImmutableDictionary(StringComparer.Ordinal),
            PlannedStart = data.PlannedStart,
            DeliveryPeriod = data.DeliveryPeriod,
            Submitted = data.Submitted,
            Route = data.Route is null ? null : ParseRoute(data.Route, path + ".route"),
            ContinuesFundedMeasure = data.ContinuesFundedMeasure ?? false,
            Facts = ToFacts(data.Facts, path + ".facts"),
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
        Facts = application.Facts.IsEmpty ? null : application.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(
            f => f.Key, f => FactElement(f.Value), StringComparer.Ordinal),
    };

    private static ImmutableDictionary<string, string> ToFacts(Dictionary<string, System.Text.Json.JsonElement>? facts, string path)
    {
        if (facts is null)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach ((string name, System.Text.Json.JsonElement value) in facts)
        {
            Check(FactDeclaration.IsName(name), $"{path}.{name}", $"'{name}' is not a fact name: letters, digits, '-' and '_', starting with a letter.");
            builder[name] = value.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Number => value.GetRawText(),
                System.Text.Json.JsonValueKind.String => value.GetString()!,
                _ => throw new KiDataException($"{path}.{name}", "A fact is a number or a text (a date as \"2016-03-01\", a key as \"05974040\")."),
            };
        }

        return builder.ToImmutable();
    }

    /// <summary>A fact as JSON: a number where the text is a plain invariant number, otherwise a string.</summary>
    private static System.Text.Json.JsonElement FactElement(string text)
    {
        bool number = text.Length > 0 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n)
            && string.Equals(n.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(number ? text : "\"" + System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"");
        return document.RootElement.Clone();
    }

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
            ("parts", data.Parts is not null), ("part", data.Part is not null), ("fact", data.Fact is not null),
            ("operator", data.Operator is not null), ("values", data.Values is not null),
        ];
        foreach ((string name, bool set) in fields)
        {
            Check(!set || allowed.Contains(name), $"{path}.{name}", $"A '{data.Type}' criterion has no field '{name}'.");
        }
    }

    private static string CamelPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
